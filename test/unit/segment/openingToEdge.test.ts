// A paragraph's opening line that runs to its column's edge and happens to end a sentence there: the full line under
// it carries the paragraph on (no column switch). Invented pdftotext -raw text, a column of 12 Han characters (24 cells).
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { buildPieces } from '../../../src/core/segment/links/pieces';
import { pageLines } from './pages';

describe('segment opening line ending a sentence at the column edge', () => {
  const page = (opening: string): [string, LineRole][] => [
    ['本报北京1月5日电 城里超市', 'dateline'],
    ['里的蔬菜水果摆满了货架，顾', 'body'],
    ['客们忙着挑选年货。', 'body'], // a paragraph's last line, short
    [opening, 'body'], // the next paragraph's opening line (indented two characters)
    ['据商场统计，今年以来蔬菜水', 'body'], // full width
    ['果的销量比去年同期增长了一', 'body'],
    ['成多。', 'body'],
  ];
  const piecesOf = (opening: string) => {
    const rows = page(opening);
    const lines = pageLines(rows.map(([text]) => text));
    const roles = rows.map(([, role]) => role);
    return buildPieces(lines, roles, lines.map((l) => l.width), lines.map(() => 24), new Map(), new Set(), new Set())
      .map((p) => p.lines.join());
  };

  it('keeps the full line under an opening that reaches the edge in the same paragraph', () => {
    // 10 characters after a two-character indent fill the row: the sentence ended there by chance.
    assert.deepEqual(piecesOf('超市里年货丰富多彩。'), ['0,1,2,3,4,5,6']);
  });

  it('still reads a column switch under a one-line paragraph that stops short of the edge', () => {
    assert.deepEqual(piecesOf('超市里年货丰富。'), ['0,1,2,3', '4,5,6']);
  });
});
