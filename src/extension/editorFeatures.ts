// Registers every editor feature of the page-dump language: detection, diagnostics, code actions, outline, tokens, decorations, hovers, status.
import * as vscode from 'vscode';
import { CommandManager } from './commandManager';
import { FixAllCommand } from './commands/fixAllCommand';
import { SetPageDumpLanguageCommand, SetPlainTextCommand } from './commands/languageCommands';
import { registerCodeActions } from './languageFeatures/codeActions';
import { registerDecorations } from './languageFeatures/decorations';
import { registerDiagnostics, type DiagnosticManager } from './languageFeatures/diagnostics';
import { registerDocumentSymbols } from './languageFeatures/documentSymbols';
import { registerHovers } from './languageFeatures/hovers';
import { registerLanguageDetection, type LanguageDetector } from './languageFeatures/languageDetection';
import { registerLanguageStatus, type PageStatus } from './languageFeatures/languageStatus';
import { registerSemanticTokens } from './languageFeatures/semanticTokens';
import type { PageModelService } from './pageModelService';

/** What the editor features expose to tests through the extension's API. */
export interface EditorApi {
  readonly diagnostics: DiagnosticManager;
  readonly detector: LanguageDetector;
  readonly status: PageStatus;
}

export function registerEditorFeatures(context: vscode.ExtensionContext, pageModels: PageModelService): EditorApi {
  const detector = registerLanguageDetection();
  const diagnostics = registerDiagnostics(pageModels, context.extensionUri);
  const status = registerLanguageStatus(pageModels);
  const commands = new CommandManager();
  context.subscriptions.push(
    detector,
    diagnostics,
    status,
    commands,
    commands.register(new FixAllCommand(pageModels)),
    commands.register(new SetPageDumpLanguageCommand(detector)),
    commands.register(new SetPlainTextCommand(detector)),
    registerCodeActions(pageModels),
    registerDocumentSymbols(pageModels),
    registerSemanticTokens(pageModels),
    registerDecorations(pageModels),
    registerHovers(pageModels),
  );
  return { diagnostics, detector, status };
}
