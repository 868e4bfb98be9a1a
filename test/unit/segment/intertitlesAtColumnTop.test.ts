// Intertitles pdftotext prints at a column's top: one more of the article's series of intertitles, not a new
// article's title. Invented lines (a column of 12 Han characters, 24 cells).
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { intertitlesAtColumnTop } from '../../../src/core/segment/titles/intertitlesAtColumnTop';
import { pageLines } from './pages';

describe('segment intertitles at a column top', () => {
  /** A titled article with an intertitle inside its text, then `between`, then a column-top title over an opening. */
  const columnTopTitles = (between: readonly [string, LineRole][]) => {
    const page: [string, LineRole][] = [
      ['山区果园迎来丰收', 'headline'], ['', 'blank'],
      ['今年以来，山区果农种植', 'body'], ['的苹果喜获丰收，果农们忙', 'body'], ['着采摘装箱外运。', 'body'],
      ['拓宽果品销售渠道', 'body'],
      ['去年以来，合作社联系', 'body'], ['城里超市，打开了新的销', 'body'], ['路，收入稳步增加。', 'body'],
      ...between,
      ['', 'blank'], ['培育特色果品品牌', 'headline'],
      ['近年来，当地注册果品', 'body'], ['商标，打出了山区的品牌', 'body'],
    ];
    const lines = pageLines(page.map(([text]) => text));
    const widths = lines.map((l) => l.width);
    return intertitlesAtColumnTop(lines, page.map(([, role]) => role), widths, lines.map(() => 24), new Set());
  };

  it('reads a column-top title shaped like the article\'s own intertitle as one more intertitle', () => {
    assert.deepEqual(columnTopTitles([]), [10]);
  });

  it('keeps it a title when another title stands between it and the intertitle of that shape', () => {
    assert.deepEqual(columnTopTitles([['', 'blank'], ['集市年货备齐了', 'headline'], ['腊月里，镇上的集市格', 'body'], ['外热闹，年货摆满了街。', 'body']]), []);
  });
});
