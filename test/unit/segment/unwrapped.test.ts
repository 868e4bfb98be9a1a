// Text not hard-wrapped (clean copy, one paragraph to a line): the page is one article and every line a paragraph.
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';
import { buildLayout } from '../../../src/core/layout/layout';
import type { LineRole } from '../../../src/core/model';
import { isParagraphPerLine } from '../../../src/core/segment/page/columns';
import { compactWidth } from '../../../src/core/segment/page/text';

const ARTICLE = [
  '初春时节，记者走进南方一座山村，只见梯田层层叠叠，新修的水渠绕着山腰一路延伸，村民们正忙着翻土备耕，田间地头一派繁忙景象。',
  '“过去靠天吃饭，现在有了水渠，心里踏实多了。”村民老周一边说，一边把锄头扛上肩。',
  '修渠引水解难题',
  '村子地处半山腰，过去一到旱季，田里就缺水。村干部带着大家反复勘察，最终选定了一条从山顶水库引水的线路，前后用了两年时间才把水渠修通。',
  '水渠修好了，问题也随之而来。',
  '谁来管护、费用怎么出，村里召开了好几次村民大会，最后定下了轮流巡渠的办法，每户每月出一天工。',
  '产业兴旺添后劲',
  '有了水，村里开始琢磨种什么。',
  '一是扩大茶园面积',
  '二是发展林下养殖',
  '三是办起农家乐',
  '去年，全村人均收入比前年增加了三成多，外出打工的年轻人也陆续回来了好几个，村里的小学又热闹起来。',
  '说起今后的打算，老周笑着说：“日子有奔头，干活就有劲头。”',
];

function articlesOf(text: string) {
  return analyzePage(text).segmentation;
}

describe('segment text set one paragraph to a line', () => {
  it('keeps an article with intertitles, one-sentence paragraphs and list items whole, one line to a paragraph', () => {
    const seg = articlesOf(ARTICLE.join('\n') + '\n');
    assert.equal(seg.articles.length, 1);
    const article = seg.articles[0];
    assert.equal(article.headline, null, 'the page opens with running text, not a title');
    assert.deepEqual(article.paragraphs.map((p) => p.text), ARTICLE);
    assert.deepEqual(seg.noise, []);
  });

  it('keeps the article whole when blank lines part its paragraphs, a repeated sentence included', () => {
    const paragraphs = [...ARTICLE, ARTICLE[4]];
    const seg = articlesOf(paragraphs.join('\n\n') + '\n');
    assert.equal(seg.articles.length, 1);
    assert.equal(seg.articles[0].headline, null);
    assert.deepEqual(seg.articles[0].captions, []);
    assert.deepEqual(seg.articles[0].paragraphs.map((p) => p.text), paragraphs);
    assert.deepEqual(seg.noise, []);
  });

  it('takes a title line the page opens with for the headline', () => {
    const seg = articlesOf(['山村引来幸福水', ...ARTICLE].join('\n') + '\n');
    assert.equal(seg.articles.length, 1);
    assert.equal(seg.articles[0].headline?.text, '山村引来幸福水');
    assert.deepEqual(seg.articles[0].paragraphs.map((p) => p.text), ARTICLE);
  });

  it('keeps a list of short unpunctuated items after one long unwrapped paragraph as body, not as titles or noise', () => {
    const page = [
      '春耕时节，各地农业部门组织技术人员深入田间地头，帮助农户解决生产中遇到的实际困难，一批好经验好做法在实践中不断涌现，为全年粮食丰收打下了坚实基础。以下是部分地方的典型做法：',
      '东山县农技站送技术下乡服务春耕生产',
      '西河镇合作社统一育秧降低种植成本',
      '南湖区推广节水灌溉助力稳产增收',
      '北岭乡开办田间学校培养新型农民',
      '清溪村建设智慧农场提高管理水平',
    ];
    const seg = articlesOf(page.join('\n') + '\n');
    assert.equal(seg.articles.length, 1);
    assert.deepEqual(seg.articles[0].paragraphs.map((p) => p.text), page);
    assert.deepEqual(seg.noise, []);
  });

  it('takes an opening title over a lead line of running text that finishes no sentence', () => {
    const lead = '稳住生产基本盘，守好群众菜篮子';
    const seg = articlesOf(['山村引来幸福水', lead, ...ARTICLE].join('\n') + '\n');
    assert.equal(seg.articles.length, 1);
    assert.equal(seg.articles[0].headline?.text, '山村引来幸福水');
    assert.deepEqual(seg.articles[0].paragraphs.map((p) => p.text), [lead, ...ARTICLE]);
  });

  it('starts a new article at a title block right after a closing credit, and at no intertitle', () => {
    const second = ['城里老街换新颜', '老街改造完工后，沿街的店铺陆续开张，前来游玩的市民和游客络绎不绝，老街重新热闹起来。', '改造前后',
      '过去的老街路面坑洼，电线杂乱，如今管线全部入地，青石板路平整干净，两旁的老房子也修旧如旧。'];
    const seg = articlesOf([...ARTICLE, '（本报记者 李明）', ...second].join('\n') + '\n');
    assert.equal(seg.articles.length, 2);
    assert.deepEqual(seg.articles[0].paragraphs.map((p) => p.text), ARTICLE);
    assert.equal(seg.articles[1].headline?.text, '城里老街换新颜');
    assert.deepEqual(seg.articles[1].paragraphs.map((p) => p.text), second.slice(1));
  });

  it('tells a page of unwrapped paragraphs from a hard-wrapped column', () => {
    const asPage = (texts: readonly string[]) => {
      const lines = buildLayout(texts.join('\n'), null).lines;
      const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
      return isParagraphPerLine(lines, roles, lines.map((l) => compactWidth(l.text)));
    };
    assert.equal(asPage(ARTICLE), true);
    const wrapped = ARTICLE.slice(0, 6).join('').match(/.{1,13}/g) ?? [];
    assert.equal(asPage(wrapped), false);
    // Short paragraphs in a narrow column finish a sentence on every other line, yet their full lines share one width.
    const briefs = ARTICLE.filter((t) => t.length >= 20).flatMap((t) => [t.slice(0, 13), t.slice(13, 20) + '。']);
    assert.equal(asPage(briefs), false);
  });
});
