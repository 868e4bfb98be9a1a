// Activation: construct the services and register every feature; no text logic lives in the extension.
import * as vscode from 'vscode';
import { registerEditorFeatures, type EditorApi } from './editorFeatures';
import { registerExport, type ExportApi } from './export/registerExport';
import { PageModelService } from './pageModelService';
import { registerPreview, type PreviewApi } from './preview/registerPreview';

export interface NewsdumpApi {
  readonly pageModels: PageModelService;
  readonly preview: PreviewApi;
  readonly editor: EditorApi;
  readonly export: ExportApi;
}

export function activate(context: vscode.ExtensionContext): NewsdumpApi {
  const pageModels = new PageModelService();
  context.subscriptions.push(pageModels);
  const editor = registerEditorFeatures(context, pageModels);
  const preview = registerPreview(context, pageModels);
  const exporter = registerExport(context);
  return { pageModels, preview, editor, export: exporter };
}

/** Run by the analysis worker thread, which loads this same bundle (see analysis/workerClient.ts). */

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
