// A neighbour link across page furniture that makes no word: the open end takes the letter-spaced continuation that
// makes one, and the neighbour carries on the nearest open end another article's start cut off.
import * as assert from 'node:assert/strict';
import { relinkByJoinedWords } from '../../../src/core/segment/links/joins';
import type { LineRole } from '../../../src/core/model';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { linkState } from './pages';
import { buildLayout } from '../../../src/core/layout/layout';

// Invented page: an open end (`…内河港`), the running head, a neighbour that makes no word with it (`港由`), an open
// end cut off by a title, and a letter-spaced box further on whose start makes `港口`, a word the page prints twice.
function page(furniture: boolean) {
  const text = [
    '沿海的港口和内河港', // 0 open end
    '',
    furniture ? '第九版 二〇二六年一月一日' : '',
    '',
    '由研究机构牵头组建创新中心', // 4 neighbour
    '',
    '另一家新的研究中心，', // 6 open end cut off by the title
    '',
    '虚构标题', // 8
    '',
    '标题下的正文。', // 10
    '',
    '口 岸 和 港 口 都 很 忙 碌 。', // 12 letter-spaced continuation
  ].join('\n');
  const lines = buildLayout(text, null).lines;
  const roles: LineRole[] = lines.map((l, i) => (l.blank ? 'blank' : i === 2 ? 'furniture' : i === 8 ? 'headline' : 'body'));
  const piece = (id: number, line: number, startsOpen: boolean | null, endsOpen: boolean): Piece => ({ id, lines: [line], startsOpen, endsOpen,
    hasDateline: false, closing: false, afterClosing: id === 4, forced: null, paraBreakBefore: true, breaks: new Set() });
  const pieces = [piece(0, 0, false, true), piece(1, 4, true, false), piece(2, 6, false, true), piece(3, 10, false, false), piece(4, 12, null, false)];
  const { next, prev, link, headOf } = linkState(pieces, [[0, 1]]);
  relinkByJoinedWords(pieces, lines, roles, next, prev, link, headOf);
  return next;
}

describe('segment links across page furniture', () => {
  it('gives the open end the letter-spaced box that makes a word, and the neighbour to the cut-off end nearest it', () => {
    const next = page(true);
    assert.equal(next.get(0), 4);
    assert.equal(next.get(2), 1);
  });

  it('leaves the neighbour alone when no furniture stands between it and the open end', () => {
    const next = page(false);
    assert.equal(next.get(0), 4);
    assert.equal(next.has(2), false);
  });
});
