// Registers the two export commands and exposes the prompts to tests through the extension's API.
import * as vscode from 'vscode';
import { CommandManager, type Command } from '../commandManager';
import { ExportController, type ExportOutcome } from './exportController';
import { WindowExportPrompts, type ExportPrompts } from './exportPrompts';

export const EXPORT_ARTICLES_COMMAND = 'newsdump.exportArticles';
export const EXPORT_FOLDER_COMMAND = 'newsdump.exportFolder';

/** What tests may do with the export: answer its questions instead of a person. */
export interface ExportApi {
  /** Replaces some prompts until the returned disposable is disposed. */
  overridePrompts(overrides: Partial<ExportPrompts>): vscode.Disposable;
}

/** "Export Cleaned Articles…": the given page dump (the preview passes its URI) or the active editor's. */
class ExportArticlesCommand implements Command {
  readonly id = EXPORT_ARTICLES_COMMAND;
  constructor(private readonly controller: ExportController) {}

  async execute(target?: unknown): Promise<ExportOutcome | undefined> {
    const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a page dump to export its articles.'));
      return undefined;
    }
    // An open document is exported as the editor shows it, unsaved edits included; a file on disk is read with the
    // export's encoding detection (GB18030, UTF-16), which the editor's default UTF-8 would garble.
    const document = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
    if (document) return this.controller.exportDocument(document);
    if (uri.scheme === 'file') return this.controller.exportFile(uri);
    return this.controller.exportDocument(await vscode.workspace.openTextDocument(uri));
  }
}

/** "Export All Page Dumps in Folder…": the Explorer's folder, or one the user picks (the workspace's by default). */
class ExportFolderCommand implements Command {
  readonly id = EXPORT_FOLDER_COMMAND;
  constructor(private readonly controller: ExportController, private readonly prompts: () => ExportPrompts) {}

  async execute(target?: unknown): Promise<ExportOutcome | undefined> {
    const folder = target instanceof vscode.Uri ? target : await this.prompts().pickSourceFolder(vscode.workspace.workspaceFolders?.[0]?.uri);
    if (!folder) return undefined;
    if (folder.scheme !== 'file') {
      void vscode.window.showErrorMessage(vscode.l10n.t('Only folders on disk can be exported, not {0}.', folder.toString()));
      return undefined;
    }
    return this.controller.exportFolder(folder);
  }
}

export function registerExport(context: vscode.ExtensionContext): ExportApi {
  const windowPrompts = new WindowExportPrompts();
  let overrides: Partial<ExportPrompts> = {};
  const prompts = (): ExportPrompts => ({
    pickFormat: overrides.pickFormat ?? windowPrompts.pickFormat.bind(windowPrompts),
    pickDestination: overrides.pickDestination ?? windowPrompts.pickDestination.bind(windowPrompts),
    pickSourceFolder: overrides.pickSourceFolder ?? windowPrompts.pickSourceFolder.bind(windowPrompts),
    resolveConflict: overrides.resolveConflict ?? windowPrompts.resolveConflict.bind(windowPrompts),
    withProgress: overrides.withProgress ?? windowPrompts.withProgress.bind(windowPrompts),
    showSummary: overrides.showSummary ?? windowPrompts.showSummary.bind(windowPrompts),
  });
  const log = vscode.window.createOutputChannel(vscode.l10n.t('Newsdump Export'), { log: true });
  const controller = new ExportController(context, prompts, log);
  const commands = new CommandManager();
  context.subscriptions.push(
    log,
    commands,
    commands.register(new ExportArticlesCommand(controller)),
    commands.register(new ExportFolderCommand(controller, prompts)),
  );
  return {
    overridePrompts(next) {
      overrides = { ...overrides, ...next };
      return new vscode.Disposable(() => {
        overrides = {};
      });
    },
  };
}
