// Titles set at a column top over text carried on from elsewhere, in dumps whose blank lines part text boxes
// (pdfminer): the text below the title continues the title's own article, whose opening was printed earlier.
import * as assert from 'node:assert/strict';
import { columnTopTitles } from '../../../src/core/segment/titles/columnTopTitles';
import type { LineRole } from '../../../src/core/model';
import { compactWidth } from '../../../src/core/segment/page/text';
import { articlesOf, pageLines } from './pages';

/** A page in boxes: the dateline article's opening, a finished article, then a title over the first one's continuation. */
function page(title: string, below: readonly string[]): string {
  return [
    '本报上海3月2日电 记者从市',
    '气象局获悉：今年春季全市平均',
    '气温比常年同期偏高一度，降水',
    '量比常年同期偏多两成，其中浦',
    '东新区的降水量为有记录以来同',
    '',
    '城市公园迎来赏花季',
    '',
    '连日来，本市各大公园的',
    '樱花、桃花陆续开放，吸引',
    '众多市民前来游览拍照。',
    '',
    '园方提醒游客文明赏花，',
    '不要攀折花枝，爱护公园',
    '里的一草一木。',
    '',
    title,
    '',
    ...below,
  ].join('\n');
}
const CONTINUATION = ['期最多。专家表示，气温偏高和', '降水偏多与今春暖湿气流活跃有', '关，市民出行注意防范。'];

describe('segment column-top titles', () => {
  it('takes a short line over text carried on from elsewhere for the title of the article that text continues', () => {
    const articles = articlesOf(page('今春气温偏高降水偏多', CONTINUATION));
    const weather = articles.find((a) => a.headline?.text === '今春气温偏高降水偏多');
    assert.ok(weather, JSON.stringify(articles.map((a) => a.headline?.text)));
    assert.equal(weather.dateline?.text, '本报上海3月2日电');
    const body = weather.paragraphs.map((p) => p.text).join('');
    assert.match(body, /有记录以来同期最多。专家表示/, 'the continuation below the title carries on the open sentence');
    const park = articles.find((a) => a.headline?.text === '城市公园迎来赏花季');
    assert.ok(park && !park.paragraphs.some((p) => p.text.includes('专家表示')), 'the other article keeps its own text');
  });

  it('cuts the opening article where a guessed link carried its open sentence on into another article', () => {
    const text = [
      '城市公园迎来赏花季',
      '',
      '连日来，本市各大公园里的',
      '玉兰花、海棠花争相开放。',
      '',
      '园方提醒游客文明赏花，',
      '不要攀折花枝，爱护公园里的',
      '',
      '本报上海3月2日电 记者从市',
      '气象局获悉：今年春季全市平均',
      '气温比常年同期偏高一度，降水',
      '量比常年同期偏多两成，其中浦',
      '东新区的降水量为有记录以来同',
      '',
      '一草一木。樱花、桃花正陆续开',
      '放，吸引市民前来公园游览。',
      '',
      '今春气温偏高降水偏多',
      '',
      ...CONTINUATION,
      '',
      '本市将于下月举办春季运动会，',
      '届时全市各区代表队将齐聚体育',
    ].join('\n');
    const articles = articlesOf(text);
    const weather = articles.find((a) => a.headline?.text === '今春气温偏高降水偏多');
    assert.ok(weather, JSON.stringify(articles.map((a) => a.headline?.text)));
    const body = weather.paragraphs.map((p) => p.text).join('');
    assert.equal(weather.dateline?.text, '本报上海3月2日电');
    assert.ok(weather.paragraphs.some((p) => /有记录以来同期最多。/.test(p.text)), 'one paragraph across the title');
    assert.ok(!body.includes('樱花'), body);
    const park = articles.find((a) => a.headline?.text === '城市公园迎来赏花季');
    assert.match(park?.paragraphs.map((p) => p.text).join('') ?? '', /樱花、桃花正陆续开放/);
  });

  it('reads no title into a short line carrying on the open line above in mid-word (`…制造` / `有限公司`)', () => {
    for (const source of ['资料来源：东方机械制造', '资料来源：东方重型机械制造']) {
      const text = [
        '前一篇文章的正文写到这里，本段',
        '最后一句话到此结束，全文完。',
        '',
        source,
        '',
        '有限公司',
        '',
        '本报上海3月2日讯 记者王明报',
        '道：东方机械制造有限公司成立于',
        '二〇〇〇年，是一家生产农业机械',
        '的企业，产品销往全国各地。',
      ].join('\n');
      const titles = articlesOf(text).map((a) => a.headline?.text);
      assert.ok(!titles.includes('有限公司'), `${source}: ${JSON.stringify(titles)}`);
    }
  });

  it('leaves an intertitle over a paragraph opening, and an opening line broken off mid-word, in the body', () => {
    const texts = [
      '前一篇文章写到这里，本段的',
      '最后一句话到此结束，全文完。',
      '',
      '发展特色产业增收致富',
      '',
      '去年以来，村里引进了一家',
      '食品加工企业，带动两百多户',
      '',
      '村民在家门口就业增收。',
      '',
      '本市各区推进垃圾分类改',
      '',
      '革，居民参与率明显提升。垃圾',
      '分类改革让城市更加整洁有序。',
    ];
    const lines = pageLines(texts);
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    const widths = texts.map((t) => compactWidth(t));
    const found = columnTopTitles(lines, roles, widths, widths.map(() => 28), new Set());
    assert.deepEqual(found, [], 'the intertitle heads an indented opening; `改` and `革` make a word the page uses elsewhere');
  });

  it('finds a two-line title after furniture and a title wholly one quotation', () => {
    const texts = ['（下转第2版）', '', '今春气温偏高', '多地降水偏多', '', '期最多。专家表示，气温偏高。', '', '“城里安了家，就在这过年”', '', '于多年前来到城市的农民工而言，'];
    const lines = pageLines(texts);
    const roles: LineRole[] = lines.map((l, i) => (l.blank ? 'blank' : i === 0 ? 'furniture' : 'body'));
    const widths = texts.map((t) => compactWidth(t));
    const found = columnTopTitles(lines, roles, widths, widths.map(() => 28), new Set());
    assert.deepEqual(found.map((t) => t.lines), [[2, 3], [7]]);
    assert.deepEqual(found.map((t) => t.below), [5, 9]);
  });
});
