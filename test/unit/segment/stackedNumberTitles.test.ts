// Titles stacked at a page foot are one to a line, but a line break inside a number (`17` / `834亿元`) is one title
// wrapping on: no title ends on half a number.
import * as assert from 'node:assert/strict';
import { headlineParts } from '../../../src/core/segment/titles/blocks';
import { compactWidth } from '../../../src/core/segment/page/text';
import { pageLines } from './pages';

describe('segment stacked titles broken inside a number', () => {
  const parts = (texts: readonly string[]) => {
    const lines = pageLines(texts);
    return headlineParts(texts.map((_, k) => k), lines, lines.map((l) => compactWidth(l.text)), texts.map(() => 26), new Set(texts.map((_, k) => k)));
  };

  it('keeps a stacked title broken inside a number in one part', () => {
    assert.deepEqual(parts(['湖边候鸟越来越多', '全市新建口袋公园12', '34座（城市观察）', '果园里一片繁忙']), [[0], [1, 2], [3]]);
  });

  it('keeps stacked titles apart where the break falls between a number and text', () => {
    assert.deepEqual(parts(['全市新建口袋公园1234座', '果园里一片繁忙']), [[0], [1]]);
    assert.deepEqual(parts(['全市新建口袋公园12', '果园里一片繁忙']), [[0], [1]]);
  });
});
