// A character that may not start a line (`…`, `，`) takes the character before it down to the next line: the line above
// runs a character short without being a paragraph's opening. Invented pdftotext text, a column of 12 Han characters
// (24 cells).
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { buildPieces } from '../../../src/core/segment/links/pieces';
import { pageLines } from './pages';

describe('segment lines a line-start rule pushed down', () => {
  const piecesOf = (short: string, below: string) => {
    const texts = [
      '本报北京1月5日电 城里超市', // dateline opening
      '里的蔬菜水果摆满了货架，顾', // full
      '客们挑选年货，忙得不亦乐乎，', // full, the sentence left open on a comma
      short, // one character short
      below, // full
      '果的销量比去年同期增长了一', // full
      '成多。',
    ];
    const lines = pageLines(texts);
    const roles: LineRole[] = texts.map((_, i) => (i === 0 ? 'dateline' : 'body'));
    return buildPieces(lines, roles, lines.map((l) => l.width), lines.map(() => 24), new Map(), new Set(), new Set())
      .map((p) => p.lines.join());
  };

  it('reads no column switch where the next line starts with a character and an ellipsis', () => {
    assert.deepEqual(piecesOf('一位老人提着满满一篮', '菜……据商场统计，蔬菜水'), ['0,1,2,3,4,5,6']);
  });

  it('still reads a switch where the next line starts plainly', () => {
    assert.deepEqual(piecesOf('一位老人提着满满一篮', '菜来到收银台，蔬菜水果多'), ['0,1,2', '3,4,5,6']);
  });

  it('still reads a switch after a Han character, where the break may join another column', () => {
    // (The open line ends on a Han character: the short line may start another article's column, pushed down or not.)
    const texts = ['本报北京1月5日电 城里超市', '里的蔬菜水果摆满了货架，顾', '客们挑选年货，产业发展持续', '一位老人提着满满一篮', '菜……据商场统计，蔬菜水', '果的销量比去年同期增长了一', '成多。'];
    const lines = pageLines(texts);
    const roles: LineRole[] = texts.map((_, i) => (i === 0 ? 'dateline' : 'body'));
    const pieces = buildPieces(lines, roles, lines.map((l) => l.width), lines.map(() => 24), new Map(), new Set(), new Set()).map((p) => p.lines.join());
    assert.deepEqual(pieces, ['0,1,2', '3,4,5,6']);
  });
});
