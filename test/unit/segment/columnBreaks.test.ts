// pdftotext prints a page column by column: a column ending on a finished paragraph is followed by whichever column
// the extractor reads next, often another article's. Each test is a small invented page.
import * as assert from 'node:assert/strict';
import { articlesOf } from './pages';

/** Paragraph texts of an article, joined. */
function textOf(article: { paragraphs: readonly { text: string }[] }): string {
  return article.paragraphs.map((p) => p.text).join('');
}

/** A column's lines: each paragraph wrapped at 14 characters, its first line indented by two. */
function column(...paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    out.push(`  ${paragraph.slice(0, 12)}`);
    for (let k = 12; k < paragraph.length; k += 14) out.push(paragraph.slice(k, k + 14));
  }
  return out;
}

/** Paragraphs of two invented articles, each in two parts. */
const orchard = [
  '今年山区果园的苹果喜获丰收，果农们忙着采摘苹果，果园里一片繁忙景象，山区果园的苹果个大味甜，果农们的收入比去年增加了不少。',
  '果农老李说，今年果园的苹果个大味甜，果园的苹果卖得很好，果农们对明年的苹果丰收充满信心，果园里的新品种苹果也挂果了。',
];
const orchardLater = [
  '山区果园的苹果还通过网络销往全国各地，果农们在果园里直播采摘苹果，山区苹果的名气越来越大，果园的苹果一直供不应求。',
  '果农们说，山区果园的苹果丰收靠的是科学管理，果园里装上了滴灌设施，苹果的品质一年比一年好，果农们的日子越过越红火。',
];
const railway = [
  '春运期间，车站迎来客流高峰，列车运行平稳有序，旅客们有序进站乘坐列车，车站增开临时列车，方便旅客们出行回家过年。',
  '列车上温暖如春，乘务员为旅客送上热水，车站为旅客准备了列车时刻表和候车座椅，旅客们纷纷点赞车站的贴心服务。',
];
const railwayLater = [
  '车站工作人员说，春运期间列车运行平稳，车站秩序井然，旅客们乘坐列车回家过年，车站还为旅客准备了热水和列车时刻表。',
  '车站值班站长说，今年春运车站客流比去年增加，车站增派人手引导旅客乘坐列车，列车正点率保持在较高水平，旅客出行更顺畅。',
];

describe('segment pdftotext column breaks', () => {
  // The extractor printed the orchard article's first column, then the railway article's second column, then the
  // orchard article's second column, then the railway article's title and first column. Each column ends on a
  // finished paragraph, and each opens an indented one.
  const page = [
    '某某日报 2019年10月28日 星期一',
    '',
    '山区果园苹果喜获丰收',
    '——某地果农科学种植增收致富',
    ...column(...orchard),
    '',
    ...column(...railwayLater),
    '',
    ...column(...orchardLater),
    '',
    '春运列车运行平稳有序',
    '——某地车站贴心服务温暖旅客',
    ...column(...railway),
  ].join('\n');

  it('joins a column ending on a finished paragraph to the opening that shares its article\'s words, not to the next one printed', () => {
    const articles = articlesOf(page);
    const first = articles.find((a) => a.headline?.text === '山区果园苹果喜获丰收');
    const second = articles.find((a) => a.headline?.text === '春运列车运行平稳有序');
    assert.ok(first && second);
    assert.match(textOf(first), /通过网络销往/);
    assert.doesNotMatch(textOf(first), /车站工作人员/);
    assert.match(textOf(second), /车站工作人员/);
  });

  it('leaves a column apart from the finished paragraph printed before it when they share no words, for its title to take', () => {
    // The orchard article's first column holds only its opening (no word about apples); its second column was printed
    // after the railway article. The titles' words place it.
    const short = [
      '  本报讯 记者近日来到一个村子',
      '采访，村里的干部群众热情地接待',
      '了记者一行。',
    ];
    const text = [
      '某某日报 2019年10月28日 星期一',
      '',
      '山区果园苹果喜获丰收',
      '——某地果农科学种植增收致富',
      ...short,
      '',
      '春运列车运行平稳有序',
      '——某地车站贴心服务温暖旅客',
      ...column(...railway, ...railwayLater),
      '',
      ...column(...orchard, ...orchardLater),
    ].join('\n');
    const articles = articlesOf(text);
    const first = articles.find((a) => a.headline?.text === '山区果园苹果喜获丰收');
    const second = articles.find((a) => a.headline?.text === '春运列车运行平稳有序');
    assert.ok(first && second);
    assert.match(textOf(first), /通过网络销往/);
    assert.doesNotMatch(textOf(second), /苹果/);
  });
});

describe('segment pdftotext titles at a column top', () => {
  it('takes a line of two parallel phrases of equal length over running text for the title under its kicker', () => {
    const text = [
      '某某日报 2019年10月5日 星期六',
      '',
      ...column(...railway),
      '',
      '某地果农科学种植苹果喜获丰收',
      '',
      '枝头挂满 果农欢笑',
      ...column(...orchard, ...orchardLater),
    ].join('\n');
    const articles = articlesOf(text);
    const first = articles.find((a) => a.headline?.text === '枝头挂满果农欢笑');
    assert.ok(first, articles.map((a) => a.headline?.text ?? '-').join(' | '));
    assert.equal(first.kicker?.text, '某地果农科学种植苹果喜获丰收');
    assert.doesNotMatch(textOf(first), /果农欢笑/);
  });

  it('does not take a sign-off pairing a place with a shorter name for a title', () => {
    const text = [
      '某某日报 2019年10月5日 星期六',
      '',
      '某地果农科学种植苹果喜获丰收',
      ...column(...orchard),
      '',
      '北京西城 张小明',
      ...column(...orchardLater),
    ].join('\n');
    const articles = articlesOf(text);
    assert.ok(articles.every((a) => a.headline?.text !== '北京西城张小明'));
  });
});
