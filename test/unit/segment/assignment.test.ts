// Links chosen all together: the assignment with the largest total, not the best pair first.
import * as assert from 'node:assert/strict';
import { bestAssignment } from '../../../src/core/segment/links/assignment';
import { relinkColumnBreaks } from '../../../src/core/segment/links/columnBreaks';
import { pageLines, piecesOf } from './pages';
import type { Piece } from '../../../src/core/segment/links/pieces';

describe('segment links chosen all together', () => {
  it('finds the assignment with the largest total, where the best pair first would leave a row with nothing', () => {
    // Row 0 prefers column 0 by a hair; row 1 can only use column 0.
    assert.deepEqual(bestAssignment([[0.18, 0.17], [0.17, 0]]), [1, 0]);
    assert.deepEqual(bestAssignment([[1, 0, 0], [0, 0, 1], [0, 1, 0]]), [0, 2, 1]);
    assert.deepEqual(bestAssignment([]), []);
    // Rows and columns of zeros are left with a zero: no link.
    const columnOf = bestAssignment([[0, 0], [0, 0.5]]);
    assert.equal(columnOf[1], 1);
  });

  it('re-links finished paragraphs across column breaks so that each finds its article, not the best pair first', () => {
    // Vocabularies as runs of distinct characters: end 0 holds runs a and b, opening 1 holds a, end 2 holds half of b
    // and a run of its own, opening 3 holds b. Best pair first gives end 0 the opening 3 (it shares all of b) and
    // leaves end 2 and opening 1 with nothing; together, end 0 goes on at 1 and end 2 at 3.
    const a = '甲乙丙丁戊己庚辛壬癸';
    const b = '子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北';
    const d = '金木水火土日月星辰山川河海江湖风雨雷电云';
    const texts = [`${a}，${b}。`, `${a}。`, `${b.slice(0, 10)}，${d}。`, `${b}。`];
    const lines = pageLines(texts);
    const pieces: Piece[] = piecesOf(texts.map(() => ({ startsOpen: false, endsOpen: false })));
    const next = new Map<number, number>();
    const prev = new Map<number, number>();
    const link = (x: Piece, y: Piece) => { next.set(x.id, y.id); prev.set(y.id, x.id); };
    // The extractor printed end 0 right before opening 1, and end 2 right before opening 3.
    relinkColumnBreaks(pieces, lines, [[pieces[0], pieces[1]], [pieces[2], pieces[3]]], next, prev, link);
    assert.deepEqual([...next].sort(), [[0, 1], [2, 3]]);
  });
});
