// Paragraph openings printed after the article's end (pdfminer): each goes in front of the block it leads into.
import * as assert from 'node:assert/strict';
import type { Lexicon } from '../../../src/core/segment/page/lexicon';
import { mergeOrphans } from '../../../src/core/segment/links/chains';
import { linkLateOpenings } from '../../../src/core/segment/links/lateOpenings';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { pageLines, piecesOf, wasmLexicon } from './pages';

// Invented page, one piece per line: two continuations left without their start, then the two paragraph openings
// the extractor printed after the article's last line, each ending in mid-sentence.
const TEXTS = [
  '事农技推广工作，常年在田间地头指导农民种植。', // 0 continuation of line 2 (`从` + `事` makes a dictionary word)
  '城市绿化有了新进展，公园绿地面积不断增加。', // 1 continuation of line 3
  '农技员老张每天在田间地头忙碌，他多年从', // 2 opening
  '城市公园绿地是市民休闲的好去处。市长说，', // 3 opening (a comma before the break: no word to judge)
];
const SHAPES: Partial<Piece>[] = [{ endsOpen: false }, { endsOpen: false }, { startsOpen: false }, { startsOpen: false }];

function link(texts: readonly string[], lexicon: Lexicon | null): Map<number, number> {
  const lines = pageLines(texts);
  const pieces = piecesOf(SHAPES);
  const next = new Map<number, number>();
  const prev = new Map<number, number>();
  linkLateOpenings(pieces, lines, lexicon, next, prev, (a, b) => { next.set(a.id, b.id); prev.set(b.id, a.id); });
  return next;
}

describe('segment late paragraph openings', () => {
  let lexicon: Lexicon;
  before(async function () {
    this.timeout(20000);
    lexicon = await wasmLexicon();
  });

  it('links each opening to the continuation whose block shares its words', () => {
    const next = link(TEXTS, lexicon);
    assert.equal(next.get(2), 0);
    assert.equal(next.get(3), 1);
  });

  it('links no opening whose break meets a continuation at a word boundary', () => {
    // Without a dictionary `从` + `事` makes no word the page prints: the halves may be two sentences.
    const next = link(TEXTS, null);
    assert.equal(next.has(2), false);
    assert.equal(next.get(3), 1);
  });

  it('links no opening that shares no words with any continuation', () => {
    const next = link([TEXTS[0], TEXTS[1], TEXTS[2], '天气预报说明天有大雨。气象员说，'], lexicon);
    assert.equal(next.get(2), 0);
    assert.equal(next.has(3), false);
  });
});

describe('segment fragments headed by a late opening', () => {
  const texts = [
    '乡村的春天', // 0 title
    '春天来到乡村，田野一片新绿。', // 1 the titled article's first block
    '事农技推广工作，常年在田间地头。', // 2 fragment 1's continuation
    '', // 3
    '城市绿化有了新进展，公园绿地增加。', // 4 fragment 2's continuation
    '', // 5
    '农技员老张多年从', // 6 fragment 1's opening, printed after the article
    '城市公园绿地是好去处。市长说，', // 7 fragment 2's opening
  ];
  const lines = pageLines(texts);
  const piece = (id: number, line: number, startsOpen: boolean, endsOpen: boolean): Piece => ({
    id, lines: [line], startsOpen, endsOpen, hasDateline: false, closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set(),
  });

  it('orders fragments by their first printed line, wherever their opening was printed', () => {
    const pieces = [piece(0, 1, false, false), piece(1, 2, true, false), piece(2, 4, true, false), piece(3, 6, false, true), piece(4, 7, false, true)];
    const chains = [[pieces[0]], [pieces[3], pieces[1]], [pieces[4], pieces[2]]];
    const chainText = chains.map((chain) => chain.map((p) => texts[p.lines[0]]).join(''));
    chainText[0] += texts[0];
    const attachment = new Map([[0, [{ lines: [0], block: 0, group: 0 }]]]);
    const merged = mergeOrphans(chains, chainText, attachment, pieces, lines);
    assert.deepEqual(merged.chains.map((chain) => chain.map((p) => p.lines[0])), [[1, 6, 2, 7, 4]]);
  });
});
