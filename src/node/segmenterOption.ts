// The CLI's `--segmenter` choice: loads the backend lazily (registering nodejieba, which needs Node), or none.
import { isSegmenterBackend, loadSegmenter } from '../core/segmenter/load';
import type { Segmenter, SegmenterBackend } from '../core/segmenter/segmenter';
import { registerNodejieba } from './segmenter/nodejieba';

export function parseSegmenterBackend(value: string | undefined): SegmenterBackend | null {
  if (value === undefined) return 'wasm';
  return isSegmenterBackend(value) ? value : null;
}

/** The loaded segmenter, or null (with a warning through `warn`) when the backend cannot load here. */
export async function loadCliSegmenter(backend: SegmenterBackend, warn: (line: string) => void): Promise<Segmenter | null> {
  if (backend === 'nodejieba') registerNodejieba();
  try {
    return await loadSegmenter(backend);
  } catch (error) {
    warn(`newsdump: segmenter '${backend}' unavailable (${error instanceof Error ? error.message : String(error)}); going on without one\n`);
    return null;
  }
}
