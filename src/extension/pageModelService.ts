// One analysis per document version, shared by diagnostics, outline, preview and export so a page is analysed once.
import * as vscode from 'vscode';
import { analyzePage, type PageAnalysis, type SeveritySetting } from '../core';
import { Disposable } from './util/dispose';

export const LANGUAGE_ID = 'newsdump';

interface CacheEntry {
  readonly version: number;
  readonly analysis: PageAnalysis;
}

/** Caches `PageAnalysis` per document URI and version, and tells listeners when a document's analysis may have changed. */
export class PageModelService extends Disposable {
  readonly #cache = new Map<string, CacheEntry>();
  readonly #onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when a document's text or the analysis settings change (listeners re-read lazily). */
  readonly onDidChange = this.#onDidChange.event;

  constructor() {
    super();
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.#onDidChange.fire(e.document.uri)));
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => this.#cache.delete(doc.uri.toString())));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsdump')) {
        this.#cache.clear();
        for (const doc of vscode.workspace.textDocuments) this.#onDidChange.fire(doc.uri);
      }
    }));
  }

  /** The analysis of the document as it is now (computed synchronously on a cache miss). */
  getAnalysis(document: vscode.TextDocument): PageAnalysis {
    const key = document.uri.toString();
    const cached = this.#cache.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = analyzePage(document.getText(), { rules: readRuleSeverities(document) });
    this.#cache.set(key, { version: document.version, analysis });
    return analysis;
  }
}

function readRuleSeverities(document: vscode.TextDocument): Record<string, SeveritySetting> {
  const configured = vscode.workspace.getConfiguration('newsdump', document).get<Record<string, SeveritySetting>>('rules');
  return { ...(configured ?? {}) };
}
