// Owns every article preview: reuse or create, restore after reload, follow the active editor, lock, context key.
import * as vscode from 'vscode';
import { LANGUAGE_ID, type PageModelService } from '../pageModelService';
import { Disposable } from '../util/dispose';
import type { PreviewState } from './previewMessages';
import { PREVIEW_VIEW_TYPE, PreviewPanel, topVisibleLine, type PreviewRenderReport } from './previewPanel';
import type { PreviewRenderer } from './previewRenderer';

/** Context key: true while a preview panel is the active editor. */
export const PREVIEW_FOCUS_CONTEXT_KEY = 'newsdumpPreviewFocus';

export interface PreviewOpenOptions {
  readonly toSide: boolean;
  readonly locked?: boolean;
}

export class PreviewManager extends Disposable implements vscode.WebviewPanelSerializer<PreviewState> {
  static readonly #scrollThrottle = 50;

  readonly #previews = new Set<PreviewPanel>();
  readonly #pageModels: PageModelService;
  readonly #renderer: PreviewRenderer;
  readonly #lastRender = new Map<string, PreviewRenderReport>();
  readonly #pendingScroll = new Map<string, { editor: vscode.TextEditor; timer: ReturnType<typeof setTimeout> }>();
  #activePreview: PreviewPanel | undefined;

  readonly #onDidRender = this._register(new vscode.EventEmitter<PreviewRenderReport>());
  /** Fires whenever a preview's webview has rendered a version of its document (what tests observe). */
  readonly onDidRender = this.#onDidRender.event;

  constructor(pageModels: PageModelService, renderer: PreviewRenderer) {
    super();
    this.#pageModels = pageModels;
    this.#renderer = renderer;
    this._register(vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this));
    this._register(vscode.window.onDidChangeActiveTextEditor((editor) => this.#followEditor(editor)));
    // Switching a document's language reopens it: a page that just became a page dump is followed too.
    this._register(vscode.workspace.onDidOpenTextDocument((document) => {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.uri.toString() === document.uri.toString()) this.#followEditor({ document });
    }));
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.#onEditorScrolled(e.textEditor)));
    this._register(vscode.window.onDidChangeTextEditorSelection((e) => {
      for (const preview of this.#previews) {
        if (preview.isPreviewOf(e.textEditor.document.uri)) preview.selectLine(e.selections[0].active.line);
      }
    }));
  }

  override dispose(): void {
    for (const pending of this.#pendingScroll.values()) clearTimeout(pending.timer);
    this.#pendingScroll.clear();
    for (const preview of [...this.#previews]) preview.dispose();
    super.dispose();
  }

  /** Reveals the preview of `resource`, else points an unlocked preview at it, else opens a new one. */
  openPreview(resource: vscode.Uri, options: PreviewOpenOptions): void {
    const column = options.toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const existing = [...this.#previews].find((p) => p.isPreviewOf(resource) && (options.locked === undefined || p.locked === options.locked))
      ?? (options.locked ? undefined : [...this.#previews].find((p) => !p.locked));
    if (existing) {
      existing.update(resource);
      existing.panel.reveal(existing.panel.viewColumn ?? column, options.toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Preview'), { viewColumn: column, preserveFocus: options.toSide },
      this.#renderer.webviewOptions());
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === resource.toString());
    this.#add(new PreviewPanel(panel, resource, { locked: options.locked ?? false, line: editor ? topVisibleLine(editor) : undefined },
      this.#pageModels, this.#renderer));
  }

  /** Locks or unlocks the focused preview (a locked preview keeps its document when the active editor changes). */
  toggleLock(): void {
    const preview = this.#activePreview ?? (this.#previews.size === 1 ? [...this.#previews][0] : undefined);
    preview?.toggleLock();
  }

  /** Restores a preview after a window reload from the state its webview saved. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    if (!state || typeof state.resource !== 'string') {
      panel.dispose();
      return;
    }
    const resource = vscode.Uri.parse(state.resource);
    this.#add(new PreviewPanel(panel, resource, { locked: state.locked === true, line: typeof state.line === 'number' ? state.line : undefined },
      this.#pageModels, this.#renderer));
  }

  /** What the webview of `resource`'s open preview last reported, if it rendered. */
  getLastRender(resource: vscode.Uri): PreviewRenderReport | undefined {
    // A report describes a live preview: none once no open preview shows the document.
    if (![...this.#previews].some((p) => p.isPreviewOf(resource))) return undefined;
    return this.#lastRender.get(resource.toString());
  }

  /** The documents shown by open previews, with their lock state. */
  get previews(): readonly { readonly resource: string; readonly locked: boolean }[] {
    return [...this.#previews].map((p) => ({ resource: p.resource.toString(), locked: p.locked }));
  }

  #add(preview: PreviewPanel): void {
    this.#previews.add(preview);
    preview.onDidRender((report) => {
      this.#lastRender.set(report.resource, report);
      this.#onDidRender.fire(report);
    });
    preview.onDidChangeViewState(() => this.#updateActivePreview());
    preview.onDidDispose(() => {
      this.#previews.delete(preview);
      if (this.#activePreview === preview) this.#setActivePreview(undefined);
    });
    this.#updateActivePreview();
  }

  #updateActivePreview(): void {
    this.#setActivePreview([...this.#previews].find((p) => p.panel.active));
  }

  #setActivePreview(preview: PreviewPanel | undefined): void {
    this.#activePreview = preview;
    void vscode.commands.executeCommand('setContext', PREVIEW_FOCUS_CONTEXT_KEY, preview !== undefined);
  }

  /** Unlocked previews follow the active page-dump editor. */
  #followEditor(editor: { readonly document: vscode.TextDocument } | undefined): void {
    if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
    const uri = editor.document.uri;
    if ([...this.#previews].some((p) => p.isPreviewOf(uri))) return;
    for (const preview of this.#previews) {
      if (!preview.locked) preview.update(uri);
    }
  }

  /** Editor scrolled: tell its previews at most every 50 ms, with the latest top line. */
  #onEditorScrolled(editor: vscode.TextEditor): void {
    const key = editor.document.uri.toString();
    if (![...this.#previews].some((p) => p.isPreviewOf(editor.document.uri))) return;
    const pending = this.#pendingScroll.get(key);
    if (pending) {
      pending.editor = editor;
      return;
    }
    const entry = {
      editor,
      timer: setTimeout(() => {
        this.#pendingScroll.delete(key);
        const line = topVisibleLine(entry.editor);
        if (line === undefined) return;
        for (const preview of this.#previews) {
          if (preview.isPreviewOf(entry.editor.document.uri)) preview.scrollTo(line);
        }
      }, PreviewManager.#scrollThrottle),
    };
    this.#pendingScroll.set(key, entry);
  }
}
