// Runs an export from the editor: reads the settings and remembered choices, asks the prompts, drives the shared batch runner.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyzePage, type Segmenter } from '../../core';
import { isEncodingSetting, type EncodingSetting } from '../../core/encoding/decode';
import { isExportFormat, type ExportFormat } from '../../core/export/views';
import { exportBatch, type BatchExportSummary, type ConflictChoice, type ExportInput } from '../../node/export/batchExport';
import { collectInputs } from '../../node/export/inputs';
import { readRuleSeverities, readSegmenterBackend } from '../pageModelService';
import { loadCliSegmenter } from '../../node/segmenterOption';
import type { ExportPrompts } from './exportPrompts';

const LAST_FORMAT_KEY = 'newsdump.export.lastFormat';
const LAST_DESTINATION_KEY = 'newsdump.export.lastDestination';

/** What an export did, as the commands return it (tests read it). */
export interface ExportOutcome {
  readonly summary: BatchExportSummary;
  readonly destination: vscode.Uri;
  readonly format: ExportFormat;
}

export class ExportController {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly prompts: () => ExportPrompts,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Exports one page dump, as seen in its editor when it is open (unsaved edits included). */
  async exportDocument(document: vscode.TextDocument): Promise<ExportOutcome | undefined> {
    const sourcePath = document.uri.scheme === 'file' ? document.uri.fsPath : null;
    const sourceName = sourcePath ? path.basename(sourcePath) : `${path.basename(document.uri.path) || 'page'}.txt`;
    const suggested = sourcePath ? vscode.Uri.file(path.dirname(sourcePath)) : vscode.workspace.workspaceFolders?.[0]?.uri;
    const choices = await this.#askFormatAndDestination(suggested);
    if (!choices) return undefined;
    const segmenter = await this.#segmenter(document);
    // The export analyses the page whole with the configured segmenter, as the CLI does, whatever the editor cached.
    const analysis = analyzePage(document.getText(), { rules: readRuleSeverities(document), segmenter });
    const input: ExportInput = { path: sourcePath, sourceName, outSubdir: '', text: document.getText(), analysis };
    return this.#run([input], choices, false, vscode.l10n.t('Exporting {0}', sourceName), segmenter);
  }

  /** Exports a page dump that no editor holds: read from disk with the export's own encoding detection. */
  async exportFile(file: vscode.Uri): Promise<ExportOutcome | undefined> {
    const choices = await this.#askFormatAndDestination(vscode.Uri.file(path.dirname(file.fsPath)));
    if (!choices) return undefined;
    const name = path.basename(file.fsPath);
    const input: ExportInput = { path: file.fsPath, sourceName: name, outSubdir: '' };
    return this.#run([input], choices, false, vscode.l10n.t('Exporting {0}', name), await this.#segmenter());
  }

  /** Exports every page dump below `folder` (open documents as they are in their editors). */
  async exportFolder(folder: vscode.Uri): Promise<ExportOutcome | undefined> {
    const choices = await this.#askFormatAndDestination(folder);
    if (!choices) return undefined;
    const exclude = choices.destination.fsPath === folder.fsPath ? undefined : choices.destination.fsPath;
    let inputs: ExportInput[];
    try {
      inputs = await collectInputs(fs, [folder.fsPath], exclude);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read the folder {0}: {1}', folder.fsPath, error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    if (inputs.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No page dumps (*.txt, *.newsdump, *.pagedump) in {0}.', folder.fsPath));
      return undefined;
    }
    const open = new Map(vscode.workspace.textDocuments.filter((doc) => doc.uri.scheme === 'file').map((doc) => [doc.uri.fsPath, doc]));
    // Open documents are exported as their editors hold them; every page is analysed in turn by the batch.
    inputs = inputs.map((input) => {
      const document = input.path ? open.get(input.path) : undefined;
      return document ? { ...input, text: document.getText() } : input;
    });
    const title = vscode.l10n.t('Exporting page dumps in {0}', path.basename(folder.fsPath));
    return this.#run(inputs, choices, true, title, await this.#segmenter());
  }

  /** The configured word segmenter (`newsdump.segmenter.backend`), loaded once; its dictionary helps join sentences. */
  #segmenter(document?: vscode.TextDocument): Promise<Segmenter | null> {
    const backend = document ? readSegmenterBackend(document) : readSegmenterBackend();
    return loadCliSegmenter(backend, (line) => this.log.warn(line.trimEnd()));
  }

  async #askFormatAndDestination(nextToSource: vscode.Uri | undefined): Promise<{ format: ExportFormat; destination: vscode.Uri } | undefined> {
    const prompts = this.prompts();
    const format = await prompts.pickFormat(this.#rememberedFormat());
    if (!format) return undefined;
    const remembered = this.context.workspaceState.get<string>(LAST_DESTINATION_KEY);
    const suggested = remembered && fs.existsSync(remembered) ? vscode.Uri.file(remembered) : nextToSource ?? vscode.Uri.file(this.context.globalStorageUri.fsPath);
    const destination = await prompts.pickDestination(suggested);
    if (!destination) return undefined;
    if (destination.scheme !== 'file') {
      void vscode.window.showErrorMessage(vscode.l10n.t('Exports can only be written to a folder on disk, not to {0}.', destination.toString()));
      return undefined;
    }
    await this.context.globalState.update(LAST_FORMAT_KEY, format);
    await this.context.workspaceState.update(LAST_DESTINATION_KEY, destination.fsPath);
    return { format, destination };
  }

  #rememberedFormat(): ExportFormat {
    const remembered = this.context.globalState.get<string>(LAST_FORMAT_KEY);
    if (remembered && isExportFormat(remembered)) return remembered;
    const configured = vscode.workspace.getConfiguration('newsdump').get<string>('export.format', 'json');
    return isExportFormat(configured) ? configured : 'json';
  }

  #encoding(): EncodingSetting {
    const configured = vscode.workspace.getConfiguration('newsdump').get<string>('export.encoding', 'auto');
    return isEncodingSetting(configured) ? configured : 'auto';
  }

  async #run(inputs: readonly ExportInput[], choices: { format: ExportFormat; destination: vscode.Uri }, batch: boolean, title: string,
    segmenter: Segmenter | null): Promise<ExportOutcome> {
    const prompts = this.prompts();
    // In a folder export the first answer holds for the rest, so the user is asked once, not once per page.
    let standing: ConflictChoice | undefined;
    const summary = await prompts.withProgress(title, (progress) => exportBatch(inputs, {
      fs,
      format: choices.format,
      outDir: choices.destination.fsPath,
      encoding: this.#encoding(),
      // The same analysis as the CLI's (with the same segmenter), so the editor and `newsdump export` write the same files.
      analyze: (text) => analyzePage(text, { segmenter }),
      resolveConflict: async (conflict) => {
        if (standing) return standing;
        const choice = await prompts.resolveConflict(conflict, batch);
        if (batch && choice !== 'cancel') standing = choice;
        return choice;
      },
      isCancelled: () => progress.token.isCancellationRequested,
      onProgress: ({ done, total, current }) => {
        if (done < total) progress.report(vscode.l10n.t('{0}/{1}: {2}', done + 1, total, current.sourceName), done === 0 ? 0 : 100 / total);
      },
      onPage: (outcome) => {
        if (outcome.status === 'failed') this.log.error(`${outcome.input.path ?? outcome.input.sourceName}: ${outcome.message ?? ''}`);
        else if (outcome.warning) this.log.warn(`${outcome.input.path ?? outcome.input.sourceName}: ${outcome.warning}`);
      },
    }));
    this.log.info(`export ${choices.format} → ${choices.destination.fsPath}: ${summary.written}/${summary.pages} pages, ${summary.articles} articles, ${summary.files} files, ${summary.failed.length} failed, ${summary.skipped} skipped${summary.cancelled ? ', cancelled' : ''}, ${summary.elapsedMs} ms`);
    await prompts.showSummary(summary, choices.destination, () => this.log.show(true));
    return { summary, destination: choices.destination, format: choices.format };
  }
}
