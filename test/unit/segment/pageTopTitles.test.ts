// Where no blank line sets a title apart (`pdftotext -raw`), the title block at the page's first text runs straight
// into the article's indented first paragraph.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { createPageContext } from '../../../src/core/segment/page/context';
import { markTitlesAtPageTop } from '../../../src/core/segment/titles/articleStarts';
import { pageLines } from './pages';

describe('segment titles at the page top without blank lines', () => {
  const mark = (texts: readonly string[]) => {
    const lines = pageLines(texts);
    const roles: LineRole[] = texts.map(() => 'body');
    markTitlesAtPageTop({ ...createPageContext(lines, roles, new Map()), columnWidth: lines.map(() => 28) });
    return roles;
  };
  const body = ['湖边的候鸟保护站里，志愿', '者们正在给受伤的候鸟喂食，候鸟', '保护站今年已救助候鸟两百多只，', '湖边的候鸟一年比一年多了起来。'];

  it('marks a kicker and a headline over an indented opening paragraph', () => {
    assert.deepEqual(mark(['候鸟保护站迎来新志愿者', '湖边候鸟越来越多', ...body]).slice(0, 3), ['headline', 'headline', 'body']);
  });

  it('leaves a paragraph opening the page to the body', () => {
    // An indented opening line without punctuation, a quotation's ellipsis, a line running on to the column's edge.
    assert.deepEqual(mark(['湖边的候鸟保护站里志愿', '者们正在给受伤的候鸟喂食，候鸟', ...body.slice(2)]).slice(0, 2), ['body', 'body']);
    assert.deepEqual(mark(['“嘀嘀嘀……”清晨', ...body]).slice(0, 1), ['body']);
    assert.deepEqual(mark(['湖边候鸟越来越多保护站志愿者', ...body]).slice(0, 1), ['body']);
    // Nor is a title block followed by a line carried on rather than a paragraph opening.
    assert.deepEqual(mark(['湖边候鸟越来越多', '者们正在给受伤的候鸟喂食，候鸟', ...body.slice(2)]).slice(0, 1), ['body']);
  });
});
