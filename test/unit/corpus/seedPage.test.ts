// Whole-page test on the seed page: fix-all repairs the 15 broken numbers to their gold values, removes the spurious
// spaces of the gold body text, and changes nothing but whitespace.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanParagraphs } from '../../../src/core/clean';
import { fixAll } from '../../../src/core/fix';
import { corpusDir, readGold } from './corpusFiles';

/** The lines (1-based) of the seed page with broken numbers, and each number as the gold text writes it. */
const BROKEN_NUMBERS: readonly (readonly [number, string])[] = [
  [17, '64.29%'], [17, '85.05'], [59, '31.69%'], [94, '7.5个'], [106, '4月19日'], [129, '4月17日'], [172, '7000万'],
  [181, '7.7万'], [183, '54条'], [185, '75条'], [186, '39条'], [191, '21个'], [192, '166亿元'], [198, '7.7万'], [226, '14'],
];

function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('seed page (corpus/seed/page-01.txt)', function () {
  let text = '';
  let fixed = '';
  let goldBody = '';
  let goldJson = '';

  before(function () {
    const dir = corpusDir(this, 'seed');
    if (!dir) return;
    text = fs.readFileSync(path.join(dir, 'page-01.txt'), 'utf8');
    fixed = fixAll(text).text;
    goldJson = fs.readFileSync(path.join(dir, 'page-01.gold.json'), 'utf8');
    goldBody = readGold(path.join(dir, 'page-01.gold.json')).articles.flatMap((a) => a.body).join('\n');
  });

  it('the gold annotation holds every one of the 15 numbers (the table is right)', () => {
    for (const [, number] of BROKEN_NUMBERS) assert.ok(goldJson.includes(number), number);
    assert.equal(BROKEN_NUMBERS.length, 15);
  });

  it('each listed line is broken in the input and repaired by fix-all', () => {
    const inputLines = text.split('\n');
    const fixedLines = fixed.split('\n');
    for (const [line, number] of BROKEN_NUMBERS) {
      assert.ok(!inputLines[line - 1].includes(number), `line ${line} already holds ${number}`);
      // The line's non-space content, repaired, must appear in the fixed text with the number whole.
      const content = withoutSpace(inputLines[line - 1]);
      const found = fixedLines.some((l) => l.includes(number) && withoutSpace(l).includes(content.slice(0, 4)));
      assert.ok(found, `line ${line}: ${number} not repaired`);
    }
  });

  it('changes only whitespace', () => {
    assert.equal(withoutSpace(fixed), withoutSpace(text));
  });

  it('is a fixpoint: fixing again changes nothing', () => {
    assert.equal(fixAll(fixed).text, fixed);
  });

  it('leaves no spurious space in the gold body paragraphs: each one appears verbatim in the clean text', () => {
    const clean = cleanParagraphs(text).join('\n');
    const gold = readGoldParagraphs();
    const missing = gold.filter((p) => !clean.includes(p));
    assert.deepEqual(missing, []);
  });

  function readGoldParagraphs(): string[] {
    return goldBody.split('\n');
  }
});
