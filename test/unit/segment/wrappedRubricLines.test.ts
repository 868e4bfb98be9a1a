// A title closing on a column rubric, wrapped over two lines: the line above the rubric line carries no punctuation,
// stops short of the column's edge and follows a finished sentence, so the rubric line does not carry on a sentence.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { createPageContext } from '../../../src/core/segment/page/context';
import { markRubricTitles } from '../../../src/core/segment/titles/rubricTitles';
import { pageLines } from './pages';

describe('segment a rubric title wrapped over two lines', () => {
  const run = (texts: readonly string[]) => {
    const lines = pageLines(texts);
    const roles: LineRole[] = texts.map(() => 'body');
    markRubricTitles({ ...createPageContext(lines, roles, new Map()), columnWidth: lines.map(() => 28) });
    return roles;
  };
  const texts = ['果园里一片繁忙，果农们说今年的', '果树长势喜人。', '湖边的候鸟保护站里', '迎来新志愿者（民生关注）', '湖边的候鸟保护站里，志愿', '者们正在给受伤的候鸟喂食。'];

  it('marks both lines of the wrapped rubric title', () => {
    assert.deepEqual(run(texts).slice(1, 5), ['body', 'headline', 'headline', 'body']);
  });

  it('leaves the lines to the body where the sentence above is open, or the line above fills the column', () => {
    const open = [...texts];
    open[1] = '果树长势喜人，';
    assert.deepEqual(run(open).slice(2, 4), ['body', 'body']);
    const full = [...texts];
    full[2] = '湖边的候鸟保护站里今年春天来';
    assert.deepEqual(run(full).slice(2, 4), ['body', 'body']);
  });
});
