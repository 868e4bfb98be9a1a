// The Fix All command: applies the core's fix-all to the active page dump.
import * as vscode from 'vscode';
import type { Command } from '../commandManager';
import { fixAllEdit } from '../languageFeatures/codeActions';
import { LANGUAGE_ID, type PageModelService } from '../pageModelService';

export class FixAllCommand implements Command {
  readonly id = 'newsdump.fixAll';

  constructor(private readonly pageModels: PageModelService) {}

  async execute(): Promise<boolean> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) return false;
    const guard = this.pageModels.sizeGuard(document);
    if (guard) {
      void vscode.window.showWarningMessage(vscode.l10n.t('This file is {0} MB, over the {1} MB limit of newsdump.validate.maxFileSizeMB.', guard.sizeMB.toFixed(1), String(guard.limitMB)));
      return false;
    }
    const edit = await fixAllEdit(document, this.pageModels);
    if (!edit) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No extraction problems to fix.'));
      return false;
    }
    return vscode.workspace.applyEdit(edit);
  }
}
