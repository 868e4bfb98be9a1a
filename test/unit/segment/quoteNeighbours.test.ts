// An open end whose neighbour opens on a quotation mark: the break tells no word, so a one-line box printed elsewhere
// that completes a word of the page takes its place, even one the extractor printed after a finished sentence.
import * as assert from 'node:assert/strict';
import { relinkByJoinedWords } from '../../../src/core/segment/links/joins';
import type { LineRole } from '../../../src/core/model';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { buildLayout } from '../../../src/core/layout/layout';

// Invented page: an open end (`…登上翠屏`), a neighbour box, a finished sentence, and a one-line box (`山。`) whose
// start makes `屏山`, a pair the page prints twice.
function relink(neighbour: string): Map<number, number> {
  const text = [
    '翠屏山下有一座小村庄。', // 0 (piece 4)
    '',
    '清晨，我们跟着老张一同登上翠屏', // 2 open end (piece 0)
    '',
    neighbour, // 4 (piece 1)
    '',
    '今天的工作开了个好头。', // 6 finished sentence (piece 2)
    '',
    '山。', // 8 one-line box (piece 3)
    '',
    '翠屏山上风光好。', // 10 (piece 5)
  ].join('\n');
  const lines = buildLayout(text, null).lines;
  const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
  const piece = (id: number, line: number, startsOpen: boolean | null, endsOpen: boolean): Piece => ({ id, lines: [line], startsOpen, endsOpen,
    hasDateline: false, closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set() });
  const pieces = [piece(0, 2, false, true), piece(1, 4, true, false), piece(2, 6, false, false), piece(3, 8, null, false), piece(4, 0, false, false),
    piece(5, 10, false, false)];
  const next = new Map<number, number>([[0, 1], [2, 3]]);
  const prev = new Map<number, number>([[1, 0], [3, 2]]);
  const link = (a: Piece, b: Piece) => { next.set(a.id, b.id); prev.set(b.id, a.id); };
  const headOf = (id: number) => { let h = id; while (prev.has(h)) h = prev.get(h) ?? h; return h; };
  relinkByJoinedWords(pieces, lines, roles, next, prev, link, headOf);
  return next;
}

describe('segment open ends before a quotation mark', () => {
  it('gives the open end the one-line box that completes the page\'s word, taking it from the finished sentence', () => {
    const next = relink('“放”到一旁的工具又拿了起来。');
    assert.equal(next.get(0), 3);
    assert.equal(next.has(2), false);
  });

  it('takes no box from a finished sentence where the neighbour opens on a Han character', () => {
    const next = relink('放到一旁的工具又拿了起来。');
    assert.equal(next.get(0), 1);
    assert.equal(next.get(2), 3);
  });
});
