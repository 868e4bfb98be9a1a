// Benchmark cases of the layout, the checks and the fixes: the seed page warm, and a 10 MB dump.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePage } from '../../src/core/analyze';
import { cleanText } from '../../src/core/clean';
import { fixAll } from '../../src/core/fix';
import { buildLayout } from '../../src/core/layout/layout';
import { runRules } from '../../src/core/rules/runRules';
import { addCase } from '../harness';

const seed = fs.readFileSync(path.resolve('samples/page-01.txt'), 'utf8');
const seedBytes = Buffer.byteLength(seed, 'utf8');
/** About 10 MB (UTF-8) of dump: the seed page repeated, as one file. */
const bigDump = `${seed}\n\n`.repeat(Math.ceil(10_000_000 / (seedBytes + 2)));
const bigBytes = Buffer.byteLength(bigDump, 'utf8');

function check(text: string) {
  return runRules(text, buildLayout(text, null), { severities: {}, segmenter: null });
}

addCase({ name: 'seed page: layout + checks (warm)', run: () => check(seed), bytes: seedBytes, runs: 200, target: { maxMedianMs: 5 } });
addCase({ name: 'seed page: analyzePage (warm)', run: () => analyzePage(seed), bytes: seedBytes, runs: 100, target: { maxMedianMs: 5 } });
addCase({ name: 'seed page: fix-all', run: () => fixAll(seed), runs: 100 });
addCase({ name: 'seed page: clean text', run: () => cleanText(seed), runs: 100 });
addCase({
  name: '10 MB dump: layout + checks', run: () => check(bigDump), bytes: bigBytes, runs: 5,
  target: { minMBps: 5, maxMemoryRatio: 10 },
});
addCase({ name: '10 MB dump: fix-all', run: () => fixAll(bigDump), bytes: bigBytes, runs: 3, target: { minMBps: 5 } });
