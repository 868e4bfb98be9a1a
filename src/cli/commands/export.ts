// `newsdump export`: cleaned articles of page dumps as page JSON, JSON Lines, Markdown or plain text, file by file.
import * as path from 'node:path';
import type { CliIo, ExitCode } from '../io';
import { analyzePage } from '../../core/analyze';
import { decodeBytes, isEncodingSetting, type EncodingSetting } from '../../core/encoding/decode';
import { isOwnEarlierExport } from '../../core/export/exportPage';
import { isExportFormat, type ExportFormat } from '../../core/export/views';
import { exportBatch, oneLine, type BatchExportSummary, type ConflictChoice, type ExportConflict, type ExportInput, type PageOutcome } from '../../node/export/batchExport';
import { collectInputs } from '../../node/export/inputs';
import { loadCliSegmenter } from '../../node/segmenterOption';
import { isSegmenterBackend } from '../../core/segmenter/load';
import type { SegmenterBackend } from '../../core/segmenter/segmenter';

const USAGE = `Usage: newsdump export [--format json|jsonl|md|txt] [--out DIR] [--encoding ENC] [--segmenter wasm|nodejieba|none] [--force | --unique] FILE|DIR|-...

Exports the cleaned articles of each page dump.
  --format FMT    json (default): the page JSON, DIR/<stem>.json; jsonl: one article per line with page and
                  source fields, DIR/<stem>.jsonl; md: one Markdown file per page, DIR/<stem>.md;
                  txt: one plain-text file per article, DIR/<stem>-NN.txt
  --out DIR       destination folder (created when missing). Without it the export goes to standard output,
                  which takes one page, or any number in jsonl.
  --encoding ENC  auto (default: BOM, UTF-16, UTF-8, else GB18030), utf8, utf16le, utf16be or gb18030
  --segmenter SEG the word segmenter whose dictionary helps join sentences broken across columns: wasm
                  (default), nodejieba or none (the editor's preview uses newsdump.segmenter.backend)
  --force         replace existing files
  --unique        keep existing files and write the new ones as "<stem> (2)…"
  -               read a page from standard input (its source name is "stdin")
A folder stands for every *.txt, *.newsdump and *.pagedump file below it (recursively, hidden folders skipped);
its subfolders are kept under DIR. Without --force or --unique an existing file is replaced only when it is an
earlier export of the same source (json, jsonl, md), and each replacement is reported; any other is left alone and reported. Files are written
atomically (temporary file, then rename). A file that cannot be read is reported on one line and skipped.
Progress goes to standard error when there are many files.
Exit codes: 0 ok, 1 some files failed or were not replaced, 2 bad usage.
`;

interface ExportArgs {
  readonly format: ExportFormat;
  readonly outDir: string | null;
  readonly encoding: EncodingSetting;
  readonly segmenter: SegmenterBackend;
  readonly conflict: 'ask-own' | 'overwrite' | 'keep-both';
  readonly paths: readonly string[];
}

/** From this many pages on, progress lines go to standard error (ten of them, at every tenth of the batch). */
const PROGRESS_FROM_PAGES = 20;

export async function runExport(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.stderr(`newsdump export: ${parsed}\n${USAGE}`);
    return 2;
  }
  const resolve = (p: string) => path.resolve(io.cwd, p);
  const outDir = parsed.outDir === null ? null : resolve(parsed.outDir);

  const { inputs, failures: failedToList } = await gatherInputs(io, parsed, outDir);
  if (outDir !== null) {
    try {
      await io.fs.promises.mkdir(outDir, { recursive: true });
    } catch (error) {
      io.stderr(`newsdump export: cannot create the folder ${parsed.outDir}: ${describeFsError(error)}\n`);
      return 2;
    }
  }
  if (outDir === null && parsed.format !== 'jsonl' && inputs.length > 1) {
    io.stderr(`newsdump export: ${inputs.length} pages to export: give --out DIR (only jsonl can put many pages on standard output)\n${USAGE}`);
    return 2;
  }

  // Loaded once for the batch, before the first page (a backend that cannot load here is reported; export goes on).
  const segmenter = await loadCliSegmenter(parsed.segmenter, io.stderr);
  const showProgress = inputs.length >= PROGRESS_FROM_PAGES;
  const step = Math.max(1, Math.ceil(inputs.length / 10));
  let failedPages = 0;
  let written = 0;
  const summary = await exportBatch(inputs, {
    fs: io.fs,
    format: parsed.format,
    outDir: outDir ?? io.cwd,
    encoding: parsed.encoding,
    analyze: (text) => analyzePage(text, { segmenter }),
    resolveConflict: (conflict) => resolveConflict(io, parsed, conflict),
    ...(outDir === null ? { sink: (file: { text: string }) => {
      // Plain-text articles on standard output are set apart by a blank line, as in a file of several.
      io.stdout(parsed.format === 'txt' && written++ > 0 ? `\n${file.text}` : file.text);
    } } : {}),
    onProgress: ({ done, total }) => {
      if (showProgress && done > 0 && (done % step === 0 || done === total)) io.stderr(`newsdump export: ${done}/${total} pages\n`);
    },
    onPage: (outcome) => {
      if (outcome.status !== 'written') failedPages++;
      reportPage(io, outcome, resolve);
    },
  });
  if (outDir !== null) io.stderr(summaryLine(summary, outDir));
  return failedPages + failedToList > 0 ? 1 : 0;
}

/** The pages behind the given paths (standard input, files, folders); what cannot be read is reported at once. */
async function gatherInputs(io: CliIo, args: ExportArgs, outDir: string | null): Promise<{ inputs: ExportInput[]; failures: number }> {
  let failures = 0;
  const inputs: ExportInput[] = [];
  for (const given of args.paths) {
    try {
      if (given === '-') {
        inputs.push(await stdinInput(io, args.encoding));
        continue;
      }
      const found = await collectInputs(io.fs, [path.resolve(io.cwd, given)], outDir ?? undefined);
      if (found.length === 0) {
        io.stderr(`newsdump export: ${given}: no page dumps (*.txt, *.newsdump, *.pagedump) in this folder\n`);
        failures++;
      }
      inputs.push(...found);
    } catch (error) {
      io.stderr(`newsdump export: ${given}: ${given === '-' ? oneLine(error) : describeFsError(error)}\n`);
      failures++;
    }
  }
  return { inputs, failures };
}

function summaryLine(summary: BatchExportSummary, outDir: string): string {
  const seconds = (summary.elapsedMs / 1000).toFixed(1);
  const failed = summary.failed.length > 0 ? `; ${summary.failed.length} failed` : '';
  const kept = summary.skipped > 0 ? `; ${summary.skipped} not replaced` : '';
  return `newsdump export: ${summary.written} of ${summary.pages} pages, ${summary.articles} articles, ${summary.files} files in ${seconds} s → ${outDir}${failed}${kept}\n`;
}

function parseArgs(args: readonly string[]): ExportArgs | 'help' | string {
  let format = 'json';
  let outDir: string | null = null;
  let encoding = 'auto';
  let segmenter = 'wasm';
  let force = false;
  let unique = false;
  const paths: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (name: string): string | null => {
      if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
      return args[++i] ?? null;
    };
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) paths.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--format' || arg.startsWith('--format=')) format = value('--format') ?? '';
    else if (arg === '--out' || arg === '-o' || arg.startsWith('--out=')) outDir = value(arg === '-o' ? '-o' : '--out');
    else if (arg === '--encoding' || arg.startsWith('--encoding=')) encoding = value('--encoding') ?? '';
    else if (arg === '--segmenter' || arg.startsWith('--segmenter=')) segmenter = value('--segmenter') ?? '';
    else if (arg === '--force') force = true;
    else if (arg === '--unique') unique = true;
    else return `unknown option '${arg}'`;
  }
  if (!isExportFormat(format)) return `unknown format '${format}' (json, jsonl, md or txt)`;
  if (!isEncodingSetting(encoding)) return `unknown encoding '${encoding}' (auto, utf8, utf16le, utf16be or gb18030)`;
  if (!isSegmenterBackend(segmenter)) return `unknown segmenter '${segmenter}' (wasm, nodejieba or none)`;
  if (outDir === null && args.some((a) => a === '--out' || a === '-o')) return '--out needs a folder';
  if (force && unique) return '--force and --unique exclude each other';
  if (paths.length === 0) return 'no file to export';
  if (paths.filter((p) => p === '-').length > 1) return "standard input ('-') can be read once";
  return { format, outDir, encoding, segmenter, conflict: force ? 'overwrite' : unique ? 'keep-both' : 'ask-own', paths };
}

async function stdinInput(io: CliIo, encoding: EncodingSetting): Promise<ExportInput> {
  const decoded = decodeBytes(await io.readStdin(), encoding);
  return { path: null, sourceName: 'stdin', outSubdir: '', text: decoded.text };
}

/** Without a flag, only an earlier export of the same source is replaced; anything else stays and is reported. */
async function resolveConflict(io: CliIo, args: ExportArgs, conflict: ExportConflict): Promise<ConflictChoice> {
  if (args.conflict === 'overwrite') return 'overwrite';
  if (args.conflict === 'keep-both') return 'keep-both';
  for (const file of conflict.existing) {
    let content: string;
    try {
      content = await io.fs.promises.readFile(file, 'utf8');
    } catch {
      return 'skip';
    }
    if (!isOwnEarlierExport(args.format, content, conflict.input.sourceName)) return 'skip';
  }
  // Re-running an export replaces what the same command wrote before, but never silently.
  for (const file of conflict.existing) io.stderr(`newsdump export: replacing the earlier export ${file}\n`);
  return 'overwrite';
}

function reportPage(io: CliIo, outcome: PageOutcome, resolve: (p: string) => string): void {
  const name = outcome.input.path === null ? '-' : path.relative(resolve('.'), outcome.input.path) || outcome.input.path;
  if (outcome.status === 'failed') io.stderr(`newsdump export: ${name}: ${outcome.message ?? 'failed'}\n`);
  else if (outcome.status === 'skipped') {
    io.stderr(`newsdump export: ${name}: not exported: ${outcome.message ?? 'output exists'} (use --force to replace it or --unique to keep both)\n`);
  } else if (outcome.warning) io.stderr(`newsdump export: ${name}: warning: ${outcome.warning}\n`);
}

function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'a file is in the way';
  return oneLine(error);
}
