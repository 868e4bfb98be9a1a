// The webview side of the VS Code API, typed with our messages and state; acquired once per page.
import type { FromWebviewMessage, PreviewState } from '../extension/preview/previewMessages';

interface VsCodeApi {
  postMessage(message: FromWebviewMessage): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export const vscode: VsCodeApi = acquireVsCodeApi();
