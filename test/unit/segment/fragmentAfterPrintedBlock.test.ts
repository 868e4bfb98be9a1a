// Where blank lines set every block apart (pdfminer), a fragment goes on after the article's block the extractor printed
// right before it, even where the article's pieces are out of page order (a paragraph's opening read round).
import * as assert from 'node:assert/strict';
import { mergeOrphans } from '../../../src/core/segment/links/chains';
import type { Piece } from '../../../src/core/segment/links/pieces';

function piece(id: number, line: number, shape: Partial<Piece>): Piece {
  return {
    id, lines: [line], startsOpen: false, endsOpen: false, hasDateline: false, closing: false, afterClosing: false, forced: null,
    paraBreakBefore: true, breaks: new Set(), ...shape,
  };
}

describe('segment a fragment placed after the block printed before it', () => {
  // Printed order: the end of a paragraph (10), a finished paragraph (20), the fragment (30), the article's opening under
  // its title (40) and a paragraph opening left open (50) that the block at 10 carries on.
  const make = (shape: Partial<Piece> = {}) => {
    const pieces = [
      piece(0, 10, { startsOpen: true }),
      piece(1, 20, shape),
      piece(2, 30, {}),
      piece(3, 40, {}),
      piece(4, 50, { endsOpen: true }),
    ];
    pieces[0].paraBreakBefore = false;
    return pieces;
  };
  // (The fragment shares few words with the article: it does not read as the article's opening printed before it.)
  const fragment = '村口新修了一座小桥，孩子们上学近多了。';
  const attachment = new Map([[0, [{ lines: [39], block: 0, group: 0 }]]]);
  const order = (pieces: readonly Piece[], blankSeparated: boolean) => {
    const chains = [[pieces[3], pieces[4], pieces[0], pieces[1]], [pieces[2]]];
    return mergeOrphans(chains, ['今年果园苹果丰收，果农们忙着采摘装箱，合作社的冷库建好了，果农们不再愁销路。', fragment], attachment, pieces, [], null, blankSeparated)
      .chains.map((c) => c.map((p) => p.id));
  };

  it('puts the fragment after the finished block printed right before it', () => {
    assert.deepEqual(order(make(), true), [[3, 4, 0, 1, 2]]);
  });

  it('keeps page order where blank lines mark only column breaks, or where that block closed the article', () => {
    assert.deepEqual(order(make(), false), [[3, 2, 4, 0, 1]]);
    assert.deepEqual(order(make({ closing: true }), true), [[3, 2, 4, 0, 1]]);
  });
});
