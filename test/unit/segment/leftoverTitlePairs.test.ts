// Titles left over (their article ran on in another's chain) that one block prints on lines right after each other —
// a kicker over its headline, printed after the body — head one article: they cut the chain once, together.
import * as assert from 'node:assert/strict';
import type { HeadlinePart } from '../../../src/core/segment/titles/attach';
import { splitForHeadlines } from '../../../src/core/segment/links/chains';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { pageLines } from './pages';

describe('segment a kicker and headline left over together', () => {
  const lines = pageLines([
    '新华社某地3月2日电 今年春耕时节，', // 0: the first article (apple orchards)
    '山区果农忙着修剪果树、施肥浇水，',
    '果园里一片繁忙，果农们说今年的果',
    '树长势喜人，秋天又是一个丰收年。',
    '果农老李说，今年苹果树刚修剪完，',
    '又要给果园里的苹果树施肥浇水，忙',
    '得不可开交，但心里很高兴。',
    '果园的苹果去年卖到了省城。',
    '今年果农们还要试种新品种。',
    '湖边的候鸟已飞来多日。', // 9: the second article opens (migrant birds), its kicker's words
    '据保护站统计，今年飞来湖边越冬的',
    '候鸟比去年多了三成，湖边候鸟越来',
    '越多。保护站的志愿者说，候鸟为何',
    '越来越多？湖水变清了，湖边的鱼虾',
    '也多了，候鸟吃得饱，就愿意留下。',
    '湖边候鸟越来越多，越冬将持续到三月', // 15: kicker
    '候鸟为何爱上这片湖？', // 16: headline
  ]);
  const chain: Piece[] = [{
    id: 0, lines: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14], startsOpen: false, endsOpen: false, hasDateline: true,
    closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set([4, 7, 9, 12]),
  }];
  const kicker: HeadlinePart = { lines: [15], block: 3, group: 0 };
  const headline: HeadlinePart = { lines: [16], block: 3, group: 1 };

  it('cuts the chain once, where the pair\'s words begin, and gives the new article both titles', () => {
    const split = splitForHeadlines([kicker, headline], [chain], new Map(), lines, null);
    assert.deepEqual(split.chains.map((c) => c.flatMap((p) => p.lines)), [[0, 1, 2, 3, 4, 5, 6, 7, 8], [9, 10, 11, 12, 13, 14]]);
    assert.deepEqual(split.attachment.get(1), [kicker, headline]);
  });

  it('leaves titles of one block that are not on adjacent lines to find their places one by one', () => {
    const far: HeadlinePart = { lines: [16], block: 4, group: 0 };
    const split = splitForHeadlines([kicker, far], [chain], new Map(), lines, null);
    assert.ok(![...split.attachment.values()].some((parts) => parts.length === 2), JSON.stringify([...split.attachment]));
  });
});
