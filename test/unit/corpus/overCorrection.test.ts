// No over-correction: the clean paragraphs of the gold files (seed and dev) and the 300 clean articles give no findings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildLayout } from '../../../src/core/layout/layout';
import { runRules } from '../../../src/core/rules/runRules';
import { corpusDir, readGold } from './corpusFiles';

function findingsIn(text: string): string[] {
  return runRules(text, buildLayout(text, null), { severities: {}, segmenter: null })
    .map((f) => `${f.ruleId} ${JSON.stringify(text.slice(Math.max(0, f.range.start - 6), f.range.end + 6))}`);
}

describe('over-correction', function () {
  it('gold body paragraphs (seed and dev), checked as text, give zero findings', function () {
    const found: string[] = [];
    let paragraphs = 0;
    for (const sub of ['seed', 'dev']) {
      const dir = corpusDir(this, sub);
      if (!dir) return;
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.gold.json'))) {
        for (const article of readGold(path.join(dir, name)).articles) {
          for (const paragraph of article.body) {
            paragraphs++;
            for (const f of findingsIn(paragraph)) found.push(`${name}: ${f}`);
          }
        }
      }
    }
    assert.ok(paragraphs > 1000, `only ${paragraphs} gold paragraphs read`);
    assert.deepEqual(found, []);
  });

  it('the 300 clean articles give zero findings', function () {
    const dir = corpusDir(this, 'clean');
    if (!dir) return;
    const names = fs.readdirSync(dir).filter((n) => n.endsWith('.txt'));
    assert.equal(names.length, 300);
    const found: string[] = [];
    for (const name of names) {
      for (const f of findingsIn(fs.readFileSync(path.join(dir, name), 'utf8'))) found.push(`${name}: ${f}`);
    }
    assert.deepEqual(found, []);
  });
});
