// The typed messages between the preview panel and its webview client, plus the initial data both sides agree on.
// Imported by the extension and by src/webview (no vscode import here: it is compiled into the browser bundle too).
import type { PreviewViewModel } from '../../core/preview/viewModel';

/** The id of the `<meta>` tag that carries the initial data to the client. */
export const PREVIEW_DATA_ELEMENT_ID = 'newsdump-preview-data';

/** What the webview keeps through `setState` and the serializer restores after a reload. */
export interface PreviewState {
  readonly resource: string;
  readonly locked: boolean;
  /** Fractional source line at the top of the preview. */
  readonly line?: number;
}

/** A rendered model: the document it shows and the version it was built from. */
export interface PreviewContent {
  readonly version: number;
  readonly model: PreviewViewModel;
  /** Source line under the editor's cursor, if the document is shown in an editor. */
  readonly selectedLine?: number;
  /** Set when the analysis failed; the model is then empty. */
  readonly error?: string;
  /** Set when the page is not shown as articles: `tooLarge` for a text whose full analysis the host does not keep. */
  readonly notice?: 'tooLarge';
}

/** Every string the client shows; it holds no text of its own. `{0}` placeholders are filled by the client. */
export interface PreviewStrings {
  readonly furniture: string;
  readonly noArticles: string;
  readonly untitled: string;
  /** "{0} open issues" */
  readonly openIssues: string;
  readonly oneOpenIssue: string;
  readonly noOpenIssues: string;
  readonly exportArticles: string;
  /** "{0} articles" */
  readonly articleCount: string;
  readonly oneArticle: string;
  readonly reporter: string;
  readonly correspondent: string;
  readonly author: string;
  readonly revealSource: string;
  /** "This page could not be analysed: {0}" */
  readonly analysisFailed: string;
  readonly tooLarge: string;
  readonly furnitureKinds: Readonly<Record<string, string>>;
}

interface BaseMessage {
  /** The document URI the message is about; messages for another document are ignored. */
  readonly source: string;
}

/** A new page model to show in place of the current one (keeps scroll position). */
export interface UpdateContentMessage extends BaseMessage, PreviewContent {
  readonly type: 'updateContent';
}

/** The editor scrolled: bring source `line` (fractional) to the top. */
export interface UpdateViewMessage extends BaseMessage {
  readonly type: 'updateView';
  readonly line: number;
}

/** The editor's cursor moved: highlight the article under `line`. */
export interface UpdateSelectionMessage extends BaseMessage {
  readonly type: 'updateSelection';
  readonly line: number;
}

/** The lock state changed (kept in the webview state for the serializer). */
export interface UpdateLockMessage extends BaseMessage {
  readonly type: 'updateLock';
  readonly locked: boolean;
}
export type ToWebviewMessage = UpdateContentMessage | UpdateViewMessage | UpdateSelectionMessage | UpdateLockMessage;

/** What the client read back from its own DOM after rendering, so tests can observe what a person sees. */
export interface RenderedArticle {
  readonly index: number;
  readonly headline: string;
  readonly bylineNames: readonly string[];
  readonly openIssues: number;
  /** The article's whole visible text, as the DOM holds it. */
  readonly text: string;
}

/** The preview scrolled: source `line` (fractional) is now at its top. */
export interface RevealLineMessage extends BaseMessage {
  readonly type: 'revealLine';
  readonly line: number;
}

/** An article or paragraph was clicked: show its source lines. */
export interface DidClickMessage extends BaseMessage {
  readonly type: 'didClick';
  readonly startLine: number;
  readonly endLine: number;
}

/** The client rendered a version of the page. */
export interface DidRenderMessage extends BaseMessage {
  readonly type: 'didRender';
  readonly version: number;
  readonly articles: readonly RenderedArticle[];
  readonly furniture: readonly string[];
  /** The text of a message shown instead of (or above) the articles, e.g. for a failed analysis. */
  readonly messages: readonly string[];
}

/** The export button was pressed. */
export interface ExportArticlesMessage extends BaseMessage {
  readonly type: 'exportArticles';
}
export type FromWebviewMessage = RevealLineMessage | DidClickMessage | DidRenderMessage | ExportArticlesMessage;
