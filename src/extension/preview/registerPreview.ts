// Registers the article preview: its manager (with the panel serializer) and the open / open-to-side / lock commands.
import * as vscode from 'vscode';
import type { PageModelService } from '../pageModelService';
import { PreviewManager } from './previewManager';
import type { PreviewRenderReport } from './previewPanel';
import { PreviewRenderer } from './previewRenderer';

export const SHOW_PREVIEW_COMMAND = 'newsdump.showPreview';
export const SHOW_PREVIEW_TO_SIDE_COMMAND = 'newsdump.showPreviewToSide';
export const TOGGLE_PREVIEW_LOCK_COMMAND = 'newsdump.togglePreviewLock';

/** What the extension's API exposes of the preview, for tests and other extensions. */
export interface PreviewApi {
  readonly onDidRender: vscode.Event<PreviewRenderReport>;
  getLastRender(resource: vscode.Uri): PreviewRenderReport | undefined;
  readonly previews: readonly { readonly resource: string; readonly locked: boolean }[];
}

interface Command {
  readonly id: string;
  execute(...args: unknown[]): void;
}

class ShowPreviewCommand implements Command {
  constructor(readonly id: string, private readonly manager: PreviewManager, private readonly toSide: boolean) {}

  execute(target?: unknown): void {
    const resource = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
    if (!resource) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a page dump to preview its articles.'));
      return;
    }
    this.manager.openPreview(resource, { toSide: this.toSide });
  }
}

class TogglePreviewLockCommand implements Command {
  readonly id = TOGGLE_PREVIEW_LOCK_COMMAND;
  constructor(private readonly manager: PreviewManager) {}

  execute(): void {
    this.manager.toggleLock();
  }
}

/** Creates the preview manager, registers its commands in `context` and returns the preview's API. */
export function registerPreview(context: vscode.ExtensionContext, pageModels: PageModelService): PreviewApi {
  const manager = new PreviewManager(pageModels, new PreviewRenderer(context.extensionUri));
  const commands: Command[] = [
    new ShowPreviewCommand(SHOW_PREVIEW_COMMAND, manager, false),
    new ShowPreviewCommand(SHOW_PREVIEW_TO_SIDE_COMMAND, manager, true),
    new TogglePreviewLockCommand(manager),
  ];
  context.subscriptions.push(manager, ...commands.map((command) => vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.execute(...args))));
  return manager;
}
