// Credits (bylines, closing datelines) as narrow columns print them: wrapped over lines, set under a title, and the
// names in them. Each page is a small invented one, laid out the way an extractor prints it.
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';
import { matchTrailingCreditLines, parseCredit } from '../../../src/core/segment/roles/byline';
import { looksLikeName } from '../../../src/core/segment/roles/names';

function articlesOf(text: string) {
  return analyzePage(text).segmentation.articles;
}

describe('segment credits', () => {
  it('knows less frequent surnames (洪, 暨, 赖) but not a bracketed place word', () => {
    for (const name of ['洪小雨', '暨明', '赖文清']) assert.ok(looksLikeName(name), name);
    assert.deepEqual(parseCredit('本报记者 洪小雨、暨明')?.reporters, ['洪小雨', '暨明']);
    assert.equal(parseCredit('山东省'), null);
  });

  it('reads a closing credit wrapped over several lines, names broken at the line ends', () => {
    const m = matchTrailingCreditLines(['大家都说好。（本报记者王小明、朱', '丽、马大成、钱', '多多）']);
    assert.ok(m);
    assert.equal(m.line, 0);
    assert.equal(m.offset, '大家都说好。'.length);
    assert.deepEqual(m.parsed.reporters, ['王小明', '朱丽', '马大成', '钱多多']);
    assert.equal(matchTrailingCreditLines(['他说（这是', '一句话）']), null);
    assert.equal(matchTrailingCreditLines(['没有括号的一行', '又一行。']), null);
  });

  it('cuts a wrapped closing credit off the last paragraph and keeps every name', () => {
    const page = [
      '秋收时节的新画面',
      '',
      '秋收时节，田野里到处是忙碌',
      '的身影，合作社的收割机来回穿',
      '梭，村民们脸上都挂着笑容。',
      '',
      '合作社负责人说，今年的收成',
      '比去年好，大家的干劲更足了。',
      '（本报记者王小明、朱',
      '丽、马大成、钱',
      '多多）',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text === '秋收时节的新画面');
    assert.ok(article, 'the title heads an article');
    assert.deepEqual(article.byline?.reporters, ['王小明', '朱丽', '马大成', '钱多多']);
    assert.match(article.paragraphs[article.paragraphs.length - 1].text, /干劲更足了。$/);
  });

  it('reads a closing bracket with dateline and credit over three lines', () => {
    const page = [
      '新的剧目陆续上演',
      '',
      '各地剧团带着新排的剧目走进',
      '乡村，观众们看得津津有味。',
      '“演给乡亲们看，我们心里踏实。”',
      '团长说。',
      '（据新华社北京5月6日电 记',
      '者王小明、朱丽、马大成、钱',
      '多多）',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text === '新的剧目陆续上演');
    assert.ok(article, 'the title heads an article');
    assert.equal(article.dateline?.text, '据新华社北京5月6日电');
    assert.deepEqual(article.byline?.reporters, ['王小明', '朱丽', '马大成', '钱多多']);
    assert.match(article.paragraphs[article.paragraphs.length - 1].text, /团长说。$/);
  });

  it('gives a credit line set between a title and a body to the article below it', () => {
    const page = [
      '老城区的老街巷焕发出新的活力',
      '',
      '老城区的街巷不宽，却处处有',
      '故事，游客们走走停停，拍照留',
      '念，说这里的味道最地道。',
      '（本报记者 赵一）',
      '',
      '新城区以高质量发展擎起城市建设新画卷',
      '',
      '本报记者 王小明 钱多多',
      '这几年，新城区的道路宽了，公',
      '园多了，居民的生活越来越方便',
      '，大家的日子越过越红火。',
    ].join('\n');
    const articles = articlesOf(page);
    const article = articles.find((a) => a.headline?.text === '新城区以高质量发展擎起城市建设新画卷');
    assert.ok(article, 'the title heads an article');
    assert.deepEqual(article.byline?.reporters, ['王小明', '钱多多']);
    assert.deepEqual(articles.find((a) => a !== article)?.byline?.reporters, ['赵一']);
  });

  it('takes a two-character line standing alone right after a closing credit for a title', () => {
    const page = [
      '新的剧目陆续上演',
      '',
      '各地剧团带着新排的剧目走进',
      '乡村，观众们看得津津有味。',
      '（本报记者 王小明）',
      '',
      '跳绳',
      '',
      '5月5日，一所乡村小学举行运',
      '动会。图为跳绳比赛进行中。',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text === '跳绳');
    assert.ok(article, 'the short line heads an article');
    assert.match(article.paragraphs[0].text, /^5月5日，一所乡村小学/);
  });
});
