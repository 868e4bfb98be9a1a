// Quality floors on the 30 development pages: how much of the gold body text the clean paragraphs give back verbatim,
// and how often a preferred column-break join is right. Figures are printed; the floors catch regressions.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanParagraphs } from '../../../src/core/clean';
import { buildLayout } from '../../../src/core/layout/layout';
import { runRules } from '../../../src/core/rules/runRules';
import { corpusDir, readGold } from './corpusFiles';

interface Page {
  readonly name: string;
  readonly text: string;
  readonly goldParagraphs: readonly string[];
  readonly goldCompact: string;
}

function readPages(dir: string): Page[] {
  return fs.readdirSync(dir).filter((n) => n.endsWith('.gold.json')).map((name) => {
    const goldFile = path.join(dir, name);
    return {
      name,
      text: fs.readFileSync(goldFile.replace(/\.gold\.json$/, '.txt'), 'utf8'),
      goldParagraphs: readGold(goldFile).articles.flatMap((a) => a.body),
      goldCompact: fs.readFileSync(goldFile, 'utf8').replace(/\s+/g, ''),
    };
  });
}

describe('development corpus quality (no segmenter)', function () {
  this.timeout(120_000);
  let pages: Page[] = [];

  before(function () {
    const dir = corpusDir(this, 'dev');
    if (dir) pages = readPages(dir);
  });

  it('gives back at least 93% of the gold sentences verbatim in the clean paragraphs', () => {
    let total = 0;
    let found = 0;
    for (const page of pages) {
      const clean = cleanParagraphs(page.text).join('\n');
      for (const paragraph of page.goldParagraphs) {
        for (const sentence of paragraph.split(/(?<=[。！？])/)) {
          if (sentence.length < 6) continue;
          total++;
          if (clean.includes(sentence)) found++;
        }
      }
    }
    console.log(`      gold sentences verbatim: ${found}/${total} (${((100 * found) / total).toFixed(1)}%)`);
    assert.ok(total > 3000);
    assert.ok(found / total >= 0.93, `${found}/${total}`);
  });

  it('joins right at least 75% of the time when a column-break join is preferred', () => {
    let preferred = 0;
    let right = 0;
    for (const page of pages) {
      for (const f of runRules(page.text, buildLayout(page.text, null), { severities: { 'column-break': 'warning' }, segmenter: null })) {
        if (f.ruleId !== 'column-break' || !f.preferred || !f.fix) continue;
        preferred++;
        // The three characters each side, joined, must be in the gold text.
        const before = page.text.slice(0, f.range.start).replace(/\s+/g, '').slice(-3);
        const after = page.text.slice(f.range.end).slice(0, 12).replace(/\s+/g, '').slice(0, 3);
        if (page.goldCompact.includes(before + after)) right++;
      }
    }
    console.log(`      preferred column-break joins found in gold: ${right}/${preferred}`);
    assert.ok(preferred > 100);
    assert.ok(right / preferred >= 0.75, `${right}/${preferred}`);
  });
});
