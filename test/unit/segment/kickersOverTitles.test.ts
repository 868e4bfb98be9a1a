// A kicker set in the body's narrow measure over a title, a blank line between them (pdftotext).
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { markKickersOverTitles } from '../../../src/core/segment/titles/titleRuns';
import { articlesOf, pageLines } from './pages';

// Invented page lines: a finished paragraph, a blank line, a three-line kicker run, a blank line, the title and the
// dateline under it.
const TEXTS = [
  '山区果农忙着修剪果树，果园里一片繁忙。',
  '',
  '著名的园艺专家、',
  '果树栽培的带头人，',
  '农业科技推广先进',
  '',
  '老李同志获奖',
  '本报某地3月2日电 老李同志今天获奖。',
];
const WIDTHS = [28, 0, 16, 18, 16, 0, 12, 28];

function mark(texts: readonly string[], widths: readonly number[]): { roles: LineRole[]; under: Set<number> } {
  const lines = pageLines(texts);
  const roles: LineRole[] = lines.map((l, i) => (l.blank ? 'blank' : i === 6 ? 'headline' : i === 7 ? 'dateline' : 'body'));
  const under = markKickersOverTitles(lines, roles, new Map(), widths, widths.map(() => 28));
  return { roles, under };
}

describe('segment kickers over titles', () => {
  it('marks a narrow run that finishes no sentence right above a title, and joins the title to it', () => {
    const { roles, under } = mark(TEXTS, WIDTHS);
    assert.deepEqual(roles.slice(2, 5), ['headline', 'headline', 'headline']);
    assert.deepEqual([...under], [6]);
  });

  it('leaves a run reaching the column edge, ending on a comma or following an open sentence to the body', () => {
    const full = mark(TEXTS, [28, 0, 16, 28, 16, 0, 12, 28]);
    assert.deepEqual(full.roles.slice(2, 5), ['body', 'body', 'body']);
    const comma = [...TEXTS];
    comma[4] = '农业科技推广先进，';
    assert.deepEqual(mark(comma, WIDTHS).roles.slice(2, 5), ['body', 'body', 'body']);
    const open = [...TEXTS];
    open[0] = '山区果农忙着修剪果树，果园里一片';
    assert.deepEqual(mark(open, WIDTHS).roles.slice(2, 5), ['body', 'body', 'body']);
  });

  it('gives the article on a whole page its kicker, not a paragraph of its body', () => {
    const page = [
      '本报某地3月1日电 山区果农', '这几天忙着修剪果树、施肥浇水', '，果园里一片繁忙景象。果农们', '说，今年的果树长势喜人，春天',
      '的雨水也比往年充足，大家对今', '年的收成充满信心。镇里的农技', '站派出技术员，手把手教果农科', '学管理果园，帮助大家提高果子',
      '的品质和产量。技术员说，今年', '全镇新栽果树一千多亩，再过两', '年就能挂果，果农的日子会越过', '越红火。',
      '',
      '著名的园艺专家、', '果树栽培的带头人，', '农业科技推广先进',
      '',
      '老李同志获奖',
      '本报某地3月2日电 老李同志', '今天在省城获得园艺科技奖。老', '李几十年如一日扎根山区，带领', '果农科学种树，培育出多个优良',
      '品种，让山区的果园面积翻了一', '番。颁奖会上，老李说，这份荣', '誉属于山里的每一位果农，今后', '还要把更多的新技术送到田间地',
      '头，让乡亲们的腰包越来越鼓，', '让山区的果园越来越美。',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text === '老李同志获奖');
    assert.ok(article, 'the title heads an article');
    assert.equal(article.kicker?.text, '著名的园艺专家、果树栽培的带头人，农业科技推广先进');
    assert.ok(article.paragraphs.every((p) => !p.text.includes('园艺专家')), JSON.stringify(article.paragraphs.map((p) => p.text)));
  });
});
