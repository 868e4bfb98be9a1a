// Unit tests of the preview's view model: reading order, furniture, byline chips and issue counts per article.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePage } from '../../../src/core';
import type { Article, Finding, PageAnalysis, PageSegmentation } from '../../../src/core/model';
import { buildLayout, splitLines } from '../../../src/core/layout/layout';
import { articleAtLine, buildPreviewViewModel, lineOfOffset } from '../../../src/core/preview/viewModel';

const PAGE = [
  '找记者上壹点', // 0 masthead
  '要闻', // 1 section
  '城市新闻', // 2 kicker of article 2 (set before article 1 ends: interleaved)
  '第一篇标题', // 3
  '本报讯(记者 张三 通讯员 李四)', // 4
  '第一段正文。', // 5
  '第二段正文。', // 6
  '图为现场。', // 7 caption
  '第二篇标题', // 8
  '第二篇正文。', // 9
].join('\n');

function part(text: string, line: number, endLine = line) {
  return { text, startLine: line, endLine };
}

function article(overrides: Partial<Article> & Pick<Article, 'index' | 'startLine' | 'endLine'>): Article {
  return {
    headline: null, kicker: null, subheadline: null, dateline: null, byline: null, captions: [], paragraphs: [],
    ...overrides,
  };
}

function finding(start: number): Finding {
  return { ruleId: 'r', messageId: 'm', data: {}, range: { start, end: start + 1 }, severity: 'warning', preferred: false };
}

/** An analysis of PAGE with a hand-made segmentation, so the tests do not depend on the segmenter's current output. */
function analysisOf(segmentation: PageSegmentation, findings: Finding[] = []): PageAnalysis {
  return { text: PAGE, layout: buildLayout(PAGE, null), findings, segmentation };
}

const lineStart = (line: number) => splitLines(PAGE)[line].start;

const SEGMENTATION: PageSegmentation = {
  section: { text: '要闻', line: 1 },
  noise: [{ text: '找记者上壹点', kind: 'masthead', line: 0 }],
  roles: [],
  // Listed out of reading order on purpose: the view model sorts by index.
  articles: [
    article({ index: 2, startLine: 2, endLine: 9, kicker: part('城市新闻', 2), headline: part('第二篇标题', 8), paragraphs: [part('第二篇正文。', 9)] }),
    article({
      index: 1, startLine: 3, endLine: 7,
      headline: part('第一篇标题', 3),
      dateline: { text: '本报讯', place: null, date: null, startLine: 4, endLine: 4 },
      byline: { text: '(记者 张三 通讯员 李四)', reporters: ['张三'], correspondents: ['李四'], authors: ['王五'], range: { start: 0, end: 1 }, startLine: 4, endLine: 4 },
      paragraphs: [part('第一段正文。', 5), part('第二段正文。', 6)],
      captions: [part('图为现场。', 7)],
    }),
  ],
};

describe('preview view model', () => {
  it('shows nothing for an empty page', () => {
    const model = buildPreviewViewModel(analyzePage(''));
    assert.deepEqual(model.articles, []);
    assert.deepEqual(model.furniture, []);
    assert.equal(model.totalIssues, 0);
  });

  it('orders articles by their reading-order index', () => {
    const model = buildPreviewViewModel(analysisOf(SEGMENTATION));
    assert.deepEqual(model.articles.map((a) => a.headline), ['第一篇标题', '第二篇标题']);
  });

  it('orders the blocks of an article: kicker, headline, dateline, byline, paragraphs, captions', () => {
    const model = buildPreviewViewModel(analysisOf(SEGMENTATION));
    assert.deepEqual(model.articles[0].blocks.map((b) => b.kind), ['headline', 'dateline', 'byline', 'paragraph', 'paragraph', 'caption']);
    assert.deepEqual(model.articles[1].blocks.map((b) => b.kind), ['kicker', 'headline', 'paragraph']);
    assert.deepEqual(model.articles[0].blocks.map((b) => b.startLine), [3, 4, 4, 5, 6, 7]);
  });

  it('turns the byline into chips, reporters first, each with its role', () => {
    const byline = buildPreviewViewModel(analysisOf(SEGMENTATION)).articles[0].blocks.find((b) => b.kind === 'byline');
    assert.deepEqual(byline?.credits, [
      { role: 'reporter', name: '张三' }, { role: 'correspondent', name: '李四' }, { role: 'author', name: '王五' },
    ]);
  });

  it('puts the section label and noise apart as furniture, in source order, the section once', () => {
    const withSectionAsNoise: PageSegmentation = { ...SEGMENTATION, noise: [...SEGMENTATION.noise, { text: '要闻', kind: 'section', line: 1 }] };
    for (const segmentation of [SEGMENTATION, withSectionAsNoise]) {
      const model = buildPreviewViewModel(analysisOf(segmentation));
      assert.deepEqual(model.furniture, [{ kind: 'masthead', text: '找记者上壹点', line: 0 }, { kind: 'section', text: '要闻', line: 1 }]);
    }
  });

  it('drops empty parts instead of showing blank blocks', () => {
    const segmentation: PageSegmentation = {
      ...SEGMENTATION,
      articles: [article({ index: 1, startLine: 3, endLine: 5, headline: part('  ', 3), paragraphs: [part('', 4), part('正文', 5)] })],
    };
    const model = buildPreviewViewModel(analysisOf(segmentation));
    assert.deepEqual(model.articles[0].blocks.map((b) => b.kind), ['paragraph']);
    assert.equal(model.articles[0].headline, '  ');
  });

  it('counts each finding once, for the article with a block on its line, and those outside every article', () => {
    const findings = [finding(lineStart(0)), finding(lineStart(5) + 2), finding(lineStart(7)), finding(lineStart(9) + 1), finding(lineStart(2))];
    const model = buildPreviewViewModel(analysisOf(SEGMENTATION, findings));
    // Lines 5 and 7 lie in both spans (interleaved columns) but hold blocks of article 1 only.
    assert.equal(model.articles[0].openIssues, 2);
    assert.equal(model.articles[1].openIssues, 2);
    assert.equal(model.issuesOutsideArticles, 1);
    assert.equal(model.totalIssues, 5);
  });

  it('finds the article under a source line, preferring the one with a block on it', () => {
    const model = buildPreviewViewModel(analysisOf(SEGMENTATION));
    assert.equal(articleAtLine(model, 2)?.index, 2);
    assert.equal(articleAtLine(model, 5)?.index, 1);
    assert.equal(articleAtLine(model, 8)?.index, 2);
    assert.equal(articleAtLine(model, 0), null);
    assert.equal(articleAtLine(model, 1), null);
  });

  it('maps offsets to lines across CRLF and at both ends', () => {
    const lines = splitLines('ab\r\ncd\n\nef');
    assert.deepEqual([0, 1, 2, 4, 5, 6, 7, 8, 10, 99].map((o) => lineOfOffset(lines, o)), [0, 0, 0, 1, 1, 1, 2, 3, 3, 3]);
    assert.equal(lineOfOffset([], 5), 0);
  });

  it('keeps every paragraph of the seed page, in order, whatever the segmenter decides', function () {
    const seed = path.resolve(__dirname, '../../../../samples/page-01.txt');
    const analysis = analyzePage(fs.readFileSync(seed, 'utf8'));
    const model = buildPreviewViewModel(analysis);
    assert.equal(model.articles.length, analysis.segmentation.articles.length);
    analysis.segmentation.articles.forEach((source, i) => {
      const shown = model.articles.find((a) => a.index === source.index);
      assert.ok(shown, `article ${source.index} is shown`);
      const paragraphs = shown.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
      assert.deepEqual(paragraphs, source.paragraphs.map((p) => p.text).filter((t) => t.trim() !== ''), `article ${i + 1}`);
    });
    assert.equal(model.lineCount, analysis.layout.lines.length);
  });
});
