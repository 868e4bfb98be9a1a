// Every question and message of the export commands, behind one interface so integration tests can answer them.
import * as vscode from 'vscode';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/views';
import type { BatchExportSummary, ConflictChoice, ExportConflict } from '../../node/export/batchExport';

/** A cancellation signal and a progress sink, as `window.withProgress` hands them to its task. */
export interface ExportProgress {
  report(message: string, increment: number): void;
  readonly token: vscode.CancellationToken;
}

export interface ExportPrompts {
  /** The format to export in; `current` is preselected. Undefined when the user dismissed the pick. */
  pickFormat(current: ExportFormat): Promise<ExportFormat | undefined>;
  /** The destination folder, starting at `suggested`. */
  pickDestination(suggested: vscode.Uri): Promise<vscode.Uri | undefined>;
  /** The folder whose page dumps to export, when the command was not given one. */
  pickSourceFolder(suggested: vscode.Uri | undefined): Promise<vscode.Uri | undefined>;
  /** Asked when outputs exist; `batch` says the answer applies to the rest of a folder export. */
  resolveConflict(conflict: ExportConflict, batch: boolean): Promise<ConflictChoice>;
  /** Runs the export under a cancellable progress notification. */
  withProgress<T>(title: string, task: (progress: ExportProgress) => Promise<T>): Promise<T>;
  /** The closing summary with its buttons; resolves when the message is dealt with. */
  showSummary(summary: BatchExportSummary, destination: vscode.Uri, showErrors: () => void): Promise<void>;
}

function formatLabel(format: ExportFormat): { label: string; description: string } {
  switch (format) {
    case 'json':
      return { label: vscode.l10n.t('Page JSON'), description: vscode.l10n.t('one .json file per page (the page JSON format)') };
    case 'jsonl':
      return { label: vscode.l10n.t('JSON Lines'), description: vscode.l10n.t('one article per line, with page and source fields (for datasets)') };
    case 'md':
      return { label: vscode.l10n.t('Markdown'), description: vscode.l10n.t('one .md file per page, articles as sections') };
    case 'txt':
      return { label: vscode.l10n.t('Plain text'), description: vscode.l10n.t('one .txt file per article') };
  }
}

/** The real prompts: a QuickPick, the folder dialogs, a modal warning, a progress notification and a message. */
export class WindowExportPrompts implements ExportPrompts {
  async pickFormat(current: ExportFormat): Promise<ExportFormat | undefined> {
    const items = EXPORT_FORMATS.map((format) => ({ ...formatLabel(format), format, picked: format === current }));
    // The remembered format comes first so Enter accepts it.
    items.sort((a, b) => Number(b.format === current) - Number(a.format === current));
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export format'), placeHolder: vscode.l10n.t('Choose the format of the exported articles') });
    return picked?.format;
  }

  async pickDestination(suggested: vscode.Uri): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: suggested,
      openLabel: vscode.l10n.t('Export Here'), title: vscode.l10n.t('Destination folder of the export'),
    });
    return picked?.[0];
  }

  async pickSourceFolder(suggested: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: false, canSelectFolders: true, canSelectMany: false, ...(suggested ? { defaultUri: suggested } : {}),
      openLabel: vscode.l10n.t('Export Page Dumps'), title: vscode.l10n.t('Folder of page dumps to export'),
    });
    return picked?.[0];
  }

  async resolveConflict(conflict: ExportConflict, batch: boolean): Promise<ConflictChoice> {
    const overwrite = vscode.l10n.t('Overwrite');
    const keepBoth = vscode.l10n.t('Keep Both');
    const skip = vscode.l10n.t('Skip');
    const name = conflict.existing.map((file) => vscode.Uri.file(file).path.split('/').pop()).join(', ');
    const detail = batch
      ? vscode.l10n.t('Your answer applies to every existing file of this export.')
      : vscode.l10n.t('Keep Both writes the new export under a new name.');
    const buttons = batch ? [overwrite, keepBoth, skip] : [overwrite, keepBoth];
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it?', name), { modal: true, detail }, ...buttons);
    if (answer === overwrite) return 'overwrite';
    if (answer === keepBoth) return 'keep-both';
    if (answer === skip) return 'skip';
    return 'cancel';
  }

  withProgress<T>(title: string, task: (progress: ExportProgress) => Promise<T>): Promise<T> {
    return Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) =>
      task({ report: (message, increment) => progress.report({ message, increment }), token })));
  }

  async showSummary(summary: BatchExportSummary, destination: vscode.Uri, showErrors: () => void): Promise<void> {
    const message = summaryMessage(summary);
    const openFile = vscode.l10n.t('Open File');
    const openFolder = vscode.l10n.t('Open Folder');
    const errors = vscode.l10n.t('Show Errors');
    const buttons = [...(summary.files === 1 && summary.firstFile ? [openFile] : summary.files > 0 ? [openFolder] : []), ...(summary.failed.length > 0 ? [errors] : [])];
    const show = summary.failed.length > 0 || summary.cancelled ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    const answer = await show(message, ...buttons);
    if (answer === openFile && summary.firstFile) await vscode.window.showTextDocument(vscode.Uri.file(summary.firstFile));
    else if (answer === openFolder) await revealFolder(destination);
    else if (answer === errors) showErrors();
  }
}

/** "Exported 12 articles from 3 pages to 3 files in 1.2 s." plus what failed, was skipped or cancelled. */
export function summaryMessage(summary: BatchExportSummary): string {
  const seconds = (summary.elapsedMs / 1000).toFixed(1);
  const parts = [vscode.l10n.t('Exported {0} articles from {1} pages to {2} files in {3} s.', summary.articles, summary.written, summary.files, seconds)];
  if (summary.failed.length > 0) parts.push(vscode.l10n.t('{0} pages failed.', summary.failed.length));
  if (summary.skipped > 0) parts.push(vscode.l10n.t('{0} pages skipped (existing files kept).', summary.skipped));
  if (summary.cancelled) parts.push(vscode.l10n.t('Cancelled: the remaining pages were not exported.'));
  return parts.join(' ');
}

/** Shows the folder: in the Explorer when it is in the workspace, else in the operating system (local windows only). */
async function revealFolder(folder: vscode.Uri): Promise<void> {
  if (vscode.workspace.getWorkspaceFolder(folder)) await vscode.commands.executeCommand('revealInExplorer', folder);
  else await vscode.commands.executeCommand('revealFileInOS', folder);
}
