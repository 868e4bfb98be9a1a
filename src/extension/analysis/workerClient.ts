// Runs page analyses on a worker thread and merges the chunks as they arrive; falls back to the host thread if no worker can start.
import { Worker } from 'node:worker_threads';
import { analyzePage, fixAll, type Finding, type PageAnalysis, type SegmenterBackend, type SeveritySetting, type TextRange } from '../../core';
import { loadCliSegmenter } from '../../node/segmenterOption';
import { AnalysisMerger, shiftFindingsInPlace, splitForAnalysis, type TextChunk } from '../../core/editor/chunks';
import { viewPart, type PageViewPart, type PageViews } from '../../core/editor/views';
import type { FromWorker, ToWorker } from './workerMessages';

/** Texts up to this many characters are analysed whole, like the CLI does (a real page is 5–20 k characters). */
const WHOLE_PAGE_CHARS = 100_000;
/** Bigger texts go in chunks of about this size: each arrives as a small message the host merges in a few ms. */
const CHUNK_CHARS = 10_000;

/**
 * Findings a big text keeps on the host: what the editor lists (VS Code shows at most 1000 problems per file).
 * Holding the full analysis of a 10 MB text would make the host's garbage collector pause for hundreds of ms.
 */
export const MAX_HOST_FINDINGS = 1000;

function chunkCharsFor(length: number): number {
  return isBig(length) ? CHUNK_CHARS : Math.max(1, length);
}

/** A text of this many UTF-16 units is analysed in chunks, and the host keeps a summary of it only. */
export function isBig(length: number): boolean {
  return length > WHOLE_PAGE_CHARS;
}

/** What the host keeps of an analysis: the whole of it for a page, a summary for a big text. */
export interface AnalysisResult {
  /** The full analysis; null for a big text (see `isBig`). */
  readonly analysis: PageAnalysis | null;
  readonly views: PageViews;
  /** Every finding of a page; the first `MAX_HOST_FINDINGS` of a big text. */
  readonly findings: readonly Finding[];
  readonly findingCount: number;
  readonly articleCount: number;
}

/** Builds a result from chunk messages as they arrive. */
class ResultBuilder {
  readonly #merger: AnalysisMerger | null;
  readonly #views: PageViewPart[] = [];
  readonly #findings: Finding[] = [];
  #findingCount = 0;
  #articleCount = 0;

  /** @param text the whole text of a page; null for a big text (its summary needs no text) */
  constructor(text: string | null, owned: boolean) {
    this.#merger = text === null ? null : new AnalysisMerger(text, owned);
  }

  addChunk(chunk: TextChunk, analysis: Omit<PageAnalysis, 'text'>, views: PageViewPart, isLast: boolean): void {
    this.#merger?.add(chunk, analysis, isLast);
    this.#views.push(views);
  }

  addSummary(chunk: TextChunk, findings: Finding[], findingCount: number, articleCount: number, views: PageViewPart, owned: boolean): void {
    if (owned) shiftFindingsInPlace(findings, chunk.start);
    else findings = findings.map((f) => ({ ...f, range: shift(f.range, chunk.start), fix: f.fix && { ...f.fix, range: shift(f.fix.range, chunk.start) } }));
    for (const finding of findings) if (this.#findings.length < MAX_HOST_FINDINGS) this.#findings.push(finding);
    this.#findingCount += findingCount;
    this.#articleCount += articleCount;
    this.#views.push(views);
  }

  result(): AnalysisResult {
    const analysis = this.#merger?.result() ?? null;
    const views = { parts: this.#views };
    if (analysis) return { analysis, views, findings: analysis.findings, findingCount: analysis.findings.length, articleCount: analysis.segmentation.articles.length };
    return { analysis, views, findings: this.#findings, findingCount: this.#findingCount, articleCount: this.#articleCount };
  }
}

function shift(range: TextRange, offset: number): TextRange {
  return { start: range.start + offset, end: range.end + offset };
}

interface Job {
  readonly builder: ResultBuilder;
  readonly resolve: (result: AnalysisResult | undefined) => void;
  readonly reject: (error: Error) => void;
}

export class AnalysisWorkerClient {
  #worker: Worker | undefined;
  #failed = false;
  #nextId = 1;
  readonly #jobs = new Map<number, Job>();
  readonly #fixJobs = new Map<number, { readonly resolve: (text: string) => void; readonly reject: (error: Error) => void }>();

  /** @param workerPath the worker thread's bundle (`dist/analysisWorker.js`, built from `workerMain.ts`) */
  constructor(private readonly workerPath: string, private readonly log: (message: string) => void = () => undefined) {}

  /** Where analyses run: on the worker thread, or on the host when no worker could start (or before the first). */
  get thread(): 'worker' | 'host' | 'not started' {
    return this.#worker ? 'worker' : this.#failed ? 'host' : 'not started';
  }

  /** Analyses `text` off the host thread; `isStale` is polled as chunks arrive, and a stale job resolves undefined. */
  analyze(textParts: readonly string[], rules: Record<string, SeveritySetting>, segmenter: SegmenterBackend, isStale: () => boolean): Promise<AnalysisResult | undefined> {
    const worker = this.#ensureWorker();
    if (!worker) return this.#analyzeHere(textParts.join(''), rules, segmenter, isStale);
    const length = textParts.reduce((sum, part) => sum + part.length, 0);
    const big = isBig(length);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      // The chunks arrive as messages nobody else holds: they may be shifted in place.
      this.#jobs.set(id, { builder: new ResultBuilder(big ? null : textParts.join(''), true), resolve, reject });
      const message: ToWorker = { type: 'analyze', id, textParts, chunkChars: chunkCharsFor(length), rules, segmenter, leanFindings: big ? MAX_HOST_FINDINGS : undefined };
      worker.postMessage(message);
      this.#staleWatch(id, isStale);
    });
  }

  /** The core's fix-all of `text`, computed on the worker (on the host only when no worker can run). */
  async fixAll(text: string, rules: Record<string, SeveritySetting>, segmenter: SegmenterBackend): Promise<string> {
    const worker = this.#ensureWorker();
    if (!worker) return fixAll(text, { severities: rules, segmenter: await loadCliSegmenter(segmenter, this.log) }).text;
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#fixJobs.set(id, { resolve, reject });
      worker.postMessage({ type: 'fixAll', id, text, rules, segmenter } satisfies ToWorker);
    });
  }

  /** Polls a running job for staleness so a superseded analysis stops using the worker. */
  #staleWatch(id: number, isStale: () => boolean): void {
    const timer = setInterval(() => {
      const job = this.#jobs.get(id);
      if (!job) return clearInterval(timer);
      if (!isStale()) return;
      clearInterval(timer);
      this.#jobs.delete(id);
      this.#worker?.postMessage({ type: 'cancel', id } satisfies ToWorker);
      job.resolve(undefined);
    }, 100);
  }

  #ensureWorker(): Worker | undefined {
    if (this.#worker || this.#failed) return this.#worker;
    try {
      const worker = new Worker(this.workerPath);
      worker.unref();
      worker.on('message', (message: FromWorker) => this.#onMessage(message));
      worker.on('error', (error) => this.#onWorkerFailure(error));
      worker.on('exit', (code) => {
        if (this.#worker === worker) this.#onWorkerFailure(new Error(`analysis worker exited with code ${code}`));
      });
      this.#worker = worker;
    } catch (error) {
      this.#onWorkerFailure(error instanceof Error ? error : new Error(String(error)));
    }
    return this.#worker;
  }

  #onMessage(message: FromWorker): void {
    const fixJob = this.#fixJobs.get(message.id);
    if (fixJob) {
      this.#fixJobs.delete(message.id);
      if (message.type === 'fixed') fixJob.resolve(message.text);
      else fixJob.reject(new Error(message.type === 'error' ? message.message : 'unexpected answer to fix-all'));
      return;
    }
    const job = this.#jobs.get(message.id);
    if (!job) return;
    if (message.type === 'chunk') job.builder.addChunk(message.chunk, message.analysis, message.views, message.isLast);
    else if (message.type === 'summary') job.builder.addSummary(message.chunk, message.findings, message.findingCount, message.articleCount, message.views, true);
    else {
      this.#jobs.delete(message.id);
      job.reject(new Error(message.type === 'error' ? message.message : 'unexpected answer to an analysis'));
      return;
    }
    if (message.isLast) {
      this.#jobs.delete(message.id);
      job.resolve(job.builder.result());
    }
  }

  /** A worker that cannot start or dies is not restarted: analyses continue on the host thread, in chunks. */
  #onWorkerFailure(error: Error): void {
    this.log(`analysis worker unavailable, analysing on the extension host: ${error.message}`);
    this.#failed = true;
    this.#worker = undefined;
    for (const job of this.#jobs.values()) job.reject(error);
    this.#jobs.clear();
    for (const job of this.#fixJobs.values()) job.reject(error);
    this.#fixJobs.clear();
  }

  async #analyzeHere(text: string, rules: Record<string, SeveritySetting>, backend: SegmenterBackend, isStale: () => boolean): Promise<AnalysisResult | undefined> {
    const segmenter = await loadCliSegmenter(backend, this.log);
    const big = isBig(text.length);
    const builder = new ResultBuilder(big ? null : text, false);
    const chunks = splitForAnalysis(text, chunkCharsFor(text.length));
    for (let i = 0; i < chunks.length; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      if (isStale()) return undefined;
      const analysis = analyzePage(text.slice(chunks[i].start, chunks[i].end), { rules, segmenter });
      const views = viewPart(analysis, chunks[i].firstLine);
      if (big) builder.addSummary(chunks[i], [...analysis.findings], analysis.findings.length, analysis.segmentation.articles.length, views, false);
      else builder.addChunk(chunks[i], analysis, views, i === chunks.length - 1);
    }
    return builder.result();
  }

  dispose(): void {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#failed = true;
    for (const job of this.#jobs.values()) job.resolve(undefined);
    this.#jobs.clear();
    for (const job of this.#fixJobs.values()) job.reject(new Error('disposed'));
    this.#fixJobs.clear();
    void worker?.terminate();
  }
}
