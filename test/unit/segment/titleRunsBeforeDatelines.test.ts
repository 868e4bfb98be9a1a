// Where no blank line parts anything (`pdftotext -raw`), a title printed between two articles stands right after a
// finished sentence and right before the next article's dateline: a short run of lines that ends no sentence.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { markTitleRunsBeforeDatelines } from '../../../src/core/segment/titles/titleRuns';
import { articlesOf, pageLines } from './pages';

describe('segment title runs before a dateline without blank lines', () => {
  const texts = [
    '山区果农忙着修剪果树、施肥浇水，',
    '果园里一片繁忙，果农们说今年的果',
    '树长势喜人。',
    '果农们说今年',
    '又是丰收年',
    '本报某地3月3日电',
    '湖边的候鸟保护站里，志愿者们正在',
    '给受伤的候鸟喂食。',
  ];
  const roles = (): LineRole[] => ['body', 'body', 'body', 'body', 'body', 'dateline', 'body', 'body'];

  it('marks the run between a finished sentence and an opening dateline as a title', () => {
    const r = roles();
    markTitleRunsBeforeDatelines(pageLines(texts), r, new Map(), new Set());
    assert.deepEqual(r.slice(2, 6), ['body', 'headline', 'headline', 'dateline']);
  });

  it('leaves the run to the body where the sentence above runs on, or the run ends a clause', () => {
    const open = [...texts];
    open[2] = '树长势喜人，';
    const r = roles();
    markTitleRunsBeforeDatelines(pageLines(open), r, new Map(), new Set());
    assert.deepEqual(r.slice(3, 5), ['body', 'body']);
    const clause = [...texts];
    clause[3] = '果农们说今年，';
    const s = roles();
    markTitleRunsBeforeDatelines(pageLines(clause), s, new Map(), new Set());
    assert.deepEqual(s.slice(3, 5), ['body', 'body']);
    // Before a closing dateline no article opens.
    const t = roles();
    markTitleRunsBeforeDatelines(pageLines(texts), t, new Map(), new Set([5]));
    assert.deepEqual(t.slice(3, 5), ['body', 'body']);
  });

  it('keeps a title with its wrapped subheadline out of the running text on a whole page', () => {
    const articles = articlesOf([
      '本报某地3月2日电 湖边的候鸟保护站', '里，志愿者们正在给受伤的候鸟喂食', '，候鸟保护站今年已救助候鸟两百多', '只，湖边的候鸟一年比一年多。',
      '站长老张说，保护站今年又添了', '两名志愿者，每天都去湖边巡护。',
      '保护站今年救', '助候鸟两百多只', '——志愿者们正在给受伤的候', '鸟喂食',
      '本报某地3月3日电 山区果农忙着修', '剪果树、施肥浇水，果园里一片繁忙', '，果农们说今年的果树长势喜人。',
    ].join('\n'));
    const paragraphs = articles.flatMap((a) => a.paragraphs.map((p) => p.text));
    assert.ok(paragraphs.every((p) => !p.includes('保护站今年救助') && !p.startsWith('——')), JSON.stringify(paragraphs));
    assert.equal(articles.find((a) => a.dateline?.text === '本报某地3月2日电')?.headline?.text, '保护站今年救助候鸟两百多只');
  });
});
