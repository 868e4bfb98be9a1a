// An open end cut off by a title, whose continuation the run of wordless neighbour links after it took one place late.
import * as assert from 'node:assert/strict';
import type { Lexicon } from '../../../src/core/segment/page/lexicon';
import type { LineRole } from '../../../src/core/model';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { rotateIntoCutOffEnds } from '../../../src/core/segment/links/cutOffRotation';
import { pageLines, piecesOf, wasmLexicon } from './pages';

// Invented page. Line 1 is another article's title: the open end above it is left alone. The blocks after it were
// printed interleaved: each open end is followed by the next end's continuation.
const TEXTS = [
  '他们说在山里过年的生活是否单', // 0 cut-off end: `单` + `调` makes a dictionary word
  '一行标题', // 1 title
  '另一篇文章开头的话。', // 2 the title's article
  '这些平凡的人们都是默默无闻的', // 3 open end, neighbour `调…` makes no word
  '调？他笑着说一点也不。', // 4 the cut-off end's continuation
  '我们的工作要求很高，目前基本上', // 5 open end, neighbour `科…` makes no word
  '科技工作者的辛勤付出。', // 6 the continuation of line 3 (`的科` is a pair the page prints)
  '实现了目标。', // 7 a block whose start tells nothing, printed after line 6
];

const SHAPES: Partial<Piece>[] = [
  { lines: [0], startsOpen: false }, { lines: [2], startsOpen: false, endsOpen: false }, { lines: [3], startsOpen: false },
  { lines: [4], endsOpen: false }, { lines: [5], startsOpen: false }, { lines: [6], endsOpen: false },
  { lines: [7], startsOpen: null, endsOpen: false },
];

function rotate(texts: readonly string[], lexicon: Lexicon): Map<number, number> {
  const lines = pageLines(texts);
  const roles: LineRole[] = lines.map((_, i) => (i === 1 ? 'headline' : 'body'));
  const pieces = piecesOf(SHAPES);
  // The neighbour links: line 3 → 4, 4 → 5 (a finished sentence, then an opening), 5 → 6, 6 → 7.
  const links: [number, number][] = [[2, 3], [3, 4], [4, 5], [5, 6]];
  const next = new Map<number, number>(links);
  const prev = new Map<number, number>(links.map(([a, b]) => [b, a]));
  const link = (a: Piece, b: Piece) => { next.set(a.id, b.id); prev.set(b.id, a.id); };
  rotateIntoCutOffEnds(pieces, lines, roles, next, prev, link, lexicon);
  return next;
}

describe('segment cut-off rotation', () => {
  let lexicon: Lexicon;
  before(async function () {
    this.timeout(20000);
    lexicon = await wasmLexicon();
  });

  it('shifts the run back one place: the cut-off end, each open end, and the block after the last continuation', () => {
    // Elsewhere the page prints `的科` twice: `…无闻的` + `科技…` is a word of the page.
    const next = rotate([...TEXTS, '一线的科研人员和后方的科室'], lexicon);
    assert.equal(next.get(0), 3, 'the cut-off end takes `调…`');
    assert.equal(next.get(2), 5, 'the next open end takes `科技…`');
    assert.equal(next.get(4), 6, 'the last open end takes the block printed after that continuation');
    assert.equal(next.has(5), false, 'the moved continuation ends its chain');
  });

  it('leaves the links where the next open end makes no word of the page with the continuation after it', () => {
    const next = rotate(TEXTS, lexicon);
    assert.deepEqual([...next.entries()].sort(), [[2, 3], [3, 4], [4, 5], [5, 6]]);
  });
});
