// Lazy loading of a segmenter backend by name; backends that need Node register a loader from outside the core.
import type { Segmenter, SegmenterBackend } from './segmenter';

export type SegmenterLoader = () => Promise<Segmenter>;

const loaders = new Map<SegmenterBackend, SegmenterLoader>([
  // A dynamic import, so the wasm bytes are evaluated only when the segmenter is first asked for.
  ['wasm', async () => (await import('./wasmSegmenter')).createWasmSegmenter()],
]);

const loaded = new Map<SegmenterBackend, Promise<Segmenter>>();

/** Makes a backend available (the Node entry points register `nodejieba` this way). */
export function registerSegmenterBackend(backend: SegmenterBackend, loader: SegmenterLoader): void {
  loaders.set(backend, loader);
  loaded.delete(backend);
}

/**
 * The segmenter for `backend`, loaded once and shared; `null` for 'none'. Rejects when the backend is not available
 * here (e.g. nodejieba in a browser); callers fall back to analysing without a segmenter.
 */
export function loadSegmenter(backend: SegmenterBackend): Promise<Segmenter | null> {
  if (backend === 'none') return Promise.resolve(null);
  const cached = loaded.get(backend);
  if (cached) return cached;
  const loader = loaders.get(backend);
  if (!loader) return Promise.reject(new Error(`Segmenter backend '${backend}' is not available here.`));
  const promise = loader();
  loaded.set(backend, promise);
  promise.catch(() => loaded.delete(backend));
  return promise;
}

export function isSegmenterBackend(value: string): value is SegmenterBackend {
  return value === 'wasm' || value === 'nodejieba' || value === 'none';
}
