// A run of open ends that each took the next end's continuation (pdftotext printed every block one place late).
import * as assert from 'node:assert/strict';
import { rotateNoWordLinks } from '../../../src/core/segment/links/joins';
import type { LineRole } from '../../../src/core/model';
import { buildPieces, type Piece } from '../../../src/core/segment/links/pieces';
import { buildLayout } from '../../../src/core/layout/layout';
import { linkState } from './pages';

const LINES = [
  '甲文开头讲到了红', // 0 open end A
  '一行标题', // 1 title
  '花开满园春意浓浓。', // 2 B: the title's article starts here
  '乙文写到这里的天', // 3 open end C
  '心情都很好的样子。', // 4 D
  '丙文说到了一个蓝', // 5 open end E
  '色彩斑斓的画面。', // 6 F
  '空说。', // 7 G: a paragraph's tail nobody carries on
];

function piece(id: number, line: number, shape: Partial<Piece>): Piece {
  return { id, lines: [line], startsOpen: true, endsOpen: false, hasDateline: false, closing: false, afterClosing: false, forced: null,
    paraBreakBefore: true, breaks: new Set(), ...shape };
}

function rotate(extraLines: string[]): Map<number, number> {
  const lines = buildLayout([...LINES, ...extraLines].join('\n'), null).lines;
  const roles: LineRole[] = lines.map((_, i) => (i === 1 ? 'headline' : 'body'));
  const pieces = [
    piece(0, 0, { startsOpen: null, endsOpen: true }), piece(1, 2, {}), piece(2, 3, { endsOpen: true }), piece(3, 4, {}),
    piece(4, 5, { endsOpen: true }), piece(5, 6, {}), piece(6, 7, { startsOpen: false, startsOnTail: true }),
  ];
  const { next, prev, link, headOf } = linkState(pieces, [[0, 1], [2, 3], [4, 5]]);
  rotateNoWordLinks(pieces, lines, roles, next, prev, link, headOf);
  return next;
}

describe('segment rotated links', () => {
  it('shifts each open end of a run of no-word links one place on where the new pairs are words of the page', () => {
    // The page prints `天色` elsewhere: `…的天` + `色彩…` is a word, `…红` + `花…`, `…天` + `心…`, `…蓝` + `色…` are none.
    const next = rotate(['今天天色很好。']);
    assert.equal(next.get(0), 3, 'A takes C’s continuation');
    assert.equal(next.get(2), 5, 'C takes E’s continuation');
    assert.equal(next.get(4), 6, 'E takes the tail left alone');
    assert.equal(next.has(1) || [...next.values()].includes(1), false, 'B goes back under its title');
  });

  it('leaves the links where the shift makes no word the page uses', () => {
    const next = rotate([]);
    assert.deepEqual([...next.entries()].sort(), [[0, 1], [2, 3], [4, 5]]);
  });
});

describe('segment letter-spaced openings', () => {
  // Each line fills a 20-cell column; the letter-spaced line's characters alone do not, so its indent is unknown.
  const piecesOf = (spaced: string) => {
    const text = ['本文开头讲到了一个科', spaced, '会议在北京举行了。'].join('\n');
    const lines = buildLayout(text, null).lines;
    const roles: LineRole[] = lines.map(() => 'body');
    const widths = [20, 16, 18];
    return buildPieces(lines, roles, widths, [20, 20, 20], new Map(), new Set(), new Set([1])).map((p) => p.lines);
  };

  it('starts a piece at a letter-spaced line opening on a digit after an open sentence', () => {
    assert.deepEqual(piecesOf('1 0 月 2 日 ，大 家 都'), [[0], [1, 2]]);
  });

  it('keeps a letter-spaced line opening on a Han character in the run: the pair across the break tells', () => {
    assert.deepEqual(piecesOf('学 家 们 1 0 月 2 日'), [[0, 1, 2]]);
  });
});
