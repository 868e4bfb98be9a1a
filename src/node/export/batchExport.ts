// The export batch shared by the CLI and the extension: page by page (memory stays bounded), atomic writes,
// progress, cancellation, conflict prompts, and a failing page reported and skipped.
import * as path from 'node:path';
import type { PageAnalysis } from '../../core/model';
import { decodeBytes, type EncodingSetting } from '../../core/encoding/decode';
import { renderPage } from '../../core/export/exportPage';
import { stemOf, uniqueStem } from '../../core/export/naming';
import type { ExportFile, ExportFormat } from '../../core/export/views';
import { commitTemp, exists, removeQuietly, TargetExistsError, writeTemp, type FsModule } from '../fs/atomicWrite';

/** One page to export: a file on disk, or text that is already in memory (an editor buffer, standard input). */
export interface ExportInput {
  /** The file to read, or null when `text` is given. */
  readonly path: string | null;
  /** Recorded as the page JSON's `source` (the file's name). */
  readonly sourceName: string;
  /** Subfolder of the destination for this page's files ('' for the destination itself). */
  readonly outSubdir: string;
  /** The text as the user sees it; when present the file is not read. */
  readonly text?: string;
  /** The analysis of `text` when one is at hand (the editor's); otherwise the batch's `analyze` makes it. */
  readonly analysis?: PageAnalysis;
}

export type ConflictChoice = 'overwrite' | 'keep-both' | 'skip' | 'cancel';

export interface ExportConflict {
  readonly input: ExportInput;
  /** Absolute paths of the page's outputs that already exist (or were written earlier in this batch). */
  readonly existing: readonly string[];
}

export interface PageOutcome {
  readonly input: ExportInput;
  readonly status: 'written' | 'skipped' | 'failed';
  /** Absolute paths written for this page. */
  readonly files: readonly string[];
  readonly articles: number;
  /** One line: why the page failed or was skipped. */
  readonly message?: string;
  /** One line worth telling even though the page was written (e.g. replaced bytes). */
  readonly warning?: string;
}

export interface BatchProgress {
  readonly done: number;
  readonly total: number;
  readonly current: ExportInput;
}

export interface BatchExportOptions {
  readonly fs: FsModule;
  readonly format: ExportFormat;
  /** Absolute destination folder; created when missing. */
  readonly outDir: string;
  readonly encoding: EncodingSetting;
  readonly analyze: (text: string) => PageAnalysis;
  /** Asked when a page's outputs already exist; never skipped silently. */
  readonly resolveConflict: (conflict: ExportConflict) => Promise<ConflictChoice>;
  readonly onProgress?: (progress: BatchProgress) => void;
  readonly onPage?: (outcome: PageOutcome) => void;
  readonly isCancelled?: () => boolean;
  /** When set, rendered files are handed here (e.g. to standard output) instead of being written under `outDir`. */
  readonly sink?: (file: ExportFile, input: ExportInput) => void;
}

export interface BatchExportSummary {
  readonly pages: number;
  readonly written: number;
  readonly skipped: number;
  readonly failed: readonly PageOutcome[];
  readonly files: number;
  readonly articles: number;
  /** The first file written, for an "Open File" button when the batch wrote one. */
  readonly firstFile: string | null;
  readonly cancelled: boolean;
  readonly elapsedMs: number;
}

class BatchCancelled extends Error {}

/** Exports `inputs` one after the other; only counts and failures are kept, never the pages. */
export async function exportBatch(inputs: readonly ExportInput[], options: BatchExportOptions): Promise<BatchExportSummary> {
  const started = Date.now();
  const writtenThisBatch = new Set<string>();
  const failed: PageOutcome[] = [];
  let written = 0;
  let skipped = 0;
  let files = 0;
  let articles = 0;
  let firstFile: string | null = null;
  let cancelled = false;
  if (!options.sink) await options.fs.promises.mkdir(options.outDir, { recursive: true });

  for (let i = 0; i < inputs.length; i++) {
    if (options.isCancelled?.()) {
      cancelled = true;
      break;
    }
    options.onProgress?.({ done: i, total: inputs.length, current: inputs[i] });
    let outcome: PageOutcome;
    try {
      outcome = await exportOne(inputs[i], options, writtenThisBatch);
    } catch (error) {
      if (error instanceof BatchCancelled) {
        cancelled = true;
        break;
      }
      outcome = { input: inputs[i], status: 'failed', files: [], articles: 0, message: oneLine(error) };
    }
    if (outcome.status === 'written') {
      written++;
      files += outcome.files.length;
      articles += outcome.articles;
      firstFile ??= outcome.files[0] ?? null;
    } else if (outcome.status === 'skipped') skipped++;
    else failed.push(outcome);
    options.onPage?.(outcome);
  }
  if (!cancelled && inputs.length > 0) options.onProgress?.({ done: inputs.length, total: inputs.length, current: inputs[inputs.length - 1] });
  return { pages: inputs.length, written, skipped, failed, files, articles, firstFile, cancelled, elapsedMs: Date.now() - started };
}

async function exportOne(input: ExportInput, options: BatchExportOptions, writtenThisBatch: Set<string>): Promise<PageOutcome> {
  const { fs } = options;
  let text = input.text;
  let warning: string | undefined;
  if (text === undefined) {
    if (input.path === null) throw new Error('no text and no file to read');
    const bytes = await fs.promises.readFile(input.path);
    const decoded = decodeBytes(bytes, options.encoding);
    text = decoded.text;
    if (decoded.replacements > 0) {
      warning = `${decoded.replacements} invalid byte sequence(s) read as U+FFFD (read as ${decoded.encoding}; set the encoding if that is wrong)`;
    }
  }
  const stem = stemOf(input.sourceName);
  const analysis = input.analysis !== undefined && input.text === text ? input.analysis : options.analyze(text);
  const rendered = renderPage(analysis, input.sourceName, stem, options.format);
  if (options.sink) {
    for (const file of rendered.files) options.sink(file, input);
    return { input, status: 'written', files: rendered.files.map((file) => file.name), articles: rendered.articles, ...(warning ? { warning } : {}) };
  }
  const dir = path.join(options.outDir, input.outSubdir);
  await fs.promises.mkdir(dir, { recursive: true });

  let targetStem = stem;
  let overwrite = false;
  const targetsFor = (candidate: string) => rendered.files.map((file) => path.join(dir, renameStem(file, stem, candidate)));
  const existing: string[] = [];
  for (const target of targetsFor(stem)) {
    if (writtenThisBatch.has(target) || (await exists(fs, target))) existing.push(target);
  }
  if (existing.length > 0) {
    const choice = await options.resolveConflict({ input, existing });
    if (choice === 'cancel') throw new BatchCancelled();
    if (choice === 'skip') return { input, status: 'skipped', files: [], articles: 0, message: `${existing[0]} already exists` };
    if (choice === 'overwrite') overwrite = true;
    else targetStem = uniqueStem(stem, targetsFor, (target) => writtenThisBatch.has(target) || fs.existsSync(target));
  }
  const targets = targetsFor(targetStem);
  await writeAll(fs, rendered.files, targets, overwrite, options.isCancelled);
  for (const target of targets) writtenThisBatch.add(target);
  return { input, status: 'written', files: targets, articles: rendered.articles, ...(warning ? { warning } : {}) };
}

function renameStem(file: ExportFile, stem: string, newStem: string): string {
  return newStem + file.name.slice(stem.length);
}

/**
 * All of a page's files are first written to temporary files; only when every one is complete (and the batch
 * not cancelled) are they moved into place, so a cancelled or failing page leaves nothing half-written.
 */
async function writeAll(fs: FsModule, files: readonly ExportFile[], targets: readonly string[], overwrite: boolean, isCancelled?: () => boolean): Promise<void> {
  const temps: string[] = [];
  try {
    for (let i = 0; i < files.length; i++) temps.push(await writeTemp(fs, targets[i], files[i].text));
    if (isCancelled?.()) throw new BatchCancelled();
    for (let i = 0; i < files.length; i++) {
      await commitTemp(fs, temps[i], targets[i], overwrite);
    }
  } catch (error) {
    for (const temp of temps) await removeQuietly(fs, temp);
    if (error instanceof TargetExistsError) throw new Error(`${error.target} appeared while exporting; not replaced`);
    throw error;
  }
}

/** An error as one line (the first line of its message). */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\r?\n/, 1)[0];
}
