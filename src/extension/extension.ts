// Activation: construct the services and register every feature; no text logic lives in the extension.
import * as vscode from 'vscode';
import { PageModelService } from './pageModelService';

export interface NewsdumpApi {
  readonly pageModels: PageModelService;
}

export function activate(context: vscode.ExtensionContext): NewsdumpApi {
  const pageModels = new PageModelService();
  context.subscriptions.push(pageModels);
  return { pageModels };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
