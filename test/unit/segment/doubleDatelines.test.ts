// An article has one dateline and one credit: a chain with two datelines is two articles a wrong link joined, and a
// fragment closing on a credit joins no article whose dateline carries one.
import * as assert from 'node:assert/strict';
import { mergeOrphans } from '../../../src/core/segment/links/chains';
import { cutDoubleDatelineChains } from '../../../src/core/segment/links/doubleDatelines';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { pageLines } from './pages';

function piece(id: number, lines: number[], shape: Partial<Piece>): Piece {
  return {
    id, lines, startsOpen: false, endsOpen: false, hasDateline: false, closing: false, afterClosing: false, forced: null,
    paraBreakBefore: true, breaks: new Set(), ...shape,
  };
}

describe('segment one dateline and one credit per article', () => {
  const lines = pageLines([
    '新华社某地3月2日电 今年春耕时节，',
    '山区果农忙着修剪果树、施肥浇水，',
    '果园里一片繁忙，果农们说今年的果',
    '树长势喜人，秋天又是一个丰收年。',
    '果农老李说，今年苹果树刚修剪完，',
    '又要给果园里的苹果树施肥浇水，',
    '湖边的候鸟保护站里，志愿者们正在',
    '给受伤的候鸟喂食，候鸟保护站今年',
    '已救助候鸟两百多只，湖边候鸟越来',
    '越多。',
  ]);

  it('cuts a chain opening on a dateline and ending on a closing dateline where its words turn', () => {
    // Both links leave a sentence open; the words turn at the second (orchards, then birds).
    const chain = [
      piece(0, [0, 1, 2, 3], { hasDateline: true, endsOpen: true }),
      piece(1, [4, 5], { endsOpen: true }),
      piece(2, [6, 7, 8, 9], { startsOpen: true, endsOnDateline: true }),
    ];
    const chains = cutDoubleDatelineChains([chain], lines);
    assert.deepEqual(chains.map((c) => c.map((p) => p.id)), [[0, 1], [2]]);
  });

  it('leaves a chain with one dateline whole, and cuts no link from a finished paragraph', () => {
    const oneDateline = [piece(0, [0, 1, 2, 3], {}), piece(1, [4, 5], { endsOpen: true }), piece(2, [6, 7, 8, 9], { startsOpen: true, endsOnDateline: true })];
    const finished = [piece(0, [0, 1, 2, 3], { hasDateline: true }), piece(2, [6, 7, 8, 9], { endsOnDateline: true })];
    const chains = cutDoubleDatelineChains([oneDateline, finished], lines);
    assert.deepEqual(chains.map((c) => c.map((p) => p.id)), [[0, 1, 2], [0, 2]]);
  });

  it('places a fragment closing on a credit in no article whose dateline carries a credit already', () => {
    const pieces = [
      piece(0, [0], { hasDateline: true, endsOpen: true }),
      piece(1, [10], {}),
      piece(2, [20], { startsOpen: true, closing: true }),
    ];
    const chains = [[pieces[0]], [pieces[1]], [pieces[2]]];
    // The fragment shares more words with the credited dateline article (which also leaves a sentence open) than with
    // the titled one; its closing credit says it ends the titled article.
    const texts = [
      '本报某地3月2日讯（记者 王五）湖边的候鸟保护站里，志愿者们正在给受伤的候鸟喂食，',
      '山区果农忙着修剪果树，湖边的果园里一片繁忙，',
      '候鸟保护站的志愿者也来帮忙，果农们说今年果树长势喜人……（张三）',
    ];
    const attachment = new Map([[1, [{ lines: [9], block: 0, group: 0 }]]]);
    assert.deepEqual(mergeOrphans(chains, texts, attachment, pieces).chains.map((c) => c.map((p) => p.id)), [[0], [1, 2]]);
    // Without the credit the words and the open sentence decide.
    const uncredited = [texts[0], texts[1], '候鸟保护站的志愿者也来帮忙，果农们说今年果树长势喜人……'];
    assert.deepEqual(mergeOrphans(chains, uncredited, attachment, pieces).chains.map((c) => c.map((p) => p.id)), [[0, 2], [1]]);
  });
  it('places a fragment printed right under an article\'s title in that article, though the article ends on a credit', () => {
    // A title set across two columns heads text in each: the second column's text (line 10, right under the title
    // ending on line 9) carries on the titled article, which the extractor closed with another column's end.
    const pieces = [
      piece(0, [0], { hasDateline: true, endsOpen: true }),
      piece(1, [5], { hasDateline: true, closing: true }),
      piece(2, [10], { startsOpen: true }),
    ];
    const chains = [[pieces[0]], [pieces[1]], [pieces[2]]];
    const texts = [
      '本报某地3月2日讯 山区果农忙着修剪果树，湖边的果园里一片繁忙，候鸟保护站',
      '新华社某地3月2日电 湖边的候鸟保护站里，志愿者们正在给受伤的候鸟喂食。（张三）',
      '候鸟保护站的志愿者也来帮忙，果农们说今年果树长势喜人。',
    ];
    const underTitle = new Map([[1, [{ lines: [9], block: 0, group: 0 }]]]);
    assert.deepEqual(mergeOrphans(chains, texts, underTitle, pieces).chains.map((c) => c.map((p) => p.id)), [[0], [1, 2]]);
    // Printed elsewhere, the open sentence and the closed article decide.
    const elsewhere = new Map([[1, [{ lines: [3], block: 0, group: 0 }]]]);
    assert.deepEqual(mergeOrphans(chains, texts, elsewhere, pieces).chains.map((c) => c.map((p) => p.id)), [[0, 2], [1]]);
  });
});
