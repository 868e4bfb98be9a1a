// Benchmark cases of the segmentation: the seed page warm with the segmenter loaded, and pages per second over the
// development corpus (with and without a segmenter).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildLayout } from '../src/core/layout/layout';
import { segmentPage } from '../src/core/segment/segmentPage';
import { analyzePage } from '../src/core/analyze';
import { lexiconOf } from '../src/core/segment/page/lexicon';
import { createWasmSegmenter } from '../src/core/segmenter/wasmSegmenter';
import type { Segmenter } from '../src/core/segmenter/segmenter';
import { addCase } from './harness';

const seed = fs.readFileSync(path.resolve('samples/page-01.txt'), 'utf8');
const seedBytes = Buffer.byteLength(seed, 'utf8');
const devDir = path.resolve('..', 'shared', 'corpus', 'dev');
const devPages = fs.existsSync(devDir) ? fs.readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(devDir, f), 'utf8')) : [];
const devBytes = devPages.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0);

let segmenter: Segmenter | null = null;
/** The wasm segmenter, loaded once (not timed): the cases measure warm segmentation. */
function loaded(): Segmenter {
  segmenter ??= createWasmSegmenter();
  segmenter.cut('预热');
  return segmenter;
}

addCase({
  name: 'seed page: segmentPage (warm, segmenter loaded)',
  // As analyzePage runs it: the segmenter's dictionary joins sentences across breaks; titles attach without its words.
  setup: () => ({ layout: buildLayout(seed, null), segmenter: loaded() }),
  run: (input) => {
    const { layout, segmenter: s } = input as { layout: ReturnType<typeof buildLayout>; segmenter: Segmenter };
    return segmentPage(seed, layout, null, lexiconOf(s));
  },
  bytes: seedBytes, runs: 50, target: { maxMedianMs: 50 },
});

/** Many pages in one file (an archive dumped whole): equal MB/s at 100 and 800 pages means linear time. */
function manyPagesCase(pages: number): void {
  const dump = Array.from({ length: pages }, () => seed).join('\n\n');
  addCase({
    name: `one dump of ${pages} seed pages: analyzePage`,
    setup: () => null,
    run: () => analyzePage(dump).segmentation.articles.length,
    bytes: Buffer.byteLength(dump, 'utf8'), runs: 3,
  });
}
manyPagesCase(100);
manyPagesCase(800);

/** Median milliseconds per whole-corpus pass, to report pages per second when the process ends. */
const corpusTimes = new Map<string, number[]>();
function corpusCase(name: string, withSegmenter: boolean): void {
  if (devPages.length === 0) return;
  addCase({
    name,
    setup: () => (withSegmenter ? loaded() : null),
    run: (input) => {
      const start = performance.now();
      const out = devPages.map((page) => analyzePage(page, { segmenter: input as Segmenter | null }).segmentation.articles.length);
      corpusTimes.set(name, [...(corpusTimes.get(name) ?? []), performance.now() - start]);
      return out;
    },
    bytes: devBytes, runs: 5,
  });
}
corpusCase(`dev corpus (${devPages.length} pages): analyzePage, no segmenter`, false);
corpusCase(`dev corpus (${devPages.length} pages): analyzePage, segmenter loaded`, true);

process.on('exit', () => {
  for (const [name, times] of corpusTimes) {
    const sorted = [...times].sort((a, b) => a - b);
    const ms = sorted[sorted.length >> 1];
    console.log(`${name}: ${(devPages.length / (ms / 1000)).toFixed(1)} pages/s`);
  }
});
