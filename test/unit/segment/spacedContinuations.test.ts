// A sentence cut off by another article's start takes the continuation a neighbour link gave to another open end, which
// then goes on with a continuation elsewhere — also one whose letter-spaced first line tells nothing by its width.
// Invented pdftotext page (blank lines only at column breaks), a column of 12 Han characters (24 cells).
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { buildPieces, linkPieces } from '../../../src/core/segment/links/pieces';
import { pageLines } from './pages';

describe('segment crossed links to a letter-spaced continuation', () => {
  const page: [string, LineRole][] = [
    ['本报北京1月5日电 城里超市', 'dateline'],
    ['里的蔬菜水果摆满了货架，顾', 'body'], // open end cut off by the title and dateline below
    ['山区果园迎来丰收', 'headline'],
    ['本报某县1月5日电 山区果园里', 'dateline'],
    ['苹果熟了，果农们正在忙着采', 'body'], // open end: the neighbour link takes the supermarket's continuation
    ['城里超市货架丰富', 'headline'],
    ['客们在超市里挑选蔬菜水果，', 'body'],
    ['城里超市的货架上摆满蔬菜。', 'body'],
    ['（记者 张三）', 'byline'],
    ['', 'blank'],
    ['摘 山 区 果 园 里 的 苹 果 ，', 'body'], // letter-spaced: its indent is unknown
    ['山区果园里的苹果丰收了。', 'body'],
  ];

  it('links the cut-off sentence to its continuation and the other open end to the letter-spaced one', () => {
    const lines = pageLines(page.map(([text]) => text));
    const roles = page.map(([, role]) => role);
    const spaced = new Set([10]);
    const widths = lines.map((l, i) => (spaced.has(i) ? 24 : l.width));
    const pieces = buildPieces(lines, roles, widths, lines.map(() => 24), new Map(), new Set(), spaced);
    const chains = linkPieces(pieces, lines, roles, false).map((chain) => chain.map((p) => p.lines[0]));
    assert.ok(chains.some((c) => c.join() === '0,6'), JSON.stringify(chains));
    assert.ok(chains.some((c) => c.join() === '3,10'), JSON.stringify(chains));
  });
});
