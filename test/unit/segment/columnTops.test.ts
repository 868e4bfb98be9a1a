// A column's top box printed inside a sentence of the column before, the foot of that column printed after it, and the
// next column's pieces read in before the foot (columnTops.ts).
import * as assert from 'node:assert/strict';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { linkColumnTops, readColumnAfterTop } from '../../../src/core/segment/links/columnTops';
import { piecesOf } from './pages';

/** Pieces of the given line counts and shapes, printed one after another with a blank line between. */
function printed(shapes: readonly (Partial<Piece> & { count: number })[]): Piece[] {
  let line = 0;
  return piecesOf(shapes.map(({ count, ...shape }) => {
    const lines = Array.from({ length: count }, (_, k) => line + k);
    line += count + 1;
    return { ...shape, lines };
  }));
}

/** Runs both steps from the given links; returns the chains as piece ids. */
function run(pieces: readonly Piece[], links: readonly [number, number][]): number[][] {
  const next = new Map<number, number>();
  const prev = new Map<number, number>();
  const link = (a: Piece, b: Piece) => { next.set(a.id, b.id); prev.set(b.id, a.id); };
  const headOf = (id: number) => { let h = id; while (prev.has(h)) h = prev.get(h) ?? h; return h; };
  for (const [a, b] of links) link(pieces[a], pieces[b]);
  const tails = pieces.filter((p) => p.endsOpen && !next.has(p.id));
  const heads = pieces.filter((p) => p.startsOpen === true && !prev.has(p.id));
  for (const [a, c] of linkColumnTops(pieces, tails, heads, next, prev, link, headOf)) readColumnAfterTop(pieces, a, c, next, prev, link, headOf);
  const chains: number[][] = [];
  for (const p of pieces) {
    if (prev.has(p.id)) continue;
    const chain: number[] = [];
    for (let id: number | undefined = p.id; id !== undefined; id = next.get(id)) chain.push(id);
    chains.push(chain);
  }
  return chains;
}

describe('segment column tops printed before the column foot', () => {
  // 0: a sentence left open at a column's foot, going on in 2 (the next column's top); 1: the column after's top box,
  // printed between them; 3–4: the rest of 2's column above a row it shares with 5's column; 5: the next column under 1;
  // 6 and 7: one row of the two columns printed row by row (6 goes on in 8, 7 in 9); 10: the column's foot, open.
  const shapes = (belowTop: number) => printed([
    { count: 2, startsOpen: false }, { count: 2, endsOpen: false }, { count: 1, startsOpen: null, endsOpen: false },
    { count: 3, startsOpen: false, endsOpen: false }, { count: 7, startsOpen: false, endsOpen: false },
    { count: belowTop, startsOpen: null, endsOpen: false }, { count: 1, startsOpen: false }, { count: 1, startsOpen: false },
    { count: 1, endsOpen: false }, { count: 1, endsOpen: false }, { count: 9, startsOpen: false }, { count: 5, startsOpen: null, endsOpen: false },
  ]);
  const links: [number, number][] = [[0, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 8], [7, 9], [9, 10], [10, 11]];

  it('reads the foot into the top box, and the next column after it where the columns stand level', () => {
    const withoutFootLink = links.filter(([a]) => a !== 10);
    assert.deepEqual(run(shapes(9), withoutFootLink), [[0, 2, 3, 4, 7, 9, 10, 1, 5, 6, 8], [11]]);
  });

  it('links the foot to the top box but keeps the order where the heights above the shared row disagree', () => {
    const withoutFootLink = links.filter(([a]) => a !== 10);
    assert.deepEqual(run(shapes(30), withoutFootLink), [[0, 2, 3, 4, 5, 6, 8], [7, 9, 10, 1], [11]]);
  });

  it('leaves a continuation alone that is not printed inside another sentence', () => {
    const pieces = shapes(9);
    const cut = links.filter(([a, b]) => a !== 10 && !(a === 0 && b === 2));
    assert.deepEqual(run(pieces, cut), [[0], [1], [2, 3, 4, 5, 6, 8], [7, 9, 10], [11]]);
  });
});
