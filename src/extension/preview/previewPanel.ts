// One preview panel's life: debounced refresh per document version, scroll sync with the editor, click-to-source, export.
import * as vscode from 'vscode';
import { buildPreviewViewModel, type PreviewViewModel } from '../../core/preview/viewModel';
import { EXPORT_ARTICLES_COMMAND } from '../export/registerExport';
import type { PageModelService } from '../pageModelService';
import { Disposable } from '../util/dispose';
import type { FromWebviewMessage, PreviewContent, PreviewState, RenderedArticle, ToWebviewMessage } from './previewMessages';
import type { PreviewRenderer } from './previewRenderer';

export const PREVIEW_VIEW_TYPE = 'newsdump.preview';

/** What a preview's webview reported after rendering a version of its document. */
export interface PreviewRenderReport {
  readonly resource: string;
  readonly version: number;
  readonly articles: readonly RenderedArticle[];
  readonly furniture: readonly string[];
  readonly messages: readonly string[];
}

/** A document URI and version: equal versions need no new render. */
class PreviewDocumentVersion {
  constructor(readonly resource: string, readonly version: number) {}

  equals(other: PreviewDocumentVersion | undefined): boolean {
    return !!other && other.resource === this.resource && other.version === this.version;
  }
}

const EMPTY_MODEL: PreviewViewModel = { lineCount: 0, furniture: [], articles: [], issuesOutsideArticles: 0, totalIssues: 0 };

export class PreviewPanel extends Disposable {
  static readonly #refreshDelay = 300;
  static readonly #scrollEchoWindow = 200;

  readonly #panel: vscode.WebviewPanel;
  readonly #pageModels: PageModelService;
  readonly #renderer: PreviewRenderer;
  #resource: vscode.Uri;
  #locked: boolean;
  /** Fractional source line at the top of the preview, as last reported by either side. */
  #line: number | undefined;
  #currentVersion: PreviewDocumentVersion | undefined;
  /** The newest content handed to the webview, re-sent if the webview reports an older render (see #onMessage). */
  #latestContent: PreviewContent | undefined;
  #throttleTimer: ReturnType<typeof setTimeout> | undefined;
  #firstUpdate = true;
  /** Whether the webview holds a page (with its client) for the current resource. */
  #hasPage = false;
  #isScrolling = false;
  /** The line the preview last scrolled the editor to, and when: the editor's late echo of it is not sent back. */
  #revealed: { readonly line: number; readonly at: number } | undefined;
  #scrollingTimer: ReturnType<typeof setTimeout> | undefined;
  #disposed = false;

  readonly #onDidDispose = this._register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.#onDidDispose.event;
  readonly #onDidRender = this._register(new vscode.EventEmitter<PreviewRenderReport>());
  readonly onDidRender = this.#onDidRender.event;
  readonly #onDidChangeViewState = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeViewState = this.#onDidChangeViewState.event;

  constructor(panel: vscode.WebviewPanel, resource: vscode.Uri, state: { locked: boolean; line?: number }, pageModels: PageModelService, renderer: PreviewRenderer) {
    super();
    this.#panel = panel;
    this.#resource = resource;
    this.#locked = state.locked;
    this.#line = state.line;
    this.#pageModels = pageModels;
    this.#renderer = renderer;
    this.#panel.webview.options = renderer.webviewOptions();

    this._register(pageModels.onDidChange((uri) => {
      if (this.isPreviewOf(uri)) this.refresh();
    }));
    this._register(vscode.workspace.onDidOpenTextDocument((document) => {
      if (this.isPreviewOf(document.uri)) this.refresh();
    }));
    this._register(this.#panel.webview.onDidReceiveMessage((message: FromWebviewMessage) => this.#onMessage(message)));
    this._register(this.#panel.onDidChangeViewState(() => {
      // A hidden webview drops posted messages, so a preview that becomes visible renders anew if it fell behind.
      if (this.#panel.visible) this.refresh();
      this.#onDidChangeViewState.fire();
    }));
    this._register(this.#panel.onDidDispose(() => this.dispose()));
    this.refresh();
  }

  override dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    clearTimeout(this.#throttleTimer);
    clearTimeout(this.#scrollingTimer);
    this.#onDidDispose.fire();
    super.dispose();
    this.#panel.dispose();
  }

  get resource(): vscode.Uri {
    return this.#resource;
  }

  get locked(): boolean {
    return this.#locked;
  }

  get panel(): vscode.WebviewPanel {
    return this.#panel;
  }

  /** True for 200 ms after the preview scrolled the editor, so the editor's echo is not sent back. */
  get isScrolling(): boolean {
    return this.#isScrolling;
  }

  get state(): PreviewState {
    return { resource: this.#resource.toString(), locked: this.#locked, line: this.#line };
  }

  isPreviewOf(resource: vscode.Uri): boolean {
    return resource.toString() === this.#resource.toString();
  }

  /** The first call renders at once; calls shortly after it are debounced into one render. */
  refresh(force = false): void {
    if (this.#throttleTimer !== undefined) return;
    if (this.#firstUpdate) {
      void this.#updatePreview(true);
    } else {
      this.#throttleTimer = setTimeout(() => void this.#updatePreview(force), PreviewPanel.#refreshDelay);
    }
    this.#firstUpdate = false;
  }

  /** Shows another document in this (unlocked) preview. */
  update(resource: vscode.Uri): void {
    if (this.isPreviewOf(resource)) return;
    this.#resource = resource;
    this.#line = undefined;
    this.#currentVersion = undefined;
    this.#hasPage = false;
    clearTimeout(this.#throttleTimer);
    this.#throttleTimer = undefined;
    void this.#updatePreview(true);
  }

  toggleLock(): void {
    this.#locked = !this.#locked;
    this.#panel.title = this.#title();
    this.postMessage({ type: 'updateLock', source: this.#resource.toString(), locked: this.#locked });
  }

  /** The editor scrolled: follow it unless this scroll is the echo of our own. */
  scrollTo(line: number): void {
    if (this.#disposed || this.#isScrolling) return;
    if (this.#revealed && Date.now() - this.#revealed.at < 1000 && Math.abs(this.#revealed.line - line) < 1) return;
    this.#line = line;
    this.postMessage({ type: 'updateView', source: this.#resource.toString(), line });
  }

  selectLine(line: number): void {
    this.postMessage({ type: 'updateSelection', source: this.#resource.toString(), line });
  }

  postMessage(message: ToWebviewMessage): void {
    if (!this.#disposed) void this.#panel.webview.postMessage(message);
  }

  async #updatePreview(force: boolean): Promise<void> {
    clearTimeout(this.#throttleTimer);
    this.#throttleTimer = undefined;
    if (this.#disposed) return;
    const resource = this.#resource;
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(resource);
    } catch (error) {
      if (this.#disposed || !this.isPreviewOf(resource)) return;
      this.#latestContent = undefined;
      this.#setHtml({ version: -1, model: EMPTY_MODEL, error: errorText(error) });
      return;
    }
    if (this.#disposed || !this.isPreviewOf(resource)) return;

    const pending = new PreviewDocumentVersion(resource.toString(), document.version);
    if (!force && pending.equals(this.#currentVersion)) return;
    this.#currentVersion = pending;

    const content = await this.#buildContent(document);
    // Another update may have started while the page was analysed, or the text moved on: only the newest renders
    // (the change that made this one stale has scheduled its own refresh).
    if (this.#disposed || !pending.equals(this.#currentVersion) || document.version !== content.version) return;
    // A hidden webview drops messages, and a page that was never loaded has no client to receive them.
    const reload = force || !this.#hasPage || !this.#panel.visible;
    this.#latestContent = content;
    if (reload) {
      this.#setHtml(content);
    } else {
      this.postMessage({ type: 'updateContent', source: resource.toString(), ...content });
    }
  }

  async #buildContent(document: vscode.TextDocument): Promise<PreviewContent> {
    const version = document.version;
    const editor = vscode.window.visibleTextEditors.find((e) => this.isPreviewOf(e.document.uri));
    const selectedLine = editor?.selection.active.line;
    const stale: PreviewContent = { version: -1, model: EMPTY_MODEL, selectedLine };
    try {
      // On the analysis worker, so a page never blocks the extension host; the preview was asked for, so the size
      // guard that spares typing does not apply.
      const result = await this.#pageModels.requestModel(document, { force: true });
      if (document.version !== version) return stale;
      if (result?.analysis) return { version, model: buildPreviewViewModel(result.analysis), selectedLine };
      if (result) {
        // For a big text the host keeps only a summary; analysing it here would block the host for seconds.
        return { version, model: { ...EMPTY_MODEL, totalIssues: result.findingCount }, selectedLine, notice: 'tooLarge' };
      }
      // No result for the current version: the worker failed. Analyse here, which shows the error if it recurs.
      return { version, model: buildPreviewViewModel(this.#pageModels.getAnalysis(document)), selectedLine };
    } catch (error) {
      return { version, model: EMPTY_MODEL, selectedLine, error: errorText(error) };
    }
  }

  #setHtml(content: PreviewContent): void {
    if (this.#disposed) return;
    this.#hasPage = true;
    this.#panel.title = this.#title();
    this.#panel.webview.options = this.#renderer.webviewOptions();
    this.#panel.webview.html = this.#renderer.renderDocument(this.#panel.webview, this.state, content);
  }

  #title(): string {
    const name = this.#resource.path.split('/').pop() ?? this.#resource.toString();
    return this.#locked ? vscode.l10n.t('[Preview] {0}', name) : vscode.l10n.t('Preview {0}', name);
  }

  #onMessage(message: FromWebviewMessage): void {
    // Late messages from a document this preview no longer shows are dropped.
    if (this.#disposed || typeof message !== 'object' || message === null || message.source !== this.#resource.toString()) return;
    switch (message.type) {
      case 'revealLine':
        if (Number.isFinite(message.line)) this.#onDidScrollPreview(message.line);
        break;
      case 'didClick':
        if (Number.isInteger(message.startLine) && Number.isInteger(message.endLine)) void this.#revealSource(message.startLine, message.endLine);
        break;
      case 'didRender':
        if (!Number.isFinite(message.version) || !Array.isArray(message.articles) || !Array.isArray(message.furniture) || !Array.isArray(message.messages)) break;
        // Messages posted while the webview (re)loads its page can be lost; a render older than ours means it missed one.
        if (this.#latestContent && message.version < this.#latestContent.version) {
          this.postMessage({ type: 'updateContent', source: this.#resource.toString(), ...this.#latestContent });
        }
        this.#onDidRender.fire({ resource: message.source, version: message.version, articles: message.articles, furniture: message.furniture, messages: message.messages });
        break;
      case 'exportArticles':
        void vscode.commands.executeCommand(EXPORT_ARTICLES_COMMAND, this.#resource);
        break;
    }
  }

  #muteEditorEcho(): void {
    this.#isScrolling = true;
    clearTimeout(this.#scrollingTimer);
    this.#scrollingTimer = setTimeout(() => {
      this.#isScrolling = false;
    }, PreviewPanel.#scrollEchoWindow);
  }

  #onDidScrollPreview(line: number): void {
    this.#line = line;
    this.#revealed = { line, at: Date.now() };
    for (const editor of vscode.window.visibleTextEditors) {
      if (!this.isPreviewOf(editor.document.uri)) continue;
      this.#muteEditorEcho();
      editor.revealRange(revealRangeForLine(line, editor.document), vscode.TextEditorRevealType.AtTop);
    }
  }

  async #revealSource(startLine: number, endLine: number): Promise<void> {
    this.#muteEditorEcho();
    const visible = vscode.window.visibleTextEditors.find((e) => this.isPreviewOf(e.document.uri));
    let editor: vscode.TextEditor;
    try {
      const document = visible?.document ?? await vscode.workspace.openTextDocument(this.#resource);
      const column = visible?.viewColumn
        ?? (this.#panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
      editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', this.#resource.toString(), errorText(error)));
      return;
    }
    const lastLine = editor.document.lineCount - 1;
    const start = new vscode.Position(Math.min(Math.max(0, startLine), lastLine), 0);
    const end = editor.document.lineAt(Math.min(Math.max(startLine, endLine), lastLine)).range.end;
    // Anchor at the end, cursor at the start: the block is selected and the cursor sits on its first line.
    editor.selection = new vscode.Selection(end, start);
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/** The range whose reveal puts fractional `line` at the editor's top (as in the Markdown preview's scrolling.ts). */
function revealRangeForLine(line: number, document: vscode.TextDocument): vscode.Range {
  const whole = Math.floor(line);
  if (whole >= document.lineCount) return new vscode.Range(document.lineCount - 1, 0, document.lineCount - 1, 0);
  const text = document.lineAt(Math.max(0, whole)).text;
  const character = Math.floor((line - whole) * text.length);
  return new vscode.Range(Math.max(0, whole), character, Math.max(0, whole) + 1, 0);
}

/** The fractional line at the top of an editor, from its first visible range. */
export function topVisibleLine(editor: vscode.TextEditor): number | undefined {
  const first = editor.visibleRanges[0];
  if (!first) return undefined;
  const line = editor.document.lineAt(first.start.line);
  return first.start.line + first.start.character / (line.text.length + 2);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
