// Two articles sharing a band of columns: open ends and continuations paired in print order, in or against it.
import * as assert from 'node:assert/strict';
import { linkInterleavedRuns } from '../../../src/core/segment/links/interleaved';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { linkState } from './pages';

describe('segment interleaved columns', () => {
  const piece = (id: number, from: number, to: number, extra: Partial<Piece> = {}): Piece => ({
    id, lines: Array.from({ length: to - from + 1 }, (_, k) => from + k), startsOpen: false, endsOpen: false, hasDateline: false,
    closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set<number>(), ...extra,
  });
  // Print order: article A's open end, article B's open end, then two continuations.
  const pieces = [
    piece(0, 0, 9, { endsOpen: true }),
    piece(1, 11, 20, { endsOpen: true }),
    piece(2, 22, 30, { mayStartOnTail: true }),
    piece(3, 32, 40, { startsOpen: true }),
  ];
  const run = (similar: ReadonlyMap<string, number>) => {
    const { next, prev, link, headOf } = linkState(pieces);
    linkInterleavedRuns([pieces[0], pieces[1]], [pieces[2], pieces[3]], next, prev, link, headOf,
      (a, b) => similar.get(`${a.id}-${b.id}`) ?? 0);
    return [...next].sort((x, y) => x[0] - y[0]);
  };

  it('pairs the continuations with the open ends in print order where that pairing shares the words', () => {
    assert.deepEqual(run(new Map([['0-2', 0.05], ['1-3', 0.1]])), [[0, 2], [1, 3]]);
  });

  it('pairs them nested (one block printed inside the other) where that pairing shares the words', () => {
    assert.deepEqual(run(new Map([['0-3', 0.18], ['1-2', 0.09], ['0-2', 0.02]])), [[0, 3], [1, 2]]);
  });

  it('links nothing where neither pairing clearly shares more words', () => {
    assert.deepEqual(run(new Map([['0-2', 0.08], ['1-3', 0.04], ['0-3', 0.05], ['1-2', 0.03]])), []);
    assert.deepEqual(run(new Map([['0-2', 0.03], ['1-3', 0.02]])), []);
  });
});
