// Where blank lines part paragraphs, a title set in the body's narrow column wraps over several short lines with no
// punctuation at all; after a finished sentence and with no line reaching the column's edge it is no fragment of
// running text, whatever follows it.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { markTitleRunsAboveTitles } from '../../../src/core/segment/titles/titleRuns';
import { compactWidth } from '../../../src/core/segment/page/text';
import { pageLines } from './pages';

describe('segment narrow title runs between blank lines', () => {
  const texts = [
    '果园里一片繁忙，果农们说今',
    '年的果树长势喜人。',
    '',
    '志愿者们在湖边',
    '守护候鸟的家',
    '湖边的候鸟',
    '越来越多',
    '',
    '湖边的候鸟保护站里，',
    '志愿者们正在给受伤的候鸟喂',
    '食。',
  ];
  const rolesOf = (t: readonly string[]): LineRole[] => t.map((x) => (x === '' ? 'blank' : 'body'));
  const run = (t: readonly string[]) => {
    const lines = pageLines(t);
    const roles = rolesOf(t);
    markTitleRunsAboveTitles(lines, roles, new Map(), lines.map((l) => compactWidth(l.text)), lines.map(() => 26));
    return roles;
  };

  it('marks a block of short unpunctuated lines after a finished sentence as a title', () => {
    assert.deepEqual(run(texts).slice(3, 7), ['headline', 'headline', 'headline', 'headline']);
  });

  it('leaves the block to the body after an open sentence, or where a line reaches the column edge', () => {
    const open = [...texts];
    open[1] = '年的果树长势喜人';
    assert.deepEqual(run(open).slice(3, 7), ['body', 'body', 'body', 'body']);
    const full = [...texts];
    full[4] = '守护候鸟的家园守护候鸟的家';
    assert.deepEqual(run(full).slice(3, 7), ['body', 'body', 'body', 'body']);
    // Without the page's widths only a block above another title counts.
    const lines = pageLines(texts);
    const roles = rolesOf(texts);
    markTitleRunsAboveTitles(lines, roles, new Map());
    assert.deepEqual(roles.slice(3, 7), ['body', 'body', 'body', 'body']);
  });

  it('takes a kicker with commas over a headline right above a dateline, not a clause left open there', () => {
    const page = ['果园里一片繁忙，果农们说今', '年的果树长势喜人。', '', '志愿者、护林员、', '村民也纷纷加入', '湖边候鸟越来越多', '', '本报某地3月2日电', '湖边的候鸟保护站里，志愿者'];
    const lines = pageLines(page);
    const roles = rolesOf(page);
    roles[7] = 'dateline';
    markTitleRunsAboveTitles(lines, roles, new Map(), lines.map((l) => compactWidth(l.text)), lines.map(() => 26));
    assert.deepEqual(roles.slice(3, 6), ['headline', 'headline', 'headline']);
    const open = [...page];
    open[5] = '湖边候鸟越来越多，';
    const r = rolesOf(open);
    r[7] = 'dateline';
    markTitleRunsAboveTitles(pageLines(open), r, new Map(), pageLines(open).map((l) => compactWidth(l.text)), open.map(() => 26));
    assert.deepEqual(r.slice(3, 6), ['body', 'body', 'body']);
  });
});
