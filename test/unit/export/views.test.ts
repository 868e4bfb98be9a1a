// The export views of the page JSON (JSON Lines, Markdown, plain text), their file names, and "keep both" names.
import * as assert from 'node:assert/strict';
import type { PageJson, PageJsonArticle } from '../../../src/core/export/pageJson';
import { pageJsonText } from '../../../src/core/export/pageJson';
import { isOwnEarlierExport, renderPage } from '../../../src/core/export/exportPage';
import { stemOf, uniqueStem } from '../../../src/core/export/naming';
import { escapeMarkdown, exportFileNames, pageJsonToText, renderExport, toJsonLines, toMarkdown, toPlainText } from '../../../src/core/export/views';
import { analyzePage } from '../../../src/core/analyze';

function article(index: number, overrides: Partial<PageJsonArticle> = {}): PageJsonArticle {
  return {
    index, headline: `标题${index}`, kicker: null, subheadline: null, dateline: null, byline: null,
    reporters: [], correspondents: [], authors: [], captions: [], paragraphs: [`正文${index}第一段。`, `正文${index}第二段。`],
    lines: { start: index * 10, end: index * 10 + 5 }, ...overrides,
  };
}

const page: PageJson = {
  source: 'page-07.txt',
  section: '要闻',
  noise: [{ text: '人民日报 2020年1月15日 第6版', kind: 'page-header', line: 1 }],
  articles: [
    article(1, {
      kicker: '引题', subheadline: '副题', byline: '(记者 谢晓丽)', reporters: ['谢晓丽'],
      dateline: { text: '本报聊城4月19日讯', place: '聊城', date: '4月19日' }, captions: ['图为现场。袁建兵摄'],
    }),
    article(2, { headline: null }),
  ],
};

describe('export views', () => {
  it('writes page JSON with the same bytes as the contract function', () => {
    const analysis = analyzePage('标题\n\n正文第一行\n第二行。\n');
    const rendered = renderPage(analysis, 'x.txt', 'x', 'json');
    assert.equal(rendered.files.length, 1);
    assert.equal(rendered.files[0].name, 'x.json');
    assert.equal(rendered.files[0].text, pageJsonText(analysis, 'x.txt'));
    assert.deepEqual(JSON.parse(pageJsonToText(page)), page);
  });

  it('puts one article per JSON line with page, source and section', () => {
    const lines = toJsonLines(page, 'page-07').split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[2], '');
    const first = JSON.parse(lines[0]);
    assert.equal(first.page, 'page-07');
    assert.equal(first.source, 'page-07.txt');
    assert.equal(first.section, '要闻');
    assert.deepEqual({ ...first, page: undefined, source: undefined, section: undefined }, { ...page.articles[0], page: undefined, source: undefined, section: undefined });
    assert.equal(toJsonLines({ ...page, articles: [] }, 'p'), '');
  });

  it('renders Markdown with one section per article and every text field', () => {
    const md = toMarkdown(page);
    assert.match(md, /^# 要闻\n\nSource: page-07\.txt\n/);
    assert.match(md, /\*引题\*\n\n## 标题1\n\n\*\*副题\*\*\n\n\*本报聊城4月19日讯\(记者 谢晓丽\)\*\n\n正文1第一段。\n\n正文1第二段。\n\n> 图为现场。袁建兵摄\n/);
    assert.match(md, /## Article 2\n\n正文2第一段。/);
    assert.equal(md.match(/^## /gm)?.length, 2);
  });

  it('escapes Markdown markup in the text', () => {
    assert.equal(escapeMarkdown('a*b_c'), 'a\\*b\\_c');
    assert.equal(escapeMarkdown('# 不是标题'), '\\# 不是标题');
    assert.equal(escapeMarkdown('1. 不是列表'), '\\1. 不是列表');
    assert.equal(escapeMarkdown('> 引'), '\\> 引');
  });

  it('writes an article as plain text: title block, credit and one paragraph per line, captions', () => {
    assert.equal(toPlainText(page.articles[0]), '引题\n标题1\n副题\n\n本报聊城4月19日讯(记者 谢晓丽)\n正文1第一段。\n正文1第二段。\n\n图为现场。袁建兵摄\n');
    assert.equal(toPlainText(page.articles[1]), '正文2第一段。\n正文2第二段。\n');
    assert.match(toPlainText({ ...page.articles[1], byline: '记者 王鑫', dateline: { text: '新华社北京1月14日电', place: '北京', date: '1月14日' } }), /^新华社北京1月14日电 记者 王鑫\n/);
  });

  it('names the files of each format', () => {
    assert.deepEqual(renderExport(page, 'txt', 'page-07').map((f) => f.name), ['page-07-01.txt', 'page-07-02.txt']);
    assert.deepEqual(renderExport(page, 'md', 'page-07').map((f) => f.name), ['page-07.md']);
    assert.deepEqual(renderExport(page, 'jsonl', 'page-07').map((f) => f.name), ['page-07.jsonl']);
    assert.deepEqual(exportFileNames('txt', 'p', Array.from({ length: 120 }, (_, i) => i + 1)).slice(0, 1), ['p-001.txt']);
    assert.deepEqual(renderExport({ ...page, articles: [] }, 'txt', 'p'), []);
  });

  it('takes the stem from the file name', () => {
    assert.equal(stemOf('/a/b/page-01.txt'), 'page-01');
    assert.equal(stemOf('C:\\dumps\\a.dump.txt'), 'a.dump');
    assert.equal(stemOf('README'), 'README');
    assert.equal(stemOf('.hidden'), '.hidden');
  });

  it('finds a "keep both" stem that is free for every file of the page', () => {
    const taken = new Set(['p-01.txt', 'p (2)-02.txt']);
    const names = (stem: string) => [`${stem}-01.txt`, `${stem}-02.txt`];
    assert.equal(uniqueStem('p', names, (n) => taken.has(n)), 'p (3)');
    assert.equal(uniqueStem('q', names, (n) => taken.has(n)), 'q');
  });

  it('recognises its own earlier export of the same source, and nothing else', () => {
    for (const format of ['json', 'jsonl', 'md'] as const) {
      const text = renderExport(page, format, 'page-07')[0].text;
      assert.equal(isOwnEarlierExport(format, text, 'page-07.txt'), true, format);
      assert.equal(isOwnEarlierExport(format, text, 'other.txt'), false, format);
      assert.equal(isOwnEarlierExport(format, 'my notes\n', 'page-07.txt'), false, format);
    }
    assert.equal(isOwnEarlierExport('txt', toPlainText(page.articles[0]), 'page-07.txt'), false);
  });
});
