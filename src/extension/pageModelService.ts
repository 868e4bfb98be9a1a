// One analysis per document version, shared by diagnostics, outline, preview and export so a page is analysed once.
import * as vscode from 'vscode';
import { analyzePage, type PageAnalysis, type SeveritySetting } from '../core';
import { AnalysisWorkerClient } from './analysis/workerClient';
import { Disposable } from './util/dispose';

export const LANGUAGE_ID = 'newsdump';

interface CacheEntry {
  readonly version: number;
  readonly analysis: PageAnalysis;
}

interface PendingEntry {
  readonly version: number;
  readonly promise: Promise<PageAnalysis | undefined>;
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
  readonly #onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when a document's text or the analysis settings change (listeners re-read lazily). */
  readonly onDidChange = this.#onDidChange.event;
  readonly #onDidAnalyze = this._register(new vscode.EventEmitter<vscode.TextDocument>());
  /** Fires when a fresh analysis of a document has been computed and cached. */
  readonly onDidAnalyze = this.#onDidAnalyze.event;
  readonly #worker: AnalysisWorkerClient;

  /** @param bundlePath this extension's bundle, loaded again on the analysis worker thread */
  constructor(bundlePath: string = __filename, log: (message: string) => void = (message) => console.warn(`[newsdump] ${message}`)) {
    super();
    this.#worker = new AnalysisWorkerClient(bundlePath, log);
    this._register({ dispose: () => this.#worker.dispose() });
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) this.#onDidChange.fire(e.document.uri);
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => {
      this.#cache.delete(doc.uri.toString());
      this.#pending.delete(doc.uri.toString());
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
   * The analysis of the document as it is now, computed synchronously on a cache miss. Prefer `requestAnalysis`
   * for documents that may be large: it never blocks the extension host for long.
   */
  getAnalysis(document: vscode.TextDocument): PageAnalysis {
    const cached = this.getCachedAnalysis(document);
    if (cached) return cached;
    const analysis = analyzePage(document.getText(), analyzeOptions(document));
    this.#store(document, document.version, analysis);
    return analysis;
  }

  /** The cached analysis of the document's current version, without computing anything. */
  getCachedAnalysis(document: vscode.TextDocument): PageAnalysis | undefined {
    const cached = this.#cache.get(document.uri.toString());
    return cached && cached.version === document.version ? cached.analysis : undefined;
  }

  /** Whether the document is over `newsdump.validate.maxFileSizeMB` (then it is analysed only on request). */
  sizeGuard(document: vscode.TextDocument): SizeGuard | undefined {
    const limitMB = vscode.workspace.getConfiguration('newsdump', document).get<number>('validate.maxFileSizeMB', 20);
    // UTF-16 length is a cheap lower bound of the UTF-8 size; measure exactly only near the limit.
    const chars = document.getText().length;
    const sizeMB = (chars * 3 < limitMB * 1024 * 1024 ? chars : Buffer.byteLength(document.getText(), 'utf8')) / (1024 * 1024);
    return sizeMB > limitMB ? { sizeMB, limitMB } : undefined;
  }

  /**
   * The analysis of the document's current version, computed on a worker thread (big texts in chunks, merged as
   * they arrive), so the extension host is never blocked by the core. Resolves undefined when the document changed or closed
   * meanwhile (a stale result is dropped) or when `force` is false and the size guard applies.
   */
  requestAnalysis(document: vscode.TextDocument, options: { force?: boolean } = {}): Promise<PageAnalysis | undefined> {
    const cached = this.getCachedAnalysis(document);
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

  async #analyze(document: vscode.TextDocument, version: number): Promise<PageAnalysis | undefined> {
    const text = document.getText();
    const { rules } = analyzeOptions(document);
    const isStale = () => !this.#isCurrent(document, version);
    let analysis: PageAnalysis | undefined;
    try {
      analysis = await this.#worker.analyze(text, rules, isStale);
    } catch (error) {
      console.error('[newsdump] analysis failed', error);
      return undefined;
    }
    if (!analysis || isStale()) return undefined;
    this.#store(document, version, analysis);
    return analysis;
  }

  #isCurrent(document: vscode.TextDocument, version: number): boolean {
    return !this.isDisposed && !document.isClosed && document.version === version;
  }

  #store(document: vscode.TextDocument, version: number, analysis: PageAnalysis): void {
    this.#cache.set(document.uri.toString(), { version, analysis });
    this.#onDidAnalyze.fire(document);
  }
}

function analyzeOptions(document: vscode.TextDocument): { rules: Record<string, SeveritySetting> } {
  return { rules: readRuleSeverities(document) };
}

export function readRuleSeverities(document: vscode.TextDocument): Record<string, SeveritySetting> {
  const configured = vscode.workspace.getConfiguration('newsdump', document).get<Record<string, SeveritySetting>>('rules');
  return { ...(configured ?? {}) };
}
