// The shared scorer on our own exports of the seed and development pages: the seed page stays exact, and the dev
// figures stay at or above the floors last measured (they catch regressions; the targets are higher).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzePage } from '../../../src/core/analyze';
import { toPageJson } from '../../../src/core/export/pageJson';
import { loadSegmenter } from '../../../src/core/segmenter/load';
import type { Segmenter } from '../../../src/core/segmenter/segmenter';
import { CORPUS, corpusDir } from './corpusFiles';

type Summary = Readonly<Record<string, string>>;

/** Exports every page of a corpus folder the way `newsdump export --format json` does (with its default segmenter,
 * jieba-wasm), then scores the folder. */
function score(dir: string, segmenter: Segmenter | null): Summary {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdump-score-'));
  try {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const json = toPageJson(analyzePage(text, { segmenter }), file);
      fs.writeFileSync(path.join(out, file.replace(/\.txt$/, '.json')), JSON.stringify(json));
    }
    const scorer = path.join(CORPUS, '..', 'eval', 'score.mjs');
    const report = execFileSync(process.execPath, [scorer, dir, out], { encoding: 'utf8' });
    const summary = report.trim().split('\n').pop() ?? '';
    console.log(`      ${path.basename(dir)}: ${summary}`);
    return Object.fromEntries(summary.split(' ').map((pair) => pair.split('=') as [string, string]));
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

describe('shared scorer on our exports', function () {
  this.timeout(120_000);
  let segmenter: Segmenter;
  before(async function () {
    const loaded = await loadSegmenter('wasm');
    assert.ok(loaded, 'the wasm segmenter loads');
    segmenter = loaded;
  });

  it('scores the seed page exact', function () {
    const dir = corpusDir(this, 'seed');
    if (!dir) return;
    const s = score(dir, segmenter);
    for (const key of ['article_f1', 'headline_acc', 'byline_acc', 'dateline_acc', 'caption_recall']) assert.equal(s[key], '1.000', key);
    assert.equal(s.body_cer_pct, '0.00');
    assert.match(s.lost_chars, /^0\//);
    assert.match(s.noise_leaks, /^0\//);
  });

  it('keeps the development pages at or above the measured floors, losing nothing', function () {
    const dir = corpusDir(this, 'dev');
    if (!dir) return;
    const s = score(dir, segmenter);
    const floors: Readonly<Record<string, number>> = { article_f1: 0.995, headline_acc: 0.995, byline_acc: 0.995, dateline_acc: 0.995, caption_recall: 0.99 };
    for (const [key, floor] of Object.entries(floors)) assert.ok(Number(s[key]) >= floor, `${key} ${s[key]} < ${floor}`);
    assert.ok(Number(s.body_cer_pct) <= 0.2, `body_cer_pct ${s.body_cer_pct}`);
    assert.match(s.lost_chars, /^0\//);
    assert.match(s.noise_leaks, /^0\//);
    assert.equal(s.spurious_spaces, '0');
  });

  it('keeps the development pages at the floors without a segmenter (--segmenter none), losing nothing', function () {
    const dir = corpusDir(this, 'dev');
    if (!dir) return;
    const s = score(dir, null);
    const floors: Readonly<Record<string, number>> = { article_f1: 0.98, headline_acc: 0.975, byline_acc: 0.95, dateline_acc: 0.975, caption_recall: 0.99 };
    for (const [key, floor] of Object.entries(floors)) assert.ok(Number(s[key]) >= floor, `${key} ${s[key]} < ${floor}`);
    assert.ok(Number(s.body_cer_pct) <= 6.5, `body_cer_pct ${s.body_cer_pct}`);
    assert.match(s.lost_chars, /^0\//);
  });
});
