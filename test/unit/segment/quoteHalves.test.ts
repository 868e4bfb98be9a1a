// A quotation broken at a column's foot: the open end inside the quotation goes on where a continuation closes a
// quotation it never opened.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { buildPieces, type Piece } from '../../../src/core/segment/links/pieces';
import { linkQuoteHalves } from '../../../src/core/segment/links/quoteHalves';
import { linkState, pageLines, piecesOf } from './pages';

interface Links { next: Map<number, number>; prev: Map<number, number> }

function run(texts: readonly string[], shapes: readonly Partial<Piece>[], links: readonly [number, number][]): Links {
  const lines = pageLines(texts);
  const pieces = piecesOf(shapes);
  const { next, prev, link, headOf } = linkState(pieces, links);
  linkQuoteHalves(pieces, lines, next, prev, link, headOf);
  return { next, prev };
}

// Invented page (one piece per line): an open end inside a quotation, a neighbour printed after it, and a continuation
// further down that closes a quotation it never opened.
const OPEN_END = '“守住这片林子，就是守住全村人的';
const CLOSING = '饭碗。”老李说完，又扛起了锄头。';

describe('segment quotation halves', () => {
  it('links the open end inside a quotation to the one continuation that closes a quotation', () => {
    const { next, prev } = run([OPEN_END, '山下的小河今年修起了一座新', CLOSING],
      [{ startsOpen: false }, { startsOpen: null }, { endsOpen: false }], [[0, 1]]);
    assert.equal(next.get(0), 2);
    assert.equal(prev.has(1), false, 'the neighbour is set free');
  });

  it('keeps a neighbour that closes the quotation itself', () => {
    const { next } = run([OPEN_END, '口粮。”他说得很认真。', CLOSING],
      [{ startsOpen: false }, { endsOpen: false }, { endsOpen: false }], [[0, 1]]);
    assert.equal(next.get(0), 1);
    assert.equal(next.has(2), false);
  });

  it('links nothing where two continuations close a quotation', () => {
    const { next } = run([OPEN_END, '山下的小河今年修起了一座新', CLOSING, '桥。”村民们都这样说。'],
      [{ startsOpen: false }, { startsOpen: null }, { endsOpen: false }, { endsOpen: false }], [[0, 1]]);
    assert.equal(next.get(0), 1);
  });

  it('links nothing where the open end left no quotation open', () => {
    const { next } = run(['守住这片林子，就是守住全村人的', '山下的小河今年修起了一座新', CLOSING],
      [{ startsOpen: false }, { startsOpen: null }, { endsOpen: false }], [[0, 1]]);
    assert.equal(next.get(0), 1);
    assert.equal(next.has(2), false);
  });

  it('puts a paragraph opening printed after the text it leads into in front of its chain', () => {
    // The chain is CLOSING (0) → a finished paragraph (1) → the quotation's opening (2): read round, it starts at 2.
    const { next, prev } = run([CLOSING, '村里的路也修好了。', OPEN_END],
      [{ endsOpen: false }, { startsOpen: false, endsOpen: false, paraBreakBefore: true }, { startsOpen: false, paraBreakBefore: true }],
      [[0, 1], [1, 2]]);
    assert.equal(next.get(2), 0);
    assert.equal(prev.has(2), false);
    assert.equal(next.get(0), 1);
  });
});

describe('segment pieces starting inside a quotation', () => {
  it('reads a letter-spaced first line whose paragraph closes a quotation it never opened as a continuation', () => {
    const texts = ['这是第一段的正文，写到这一行为止了。', '', '饭 碗 ， 就 是 这 个 道 理 。 ” 老 李', '说完，又扛起了锄头走向了山坡。'];
    const lines = pageLines(texts);
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    const widths = lines.map((l) => l.width);
    const pieces = buildPieces(lines, roles, widths, widths.map(() => 36), new Map(), new Set(), new Set([2]), true);
    const piece = pieces.find((p) => p.lines[0] === 2);
    assert.ok(piece);
    assert.equal(piece.startsOpen, true);
  });

  it('leaves a letter-spaced first line that closes no quotation undecided', () => {
    const texts = ['这是第一段的正文，写到这一行为止了。', '', '饭 碗 ， 就 是 这 个 道 理 。 老 李 说', '完，又扛起了锄头走向了山坡。'];
    const lines = pageLines(texts);
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    const widths = lines.map((l) => l.width);
    const pieces = buildPieces(lines, roles, widths, widths.map(() => 36), new Map(), new Set(), new Set([2]), true);
    assert.equal(pieces.find((p) => p.lines[0] === 2)?.startsOpen, null);
  });
});
