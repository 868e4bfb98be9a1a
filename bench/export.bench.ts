// Benchmark of batch export: a generated folder of page dumps (50 MB by default) through `newsdump export`,
// reporting pages per second and the peak heap, which must stay flat however big the folder is.
//
//   npm run bench [export]                                                  (with the other cases, or only this one)
//   node out/bench/export.bench.js [--mb N] [--format json|jsonl|md|txt]    (built by `node scripts/build.mjs --tests`)
//   NEWSDUMP_BENCH_EXPORT_MB=N sets the size when the bench runs from `npm run bench`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../src/cli/main';
import { isExportFormat, type ExportFormat } from '../src/core/export/views';

/** The heap a batch may use whatever the folder's size: a few pages in flight, never the folder. */
export const HEAP_LIMIT_MB = 200;

export interface ExportBenchResult {
  readonly name: string;
  readonly pages: number;
  readonly megabytes: number;
  readonly seconds: number;
  readonly pagesPerSecond: number;
  readonly peakHeapMB: number;
  readonly exitCode: number;
}

/** Pages the folder is made of: the development corpus when it is next to the repo, else the shipped seed page. */
function sourcePages(): Buffer[] {
  const dev = path.resolve('..', 'shared', 'corpus', 'dev');
  const files = fs.existsSync(dev) ? fs.readdirSync(dev).filter((f) => f.endsWith('.txt')).map((f) => path.join(dev, f)) : [];
  if (files.length === 0) files.push(path.resolve('samples', 'page-01.txt'));
  return files.sort().map((file) => fs.readFileSync(file));
}

/** Writes page dumps into `dir` (100 per subfolder) until they total `megabytes`; returns how many. */
function generateFolder(dir: string, megabytes: number): number {
  const pages = sourcePages();
  const limit = megabytes * 1024 * 1024;
  let total = 0;
  let count = 0;
  while (total < limit) {
    const sub = path.join(dir, `batch-${String(Math.floor(count / 100)).padStart(3, '0')}`);
    if (count % 100 === 0) fs.mkdirSync(sub, { recursive: true });
    const page = pages[count % pages.length];
    fs.writeFileSync(path.join(sub, `page-${String(count).padStart(5, '0')}.txt`), page);
    total += page.length;
    count++;
  }
  return count;
}

export async function benchExport(megabytes: number, format: ExportFormat = 'json'): Promise<ExportBenchResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdump-bench-export-'));
  try {
    const input = path.join(root, 'in');
    const pages = generateFolder(input, megabytes);
    let peakHeap = 0;
    const sample = () => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); };
    const timer = setInterval(sample, 50);
    const started = process.hrtime.bigint();
    let stderr = '';
    const exitCode = await main(['export', '--format', format, '--out', path.join(root, 'out'), input], {
      stdout: () => undefined,
      stderr: (text) => { stderr += text; sample(); },
      readStdin: async () => Buffer.alloc(0),
      fs,
      cwd: root,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(timer);
    sample();
    if (exitCode !== 0) process.stderr.write(stderr);
    return {
      name: `export: batch ${format}, ${megabytes} MB folder`,
      pages, megabytes, seconds, pagesPerSecond: pages / seconds, peakHeapMB: peakHeap / (1024 * 1024), exitCode,
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export function formatResult(result: ExportBenchResult): string {
  return `${result.name}: ${result.pages} pages in ${result.seconds.toFixed(1)} s = ${result.pagesPerSecond.toFixed(1)} pages/s ` +
    `(${(result.megabytes / result.seconds).toFixed(2)} MB/s), peak heap ${result.peakHeapMB.toFixed(0)} MB, exit ${result.exitCode}`;
}

/** The flag's value in the command line, e.g. `--mb 5`. */
function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** `npm run bench`'s name filter: the first argument that is neither a flag nor a flag's value. */
function nameFilter(): string {
  const args = process.argv.slice(2);
  return args.find((arg, i) => !arg.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? '';
}

async function runAndReport(): Promise<void> {
  const megabytes = Number(argValue('--mb') ?? process.env.NEWSDUMP_BENCH_EXPORT_MB ?? 50);
  const format = argValue('--format') ?? 'json';
  if (!isExportFormat(format) || !(megabytes > 0)) {
    console.error('usage: export.bench.js [--mb N] [--format json|jsonl|md|txt]');
    process.exitCode = 2;
    return;
  }
  const result = await benchExport(megabytes, format);
  console.log(formatResult(result));
  if (result.peakHeapMB > HEAP_LIMIT_MB) console.error(`export bench: peak heap ${result.peakHeapMB.toFixed(0)} MB is over ${HEAP_LIMIT_MB} MB`);
  if (result.exitCode !== 0 || result.peakHeapMB > HEAP_LIMIT_MB) process.exitCode = 1;
}

// The harness in bench/harness.ts times synchronous work; a batch export is asynchronous (file I/O), so this case runs
// on its own once the synchronous cases are done, whether it is imported by bench.ts or run as export.bench.js.
const filter = nameFilter();
if (!filter || 'export: batch'.includes(filter) || filter.includes('export')) {
  setImmediate(() => {
    runAndReport().catch((error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    });
  });
}
