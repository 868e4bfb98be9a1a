// The analysis worker's main loop: runs the core on a worker thread, one chunk at a time, so the extension host never waits on it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { analyzePage, fixAll } from '../../core';
import { loadCliSegmenter } from '../../node/segmenterOption';
import { splitForAnalysis } from '../../core/editor/chunks';
import { viewPart } from '../../core/editor/views';
import type { FromWorker, ToWorker } from './workerMessages';

/** Entry point when this bundle is loaded on a worker thread (see workerClient.ts). */
export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runAnalysisWorker must run on a worker thread');
  lowerThreadPriority();
  const cancelled = new Set<number>();
  const queue: Exclude<ToWorker, { type: 'cancel' }>[] = [];
  let busy = false;

  const post = (message: FromWorker) => port.postMessage(message);

  const runNext = async () => {
    if (busy) return;
    busy = true;
    while (queue.length > 0) {
      const job = queue.shift() as Exclude<ToWorker, { type: 'cancel' }>;
      try {
        if (job.type === 'fixAll') {
          const segmenter = await loadCliSegmenter(job.segmenter, warn);
          post({ type: 'fixed', id: job.id, text: fixAll(job.text, { severities: job.rules, segmenter }).text });
        }
        else await analyzeJob(job, cancelled, post);
      } catch (error) {
        post({ type: 'error', id: job.id, message: error instanceof Error ? error.stack ?? error.message : String(error) });
      }
      cancelled.delete(job.id);
    }
    busy = false;
  };

  port.on('message', (message: ToWorker) => {
    if (message.type === 'cancel') {
      cancelled.add(message.id);
      const queued = queue.findIndex((job) => job.id === message.id);
      if (queued >= 0) queue.splice(queued, 1);
      return;
    }
    queue.push(message);
    void runNext();
  });
}

async function analyzeJob(job: Extract<ToWorker, { type: 'analyze' }>, cancelled: ReadonlySet<number>, post: (m: FromWorker) => void): Promise<void> {
  const { id, rules } = job;
  const text = job.textParts.join('');
  // The segmenter (the same as the CLI's) loads once per backend; its first load takes a moment, here off the host.
  const segmenter = await loadCliSegmenter(job.segmenter, warn);
  const chunks = splitForAnalysis(text, job.chunkChars);
  let budget = job.leanFindings ?? 0;
  for (let index = 0; index < chunks.length; index++) {
    // Between chunks, let a cancel message in.
    if (index > 0) await new Promise((resolve) => setImmediate(resolve));
    if (cancelled.has(id)) return;
    const chunk = chunks[index];
    const isLast = index === chunks.length - 1;
    const analysis = analyzePage(text.slice(chunk.start, chunk.end), { rules, segmenter });
    // The editor's views are computed here too, so the host only has to offset them.
    const views = viewPart(analysis, chunk.firstLine);
    if (job.leanFindings !== undefined) {
      const findings = analysis.findings.slice(0, Math.max(0, budget));
      budget -= findings.length;
      post({ type: 'summary', id, chunk, isLast, views, findings, findingCount: analysis.findings.length, articleCount: analysis.segmentation.articles.length });
    } else {
      const { layout, findings, segmentation } = analysis;
      post({ type: 'chunk', id, chunk, isLast, analysis: { layout, findings, segmentation }, views });
    }
  }
}

function warn(line: string): void {
  console.warn(line.trimEnd());
}

/**
 * Best effort, Linux only: on a busy machine the host thread should win the CPU over this worker. Linux applies
 * setpriority to a single thread when given its thread id, which /proc/thread-self names.
 */
function lowerThreadPriority(): void {
  try {
    const tid = Number(/task\/(\d+)$/.exec(fs.readlinkSync('/proc/thread-self'))?.[1]);
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, 19);
  } catch {
    // Not Linux, or not permitted: the worker simply runs at normal priority.
  }
}
