// A fragment read round from a block printed late into one printed early goes where its reading starts.
import * as assert from 'node:assert/strict';
import { mergeOrphans } from '../../../src/core/segment/links/chains';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { pageLines } from './pages';

function piece(id: number, line: number, startsOpen: boolean, endsOpen: boolean): Piece {
  return { id, lines: [line], startsOpen, endsOpen, hasDateline: false, closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set() };
}

describe('fragments placed by where their reading starts', () => {
  const texts = [
    '山村小学的新操场', // 0: the article's title
    '山村小学的孩子们有了新操场，每天都在操场上跑步。', // 1: the article's opening
    '', //
    '场边种满了小树，孩子们每天给小树浇水。', // 3: the fragment's second half, printed early
    '', //
    '老师说，新操场让孩子们更爱上学了。', // 5: the article's next paragraph
    '', //
    '新操场旁边还修了一个小花', // 7: the fragment's opening, printed late, its sentence running on into line 3
  ];
  const lines = pageLines(texts);
  // Pieces in line order: the host's at lines 1 and 5, the fragment's at 7 (read first) and 3.
  const pieces = [piece(0, 1, false, false), piece(1, 3, true, false), piece(2, 5, false, false), piece(3, 7, false, true)];
  const chainText = [texts[1] + texts[5] + texts[0], texts[7] + texts[3]];
  const attachment = new Map([[0, [{ lines: [0], block: 0, group: 0 }]]]);

  it('puts the fragment after the host pieces printed before its first line, not before its earliest', () => {
    const merged = mergeOrphans([[pieces[0], pieces[2]], [pieces[3], pieces[1]]], chainText, attachment, pieces, lines);
    assert.deepEqual(merged.chains.map((chain) => chain.map((p) => p.lines[0])), [[1, 5, 7, 3]]);
  });
});
