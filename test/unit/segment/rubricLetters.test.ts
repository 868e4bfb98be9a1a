// A short column rubric over readers' letters (pdfminer boxes): the text box right under the rubric carries on another
// article's open sentence, and the letters (title, `地名 姓名` signature, text) follow the article set above them.
import * as assert from 'node:assert/strict';
import { letterOpenings, rubricOverLetters } from '../../../src/core/segment/titles/rubricLetters';
import type { HeadlinePart } from '../../../src/core/segment/titles/attach';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { pageLines, wasmLexicon } from './pages';
import type { Lexicon } from '../../../src/core/segment/page/lexicon';

const TEXTS = [
  '小城书店的新年', //                    0 title of A
  '',
  '　　年前走进城东那家老书店，店里', //   2
  '比往年热闹了不少，店主说这份坚持离', // 3 A ends open
  '',
  '读者', //                              5 rubric
  '',
  '不开街坊邻居的支持和读书的风气。', //   7 carried on from A
  '',
  '村口的菜园', //                        9 title of B
  '',
  '　　村口的菜园今年换了模样，村民', // 11
  '们每天都来浇水施肥。', //               12 B ends a sentence
  '',
  '公园长椅修好了', //                    14 letter title
  '',
  '南方某市 王小明', //                   16 signature
  '',
  '　　家门口公园里的长椅坏了很久，', // 18
  '没过几天就有工人来修好了。', //         19
  '',
  '路灯亮了心也暖了', //                  21 second letter
  '',
  '北方某县 李红梅', //                   23
  '',
  '　　小区门前的路灯终于亮了。', //       25
];

let nextId = 0;
function piece(lines: number[], startsOpen: boolean, endsOpen: boolean): Piece {
  return { id: nextId++, lines, startsOpen, endsOpen, hasDateline: false, closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set() };
}
const title = (line: number, block: number): HeadlinePart => ({ lines: [line], block, group: 0 });

describe('segment rubric over letters', () => {
  it('finds letter openings: a title over a place-and-name signature, between blank lines', () => {
    assert.deepEqual(letterOpenings(pageLines(TEXTS)), [14, 21]);
  });

  it('takes no signature for a letter when the line is no place and name, or runs on into text', () => {
    const texts = [...TEXTS];
    texts[16] = '南方某市 春天里'; // no surname opening the second word
    texts[22] = '又一行正文接着'; // the second signature line runs on from text
    assert.deepEqual(letterOpenings(pageLines(texts)), []);
  });

  it('gives the carried-on text under the rubric to the open article above, and the letters to the rubric', () => {
    const lines = pageLines(TEXTS);
    const a = [piece([2, 3], false, true)];
    const under = [piece([7], true, false)];
    const b = [piece([11, 12], false, false), piece([14], false, false), piece([16], false, false), piece([18, 19], false, false),
      piece([21], false, false), piece([23], false, false), piece([25], false, false)];
    const attachment = new Map<number, HeadlinePart[]>([[0, [title(0, 0)]], [1, [title(5, 1)]], [2, [title(9, 2)]]]);
    const out = rubricOverLetters([a, under, b], attachment, lines);
    const linesOf = (k: number) => out.chains[k].flatMap((p) => p.lines);
    const chainTitled = (line: number) => [...out.attachment].find(([, parts]) => parts.some((p) => p.lines.includes(line)))?.[0] ?? -1;
    assert.deepEqual(linesOf(chainTitled(0)), [2, 3, 7]);
    assert.equal(out.chains[chainTitled(0)][1].paraBreakBefore, false);
    assert.deepEqual(linesOf(chainTitled(9)), [11, 12]);
    assert.deepEqual(linesOf(chainTitled(5)), [14, 16, 18, 19, 21, 23, 25]);
  });

  it('leaves a rubric over text that starts a paragraph where it is', () => {
    const lines = pageLines(TEXTS);
    const a = [piece([2, 3], false, true)];
    const under = [piece([7], false, false)];
    const b = [piece([11, 12], false, false), piece([14], false, false), piece([16], false, false), piece([18, 19], false, false)];
    const attachment = new Map<number, HeadlinePart[]>([[0, [title(0, 0)]], [1, [title(5, 1)]], [2, [title(9, 2)]]]);
    const out = rubricOverLetters([a, under, b], attachment, lines);
    assert.deepEqual(out.chains.map((c) => c.flatMap((p) => p.lines)), [[2, 3], [7], [11, 12, 14, 16, 18, 19]]);
  });

  it('gives the carried-on text to the open article whose end makes a word with it, not to a nearer one making none', async function () {
    this.timeout(30_000);
    const lexicon = await wasmLexicon();
    // A second article (C) set between A and the rubric ends on an open title line: `…还需` + `不开…` makes no word,
    // `…坚持离` + `不开…` makes `离不开`.
    const texts = [...TEXTS.slice(0, 4), '', '乡村学校的图书角', '', '　　多读书读好书，提升阅读兴趣还需', ...TEXTS.slice(4)];
    const lines = pageLines(texts);
    const at = (line: number) => line + 4;
    const a = [piece([2, 3], false, true)];
    const c = [piece([7], false, true)];
    const under = [piece([at(7)], true, false)];
    const b = [piece([at(11), at(12)], false, false), piece([at(14)], false, false), piece([at(16)], false, false), piece([at(18), at(19)], false, false)];
    const attachment = new Map<number, HeadlinePart[]>([[0, [title(0, 0)]], [1, [title(5, 1)]], [2, [title(at(5), 2)]], [3, [title(at(9), 3)]]]);
    const chainWith = (out: ReturnType<typeof rubricOverLetters>, line: number) => out.chains.find((chain) => chain.some((p) => p.lines.includes(line)));
    const worded = rubricOverLetters([a, c, under, b], attachment, lines, lexicon);
    assert.deepEqual(chainWith(worded, at(7))?.flatMap((p) => p.lines), [2, 3, at(7)]);
    // Without a word to tell them apart, the nearest open article takes it.
    const nearest = rubricOverLetters([a, c, under, b], attachment, lines);
    assert.deepEqual(chainWith(nearest, at(7))?.flatMap((p) => p.lines), [7, at(7)]);
  });

  it('leaves a longer title over carried-on text alone (a headline, not a rubric)', () => {
    const texts = [...TEXTS];
    texts[5] = '城里的读书风气';
    const lines = pageLines(texts);
    const a = [piece([2, 3], false, true)];
    const under = [piece([7], true, false)];
    const b = [piece([11, 12], false, false), piece([14], false, false), piece([16], false, false), piece([18, 19], false, false)];
    const attachment = new Map<number, HeadlinePart[]>([[0, [title(0, 0)]], [1, [title(5, 1)]], [2, [title(9, 2)]]]);
    const out = rubricOverLetters([a, under, b], attachment, lines);
    assert.deepEqual(out.chains.map((c) => c.flatMap((p) => p.lines)), [[2, 3], [7], [11, 12, 14, 16, 18, 19]]);
  });

  describe('with another article left open nearer the rubric', () => {
    // Article C, set between A and the rubric, ends open too (`…大家`); the carried-on text (`不开…`) finishes the word
    // A's end holds one character of (`离不开`).
    const texts = [...TEXTS.slice(0, 4), '', '山村的新路', '', '　　村里新修了一条水泥路，村民们', '都说出行比以前方便了许多，大家', ...TEXTS.slice(4)];
    const shift = (line: number) => (line >= 4 ? line + 5 : line);
    const run = (lexicon: Lexicon | null) => {
      const lines = pageLines(texts);
      const a = [piece([2, 3], false, true)];
      const c = [piece([7, 8], false, true)];
      const under = [piece([shift(7)], true, false)];
      const b = [piece([shift(11), shift(12)], false, false), piece([shift(14)], false, false), piece([shift(16)], false, false),
        piece([shift(18), shift(19)], false, false), piece([shift(21)], false, false), piece([shift(23)], false, false), piece([shift(25)], false, false)];
      const attachment = new Map<number, HeadlinePart[]>([[0, [title(0, 0)]], [1, [title(5, 3)]], [2, [title(shift(5), 1)]], [3, [title(shift(9), 2)]]]);
      const out = rubricOverLetters([a, c, under, b], attachment, lines, lexicon);
      const chainTitled = (line: number) => [...out.attachment].find(([, parts]) => parts.some((p) => p.lines.includes(line)))?.[0] ?? -1;
      return (line: number) => out.chains[chainTitled(line)].flatMap((p) => p.lines);
    };
    let lexicon: Lexicon;
    before(async function () {
      this.timeout(20000);
      lexicon = await wasmLexicon();
    });

    it('gives the carried-on text to the article whose open end it finishes a word with', () => {
      const linesOf = run(lexicon);
      assert.deepEqual(linesOf(0), [2, 3, shift(7)]);
      assert.deepEqual(linesOf(5), [7, 8]);
    });

    it('gives it to the nearest open article where no end makes a word with it', () => {
      const linesOf = run(null);
      assert.deepEqual(linesOf(0), [2, 3]);
      assert.deepEqual(linesOf(5), [7, 8, shift(7)]);
    });
  });
});
