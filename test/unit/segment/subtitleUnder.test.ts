// Subheadlines set across the column under their title block (pdftotext): a full-width unpunctuated line joins the
// block above; a line running well past the column over a dateline is a main title of its own. Invented lines.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { subtitlesUnderTitleBlocks } from '../../../src/core/segment/titles/subtitleUnder';
import { createPageContext } from '../../../src/core/segment/page/context';
import { pageLines } from './pages';

describe('segment subtitles under title blocks', () => {
  const found = (under: string, opening: LineRole = 'dateline') => {
    const lines = pageLines(['某某日报', '山区果园迎来丰收', '', under, '本报讯 今年山区果农种植的苹果喜', '获丰收，果农们忙着采摘苹果。']);
    const roles: LineRole[] = ['furniture', 'headline', 'blank', 'headline', opening, 'body'];
    // (The page's own column: the measure of its body lines.)
    return subtitlesUnderTitleBlocks({ ...createPageContext(lines, roles, new Map()), columnWidth: lines.map(() => 30) });
  };

  it('joins a full-width unpunctuated line to the one-column title above it', () => {
    assert.deepEqual(found('各地果农忙采摘喜看新收成好时节'), [3]);
  });

  it('leaves a line running well past the column, over a dateline, as a title of its own', () => {
    assert.deepEqual(found('第十届山区果品交易大会呼吁共同拓宽销售渠道'), []);
  });

  it('joins a line running well past the column over other text to the one-column line above (its kicker)', () => {
    assert.deepEqual(found('第十届山区果品交易大会呼吁共同拓宽销售渠道', 'body'), [3]);
  });
});
