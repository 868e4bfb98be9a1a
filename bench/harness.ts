// A tiny benchmark harness: cases register themselves, each is timed warm over several runs, medians and ratios printed.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

export interface BenchCase {
  /** Shown in the report; keep it short. */
  readonly name: string;
  /** Runs once before timing (load input, warm caches); its result is passed to `run`. */
  readonly setup?: () => unknown;
  /** The work to time. */
  readonly run: (input: unknown) => unknown;
  /** Input size in bytes, to report throughput (MB/s) and memory per input byte. */
  readonly bytes?: number;
  /** Timed runs (default 15); large inputs use fewer. */
  readonly runs?: number;
  /** A target to compare against, e.g. `{ maxMedianMs: 5 }` or `{ minMBps: 5 }`. */
  readonly target?: { readonly maxMedianMs?: number; readonly minMBps?: number; readonly maxMemoryRatio?: number };
}

export interface BenchResult {
  readonly name: string;
  readonly medianMs: number;
  readonly minMs: number;
  /** Median CPU time of the process (user + system, all threads) per run: steadier than wall time on a busy machine. */
  readonly medianCpuMs: number;
  readonly mbps: number | null;
  /** Throughput per CPU second (from `medianCpuMs`). */
  readonly cpuMbps: number | null;
  /** Heap and buffers still held after a run, per input byte (the result is kept alive while measuring). */
  readonly memoryRatio: number | null;
  readonly verdicts: readonly string[];
}

const cases: BenchCase[] = [];

export function addCase(benchCase: BenchCase): void {
  cases.push(benchCase);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A garbage collector to call before reading memory: `--expose-gc`'s, or one exposed at run time. */
function findGc(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

const gc = findGc();

function memoryNow(): number {
  if (gc) gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external + usage.arrayBuffers;
}

export function runCase(benchCase: BenchCase): BenchResult {
  const input = benchCase.setup ? benchCase.setup() : undefined;
  benchCase.run(input); // warm-up
  benchCase.run(input);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < (benchCase.runs ?? 15); i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    benchCase.run(input);
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  let memoryRatio: number | null = null;
  if (benchCase.bytes) {
    const before = memoryNow();
    const kept = benchCase.run(input);
    memoryRatio = Math.max(0, memoryNow() - before) / benchCase.bytes;
    void kept;
  }
  const medianMs = median(times);
  const medianCpuMs = median(cpuTimes);
  const mbps = benchCase.bytes ? benchCase.bytes / 1e6 / (medianMs / 1000) : null;
  const cpuMbps = benchCase.bytes ? benchCase.bytes / 1e6 / (medianCpuMs / 1000) : null;
  const verdicts: string[] = [];
  const t = benchCase.target;
  if (t?.maxMedianMs !== undefined) verdicts.push(`median ${medianMs <= t.maxMedianMs ? '≤' : '>'} ${t.maxMedianMs} ms (ratio ${(medianMs / t.maxMedianMs).toFixed(2)})`);
  if (t?.minMBps !== undefined && mbps !== null) verdicts.push(`${mbps >= t.minMBps ? '≥' : '<'} ${t.minMBps} MB/s (ratio ${(mbps / t.minMBps).toFixed(2)})`);
  if (t?.minMBps !== undefined && cpuMbps !== null) verdicts.push(`per CPU ${cpuMbps >= t.minMBps ? '≥' : '<'} ${t.minMBps} MB/s (ratio ${(cpuMbps / t.minMBps).toFixed(2)})`);
  if (t?.maxMemoryRatio !== undefined && memoryRatio !== null) verdicts.push(`memory ${memoryRatio.toFixed(2)}× input ${memoryRatio <= t.maxMemoryRatio ? '≤' : '>'} ${t.maxMemoryRatio}×`);
  return { name: benchCase.name, medianMs, minMs: Math.min(...times), medianCpuMs, mbps, cpuMbps, memoryRatio, verdicts };
}

export function formatResult(result: BenchResult): string {
  const parts = [`${result.name.padEnd(36)} median ${result.medianMs.toFixed(2).padStart(8)} ms  min ${result.minMs.toFixed(2).padStart(8)} ms  cpu ${result.medianCpuMs.toFixed(2).padStart(8)} ms`];
  if (result.mbps !== null && result.cpuMbps !== null) parts.push(`${result.mbps.toFixed(2).padStart(6)} MB/s (${result.cpuMbps.toFixed(2)} per CPU)`);
  if (result.memoryRatio !== null) parts.push(`mem ${result.memoryRatio.toFixed(2)}×`);
  if (result.verdicts.length > 0) parts.push(`[${result.verdicts.join('; ')}]`);
  return parts.join('  ');
}

/** Runs every registered case whose name contains `filter` (all when empty) and prints one line each. */
export function runAll(filter: string, print: (line: string) => void): BenchResult[] {
  const results: BenchResult[] = [];
  for (const benchCase of cases) {
    if (filter && !benchCase.name.includes(filter)) continue;
    const result = runCase(benchCase);
    results.push(result);
    print(formatResult(result));
  }
  return results;
}
