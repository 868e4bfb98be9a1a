// Unit tests for the outline tree, folding spans, painted role spans and hover targets.
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';
import type { Article, Finding, LineRole, PageAnalysis, PageSegmentation } from '../../../src/core/model';
import { articleFoldingSpans, buildOutline, shorten } from '../../../src/core/editor/outline';
import { articleBoundaryLines, pageTokenSpans, roleSpans } from '../../../src/core/editor/lineRoles';
import { hoverTargetAt, lineAt, repairedNumber } from '../../../src/core/editor/hover';
import { pageViews, viewPart, viewSize } from '../../../src/core/editor/views';

const text = [
  '要闻', '', '聊城改革评估成绩全省第五', '本报聊城4月19日讯(记者 谢晓丽)', '正文第一段，占比64 . 29%。', '',
  '高新区召开推介会', '正文第二篇。', '',
].join('\n');

function article(index: number, startLine: number, endLine: number, withByline: boolean): Article {
  return {
    index,
    headline: { text: index === 1 ? '聊城改革评估成绩全省第五' : '高新区召开推介会', startLine, endLine: startLine },
    kicker: null,
    subheadline: null,
    dateline: null,
    byline: withByline ? { text: '记者 谢晓丽', reporters: ['谢晓丽'], correspondents: [], authors: [], range: { start: 0, end: 0 }, startLine: startLine + 1, endLine: startLine + 1 } : null,
    captions: [],
    paragraphs: [{ text: '正文', startLine: endLine, endLine }],
    startLine,
    endLine,
  };
}

function fakeAnalysis(): PageAnalysis {
  const base = analyzePage(text);
  const roles: LineRole[] = ['furniture', 'blank', 'headline', 'byline', 'body', 'blank', 'headline', 'body', 'blank', 'blank'];
  const segmentation: PageSegmentation = { section: null, noise: [], roles, articles: [article(1, 2, 4, true), article(2, 6, 7, false)] };
  const broken = text.indexOf(' . ');
  const finding: Finding = { ruleId: 'broken-number', messageId: 'm', data: {}, range: { start: broken, end: broken + 3 }, severity: 'warning', fix: { range: { start: broken, end: broken + 3 }, text: '.' }, preferred: true };
  return { ...base, findings: [finding], segmentation };
}

describe('editor: outline', () => {
  it('has one node per article named by its headline, with its parts in line order', () => {
    const outline = buildOutline(fakeAnalysis().segmentation);
    assert.deepEqual(outline.map((n) => n.name), ['聊城改革评估成绩全省第五', '高新区召开推介会']);
    assert.deepEqual(outline[0].children.map((c) => c.kind), ['headline', 'byline', 'paragraph']);
    assert.deepEqual([outline[0].startLine, outline[0].endLine], [2, 4]);
  });

  it('names an article without a headline null, and folds only multi-line articles', () => {
    const segmentation = fakeAnalysis().segmentation;
    const headless: PageSegmentation = { ...segmentation, articles: [{ ...segmentation.articles[0], headline: null }, { ...segmentation.articles[1], startLine: 7, endLine: 7, headline: null }] };
    assert.equal(buildOutline(headless)[0].name, null);
    assert.deepEqual(articleFoldingSpans(headless), [{ startLine: 2, endLine: 4 }]);
    assert.deepEqual(buildOutline({ ...segmentation, articles: [] }), []);
  });

  it('shortens long names by whole code points', () => {
    assert.equal(shorten('𠀀𠀁𠀂𠀃', 2), '𠀀𠀁…');
    assert.equal(shorten(' 短 ', 5), '短');
  });
});

describe('editor: painted roles and boundaries', () => {
  it('spans the trimmed text of headline, byline and furniture lines only', () => {
    const analysis = fakeAnalysis();
    const spans = roleSpans(analysis.layout, analysis.segmentation.roles);
    assert.deepEqual(spans.map((s) => [s.line, s.role]), [[0, 'furniture'], [2, 'headline'], [3, 'byline'], [6, 'headline']]);
    assert.equal(spans[1].length, '聊城改革评估成绩全省第五'.length);
    assert.deepEqual(articleBoundaryLines(analysis.segmentation), [2, 6]);
  });
});

describe('editor: hover targets', () => {
  it('finds the broken number under the cursor and its repaired value', () => {
    const analysis = fakeAnalysis();
    const target = hoverTargetAt(analysis, text.indexOf(' . ') + 1);
    assert.ok(target && target.kind === 'number');
    assert.equal(target.original, '64 . 29%');
    assert.equal(target.repaired, '64.29%');
  });

  it('finds the byline on a byline line, and nothing on a body line without a finding', () => {
    const analysis = fakeAnalysis();
    const target = hoverTargetAt(analysis, text.indexOf('谢晓丽'));
    assert.ok(target && target.kind === 'byline');
    assert.deepEqual(target.byline.reporters, ['谢晓丽']);
    assert.equal(hoverTargetAt(analysis, text.indexOf('正文第二篇')), null);
  });

  it('does not call a fix to words a number repair', () => {
    const finding: Finding = { ruleId: 'x', messageId: 'm', data: {}, range: { start: 1, end: 2 }, severity: 'info', fix: { range: { start: 1, end: 2 }, text: '' }, preferred: true };
    assert.equal(repairedNumber('聊 城', finding), null);
  });

  it('maps offsets to lines, line breaks included', () => {
    const analysis = analyzePage('ab\r\ncd\n');
    assert.deepEqual([0, 2, 3, 4, 6, 7].map((o) => lineAt(analysis, o)), [0, 0, 0, 1, 1, 2]);
  });
});

describe('editor: page token spans', () => {
  it('paints byline names on a body line, and cuts the role span that meets them', () => {
    const page = ['本报聊城4月19日讯(记者', '谢晓丽 通讯员 苗素红) 日', '前，记者了解到。'].join('\n');
    const base = analyzePage(page);
    const roles: LineRole[] = ['dateline', 'body', 'body'];
    const byline = { text: '(记者 谢晓丽 通讯员 苗素红)', reporters: ['谢晓丽'], correspondents: ['苗素红'], authors: [], range: { start: 0, end: page.indexOf(' 日') }, startLine: 0, endLine: 1 };
    const segmentation: PageSegmentation = { section: null, noise: [], roles, articles: [{ ...article(1, 0, 2, false), headline: null, byline }] };
    const spans = pageTokenSpans({ ...base, segmentation });
    assert.deepEqual(spans.map((s) => [s.line, s.role, page.split('\n')[s.line].substr(s.startCharacter, s.length)]), [
      [0, 'dateline', '本报聊城4月19日讯(记者'],
      [1, 'byline', '谢晓丽 通讯员 苗素红)'],
    ]);
  });

  it('keeps spans sorted and apart when a byline shares a line with a dateline', () => {
    const page = '本报北京电（记者 张三）';
    const base = analyzePage(page);
    const byline = { text: '（记者 张三）', reporters: ['张三'], correspondents: [], authors: [], range: { start: 0, end: page.length }, startLine: 0, endLine: 0 };
    const segmentation: PageSegmentation = { section: null, noise: [], roles: ['dateline'], articles: [{ ...article(1, 0, 0, false), headline: null, byline }] };
    const spans = pageTokenSpans({ ...base, segmentation });
    assert.deepEqual(spans.map((s) => [s.role, page.substr(s.startCharacter, s.length)]), [['dateline', '本报北京电（记者 '], ['byline', '张三）']]);
  });
});

describe('editor: page views', () => {
  it('hold the outline and spans of a page with their line offset, and count them', () => {
    const analysis = fakeAnalysis();
    const part = viewPart(analysis, 100);
    assert.equal(part.lineOffset, 100);
    assert.deepEqual(part.outline.map((n) => n.startLine), [2, 6]);
    assert.deepEqual(viewSize({ parts: [part, part] }), { articles: 4, spans: 2 * part.spans.length });
    assert.deepEqual(pageViews(analysis).parts[0].spans, pageTokenSpans(analysis));
  });
});
