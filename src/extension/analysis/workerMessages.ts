// The messages between the extension host and the analysis worker.
import type { Finding, PageAnalysis, SegmenterBackend, SeveritySetting } from '../../core';
import type { TextChunk } from '../../core/editor/chunks';
import type { PageViewPart } from '../../core/editor/views';

export type ToWorker =
  | {
    readonly type: 'analyze'; readonly id: number;
    /** The text in pieces, joined on the worker: the host never builds one big string of a huge document. */
    readonly textParts: readonly string[]; readonly chunkChars: number; readonly rules: Record<string, SeveritySetting>;
    readonly segmenter: SegmenterBackend;
    /** When set, send only a summary per chunk (views, counts and at most this many findings in all), not the analysis. */
    readonly leanFindings?: number;
  }
  | { readonly type: 'fixAll'; readonly id: number; readonly text: string; readonly rules: Record<string, SeveritySetting>; readonly segmenter: SegmenterBackend }
  | { readonly type: 'cancel'; readonly id: number };

export type FromWorker =
  | { readonly type: 'chunk'; readonly id: number; readonly chunk: TextChunk; readonly isLast: boolean; readonly analysis: Omit<PageAnalysis, 'text'>; readonly views: PageViewPart }
  | {
    readonly type: 'summary'; readonly id: number; readonly chunk: TextChunk; readonly isLast: boolean; readonly views: PageViewPart;
    /** The chunk's first findings (offsets relative to the chunk), within the job's budget. */
    readonly findings: Finding[];
    readonly findingCount: number;
    readonly articleCount: number;
  }
  | { readonly type: 'fixed'; readonly id: number; readonly text: string }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
