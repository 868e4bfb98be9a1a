// One analysis per document version, computed on a worker thread and shared by diagnostics, outline, preview and export.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyzePage, type PageAnalysis, type SegmenterBackend, type SeveritySetting } from '../core';
import { isSegmenterBackend } from '../core/segmenter/load';
import { pageViews, type PageViews } from '../core/editor/views';
import { AnalysisWorkerClient, type AnalysisResult } from './analysis/workerClient';
import { Disposable } from './util/dispose';

export const LANGUAGE_ID = 'newsdump';

/**
 * What the editor knows of one document version: the full analysis of a page, or for a big text (over 100 k
 * characters, analysed in chunks) a summary — views, counts and the first findings — so the host's heap stays small.
 */
export type PageModel = AnalysisResult;

interface CacheEntry {
  readonly version: number;
  model: PageModel;
}

interface PendingEntry {
  readonly version: number;
  readonly promise: Promise<PageModel | undefined>;
}

/** Why a document is not analysed while typing. */
export interface SizeGuard {
  readonly sizeMB: number;
  readonly limitMB: number;
}

/** Caches `PageAnalysis` per document URI and version, and tells listeners when a document's analysis may have changed. */
export class PageModelService extends Disposable {
  readonly #cache = new Map<string, CacheEntry>();
  readonly #pending = new Map<string, PendingEntry>();
  /** Exact UTF-8 sizes measured near the size limit, per document version. */
  readonly #sizes = new Map<string, { readonly version: number; readonly bytes: number }>();
  readonly #onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when a document's text or the analysis settings change (listeners re-read lazily). */
  readonly onDidChange = this.#onDidChange.event;
  readonly #onDidAnalyze = this._register(new vscode.EventEmitter<vscode.TextDocument>());
  /** Fires when a fresh analysis of a document has been computed and cached. */
  readonly onDidAnalyze = this.#onDidAnalyze.event;
  readonly #worker: AnalysisWorkerClient;

  /** @param workerPath the analysis worker's bundle, built beside this extension's own */
  constructor(workerPath: string = path.join(__dirname, 'analysisWorker.js'), log: (message: string) => void = (message) => console.warn(`[newsdump] ${message}`)) {
    super();
    this.#worker = new AnalysisWorkerClient(workerPath, log);
    this._register({ dispose: () => this.#worker.dispose() });
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) this.#onDidChange.fire(e.document.uri);
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => {
      this.#cache.delete(doc.uri.toString());
      this.#pending.delete(doc.uri.toString());
      this.#sizes.delete(doc.uri.toString());
    }));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsdump')) {
        this.#cache.clear();
        this.#pending.clear();
        for (const doc of vscode.workspace.textDocuments) this.#onDidChange.fire(doc.uri);
      }
    }));
  }

  /**
   * The analysis of the document as it is now, computed synchronously on a cache miss — on the host thread and
   * without the word segmenter, which loads asynchronously. Prefer `requestAnalysis`: it uses the configured
   * segmenter, like the CLI, and never blocks the extension host for long.
   */
  getAnalysis(document: vscode.TextDocument): PageAnalysis {
    const cached = this.getCachedAnalysis(document);
    if (cached) return cached;
    const analysis = analyzePage(document.getText(), analyzeOptions(document));
    this.#store(document, document.version, modelOf(analysis));
    return analysis;
  }

  /** The cached full analysis of the document's current version, without computing anything. */
  getCachedAnalysis(document: vscode.TextDocument): PageAnalysis | undefined {
    return this.getCachedModel(document)?.analysis ?? undefined;
  }

  /** The cached model (analysis or summary) of the document's current version, without computing anything. */
  getCachedModel(document: vscode.TextDocument): PageModel | undefined {
    const cached = this.#cache.get(document.uri.toString());
    return cached && cached.version === document.version ? cached.model : undefined;
  }

  /** The editor's views (outline, painted spans) of the document's current version, when they are cached. */
  getCachedViews(document: vscode.TextDocument): PageViews | undefined {
    return this.getCachedModel(document)?.views;
  }

  /** The views of the document's current version, computed like `requestModel`. */
  async requestViews(document: vscode.TextDocument, options: { force?: boolean } = {}): Promise<PageViews | undefined> {
    return (await this.requestModel(document, options))?.views;
  }

  /** Where analyses run (for tests and diagnostics of the extension itself). */
  get analysisThread(): 'worker' | 'host' | 'not started' {
    return this.#worker.thread;
  }

  /** The text of the document after the core's fix-all, computed on the analysis worker. */
  fixAllText(document: vscode.TextDocument): Promise<string> {
    return this.#worker.fixAll(document.getText(), readRuleSeverities(document), readSegmenterBackend(document));
  }

  /** Whether the document is over `newsdump.validate.maxFileSizeMB` (then it is analysed only on request). */
  sizeGuard(document: vscode.TextDocument): SizeGuard | undefined {
    const limitMB = vscode.workspace.getConfiguration('newsdump', document).get<number>('validate.maxFileSizeMB', 20);
    const key = document.uri.toString();
    const known = this.#sizes.get(key);
    let bytes = known && known.version === document.version ? known.bytes : undefined;
    if (bytes === undefined) {
      // The UTF-16 length (from the line table, no copy of the text) bounds the UTF-8 size: at least it, at most
      // three times it. The text is measured exactly only when the limit falls between the two.
      const last = document.lineAt(document.lineCount - 1);
      const chars = document.offsetAt(last.range.end);
      const limitBytes = limitMB * 1024 * 1024;
      bytes = chars > limitBytes || chars * 3 <= limitBytes ? chars : Buffer.byteLength(document.getText(), 'utf8');
      if (chars * 3 > limitBytes && chars <= limitBytes) this.#sizes.set(key, { version: document.version, bytes });
    }
    const sizeMB = bytes / (1024 * 1024);
    return sizeMB > limitMB ? { sizeMB, limitMB } : undefined;
  }

  /**
   * The analysis of the document's current version, computed on a worker thread, so the extension host is never
   * blocked by the core. Resolves undefined when the document changed or closed meanwhile (a stale result is
   * dropped), when `force` is false and the size guard applies, or for a big text (over 100 k characters), of which
   * the host keeps only a summary (see `requestModel`).
   */
  async requestAnalysis(document: vscode.TextDocument, options: { force?: boolean } = {}): Promise<PageAnalysis | undefined> {
    return (await this.requestModel(document, options))?.analysis ?? undefined;
  }

  /**
   * The model of the document's current version, computed like `requestAnalysis`; for a big text it holds a summary
   * (views, counts, first findings) instead of the analysis.
   */
  requestModel(document: vscode.TextDocument, options: { force?: boolean } = {}): Promise<PageModel | undefined> {
    const cached = this.getCachedModel(document);
    if (cached) return Promise.resolve(cached);
    if (!options.force && this.sizeGuard(document)) return Promise.resolve(undefined);
    const key = document.uri.toString();
    const pending = this.#pending.get(key);
    if (pending && pending.version === document.version) return pending.promise;
    const version = document.version;
    const promise = this.#analyze(document, version).finally(() => {
      if (this.#pending.get(key)?.promise === promise) this.#pending.delete(key);
    });
    this.#pending.set(key, { version, promise });
    return promise;
  }

  async #analyze(document: vscode.TextDocument, version: number): Promise<PageModel | undefined> {
    const isStale = () => !this.#isCurrent(document, version);
    const textParts = await readTextParts(document);
    if (textParts === undefined || isStale()) return undefined;
    const { rules } = analyzeOptions(document);
    let result: Awaited<ReturnType<AnalysisWorkerClient['analyze']>>;
    try {
      result = await this.#worker.analyze(textParts, rules, readSegmenterBackend(document), isStale);
    } catch (error) {
      console.error('[newsdump] analysis failed', error);
      return undefined;
    }
    if (!result || isStale()) return undefined;
    this.#store(document, version, result);
    return result;
  }

  #isCurrent(document: vscode.TextDocument, version: number): boolean {
    return !this.isDisposed && !document.isClosed && document.version === version;
  }

  #store(document: vscode.TextDocument, version: number, model: PageModel): void {
    this.#cache.set(document.uri.toString(), { version, model });
    this.#onDidAnalyze.fire(document);
  }
}

/** Lines per piece when reading a big document's text: pieces small enough to stay in the young generation. */
const PART_LINES = 1_000;
/** Pieces read before yielding to the event loop. */
const PARTS_PER_STEP = 20;

/**
 * The document's text in pieces of `PART_LINES` lines, read with the event loop free now and then: joining the
 * 300 000 lines of a 10 MB text into one string holds the host up, and so does the collection of that string.
 * Undefined when the document changed meanwhile.
 */
async function readTextParts(document: vscode.TextDocument): Promise<string[] | undefined> {
  if (document.lineCount <= PART_LINES) return [document.getText()];
  const version = document.version;
  const parts: string[] = [];
  for (let line = 0; line < document.lineCount; line += PART_LINES) {
    if (parts.length > 0 && parts.length % PARTS_PER_STEP === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      if (document.isClosed || document.version !== version) return undefined;
    }
    // Each range runs to the start of the next one, so the line breaks between pieces are kept; the last one,
    // ending at (lineCount, 0), is clamped to the end of the text: nothing is lost or doubled.
    parts.push(document.getText(new vscode.Range(line, 0, Math.min(line + PART_LINES, document.lineCount), 0)));
  }
  return parts;
}

/** The model of a page analysed whole on the host. */
function modelOf(analysis: PageAnalysis): PageModel {
  return { analysis, views: pageViews(analysis), findings: analysis.findings, findingCount: analysis.findings.length, articleCount: analysis.segmentation.articles.length };
}

function analyzeOptions(document: vscode.TextDocument): { rules: Record<string, SeveritySetting> } {
  return { rules: readRuleSeverities(document) };
}

/** The word segmenter the settings ask for (`newsdump.segmenter.backend`), as the CLI's `--segmenter`. */
export function readSegmenterBackend(document?: vscode.TextDocument): SegmenterBackend {
  const value = vscode.workspace.getConfiguration('newsdump', document).get<string>('segmenter.backend', 'wasm');
  return isSegmenterBackend(value) ? value : 'wasm';
}

export function readRuleSeverities(document: vscode.TextDocument): Record<string, SeveritySetting> {
  const configured = vscode.workspace.getConfiguration('newsdump', document).get<Record<string, SeveritySetting>>('rules');
  return { ...(configured ?? {}) };
}
