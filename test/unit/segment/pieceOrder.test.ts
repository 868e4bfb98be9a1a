// Reading order of body pieces the extractor printed out of order (pdfminer prints text boxes, not reading order).
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';

function bodies(text: string): { headline: string | null; body: string[] }[] {
  return analyzePage(text).segmentation.articles.map((a) => ({ headline: a.headline?.text ?? null, body: a.paragraphs.map((p) => p.text) }));
}

describe('segment piece order', () => {
  it('joins the one sentence left open on the page to the one continuation left without its start', () => {
    const page = [
      '寒潮席卷北方多地城市',
      '',
      '称为“此次寒潮的中心地带”，该',
      '市气温甚至比极地部分地区还低。',
      '当地学校全部停课两天，公交车乘',
      '客数量寥寥无几，行人稀少。',
      '',
      '交通也陷入瘫痪，航班大量取',
      '消，铁路部门暂停部分列车运行，',
      '旅客滞留在车站和机场等待消息。',
      '',
      '（本报记者 王小明）',
      '',
      '核心阅读',
      '从本月初开始，一股强大寒流',
      '席卷北方多个省份，大部分地区出',
      '现零下二十摄氏度以下低温天气，',
      '受影响人口超过一亿人。',
      '',
      '气象部门公布的数据显示，多',
      '地气温创下近年来最低纪录，河湖',
      '出现大面积结冰，供暖压力增大。',
      '',
      '电视新闻节目将这座北方城市',
      '',
      '科技创新助力乡村振兴发展',
      '',
      '本报南京2月1日电 近日，一场',
      '主题为科技下乡的活动在江苏举行，',
      '来自高校的专家为农民讲解种植技',
      '术，受到村民们的热烈欢迎和好评。',
    ].join('\n');
    const article = bodies(page).find((a) => a.headline === '寒潮席卷北方多地城市');
    assert.ok(article, 'the title heads an article');
    assert.ok(article.body.some((p) => p.startsWith('电视新闻节目将这座北方城市称为“此次寒潮的中心地带”')),
      `one paragraph holds both halves of the sentence: ${JSON.stringify(article.body)}`);
  });

  it('reads a chain round from a one-line paragraph opening printed after the text it leads into', () => {
    const page = [
      '南派舞狮技艺代代相传',
      '',
      '作为当地民间艺术最早走入竞',
      '技体育领域的掌门人，他心里始终',
      '有自己的一杆秤，坚持传统技艺。',
      '',
      '联合会考核批准，他成为了国际级',
      '运动裁判员，也成了省内为数不多',
      '集制作、表演、裁判为一体的人。',
      '',
      '如今，他在家乡一手创建的传',
      '承基地，弟子已超过七百名，不仅',
      '为传承发展打下了坚实的基础。',
      '',
      '二〇〇九年，经国际龙狮运动',
      '',
      '科技创新助力乡村振兴发展',
      '',
      '本报南京2月1日电 近日，一场',
      '主题为科技下乡的活动在江苏举行，',
      '来自高校的专家为农民讲解种植技',
      '术，受到村民们的热烈欢迎和好评。',
    ].join('\n');
    const article = bodies(page).find((a) => a.headline === '南派舞狮技艺代代相传');
    assert.ok(article, 'the title heads an article');
    assert.equal(article.body.length, 3);
    assert.match(article.body[1], /^二〇〇九年，经国际龙狮运动联合会考核批准/);
    assert.match(article.body[2], /^如今，他在家乡/);
  });
});
