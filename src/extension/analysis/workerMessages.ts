// The messages between the extension host and the analysis worker.
import type { PageAnalysis, SeveritySetting } from '../../core';
import type { TextChunk } from '../../core/editor/chunks';
import type { PageViewPart } from '../../core/editor/views';

export type ToWorker =
  | { readonly type: 'analyze'; readonly id: number; readonly text: string; readonly chunkChars: number; readonly rules: Record<string, SeveritySetting> }
  | { readonly type: 'fixAll'; readonly id: number; readonly text: string; readonly rules: Record<string, SeveritySetting> }
  | { readonly type: 'cancel'; readonly id: number };

export type FromWorker =
  | { readonly type: 'chunk'; readonly id: number; readonly chunk: TextChunk; readonly isLast: boolean; readonly analysis: Omit<PageAnalysis, 'text'>; readonly views: PageViewPart }
  | { readonly type: 'fixed'; readonly id: number; readonly text: string }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
