// Commands that switch the active file to the page-dump language or back to plain text.
import * as vscode from 'vscode';
import type { Command } from '../commandManager';
import type { LanguageDetector } from '../languageFeatures/languageDetection';
import { LANGUAGE_ID } from '../pageModelService';

abstract class SetLanguageCommand implements Command {
  abstract readonly id: string;
  protected abstract readonly languageId: string;

  constructor(private readonly detector: LanguageDetector) {}

  async execute(uri?: unknown): Promise<void> {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!target) return;
    const document = await vscode.workspace.openTextDocument(target);
    this.detector.markDecided(document.uri);
    await vscode.languages.setTextDocumentLanguage(document, this.languageId);
  }
}

export class SetPageDumpLanguageCommand extends SetLanguageCommand {
  readonly id = 'newsdump.setLanguage';
  protected readonly languageId = LANGUAGE_ID;
}

export class SetPlainTextCommand extends SetLanguageCommand {
  readonly id = 'newsdump.setPlainText';
  protected readonly languageId = 'plaintext';
}
