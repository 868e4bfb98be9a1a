// Layout cues of pdftotext's default (layout-less) output: blank lines only at column and box breaks, paragraphs
// shown by an indented (narrower) first line, titles by their width and shape. Each test is a small invented page.
import * as assert from 'node:assert/strict';
import { buildLayout } from '../../../src/core/layout/layout';
import type { LineRole } from '../../../src/core/model';
import { attachHeadlines, chainSimilarity } from '../../../src/core/segment/titles/attach';
import { mergeOrphans, withTitles } from '../../../src/core/segment/links/chains';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { buildPieces, linkPieces } from '../../../src/core/segment/links/pieces';
import { compactWidth } from '../../../src/core/segment/page/text';
import { headlineBlocks, headlineParts } from '../../../src/core/segment/titles/blocks';
import { articlesOf, pageLines } from './pages';

describe('segment pdftotext cues', () => {
  it('takes a line with a comma, set off the column measure over a `——` subheadline, for a title', () => {
    const page = [
      '某某日报 2019年10月14日 星期一',
      '',
      '春风吹进山村，孩子们笑开了颜',
      '——各地学校开展新学期主题活动',
      '10月13日是新学期开学后的第',
      '一个周末。连日来，各地学校开展',
      '形式多样的主题活动，通过讲故事',
      '、唱歌曲、做游戏等形式，表达对',
      '新学期的期待与心声。',
      '在北京、河南、湖北等地，',
      '孩子们走进田野，感受丰收的喜悦',
      '，体会劳动的光荣与快乐。',
    ].join('\n');
    const [article] = articlesOf(page);
    assert.equal(article.headline?.text, '春风吹进山村，孩子们笑开了颜');
    assert.equal(article.subheadline?.text, '——各地学校开展新学期主题活动');
    assert.match(article.paragraphs[0].text, /^10月13日是新学期/);
  });
});

describe('segment pdftotext intertitles', () => {
  const page = (intertitle: string) => [
    '某某日报 2019年10月28日 星期一',
    '',
    '山区果园迎来丰收好时节',
    '本报讯 今年山区果农种植的苹果',
    '喜获丰收，果农们忙着采摘苹果，',
    '装箱外运，山区果园里一片繁忙景',
    '象，处处洋溢着丰收的喜悦之情。',
    '果农老李笑得合不拢嘴。',
    intertitle,
    '记者走进果园看到，果农们',
    '正在树下分拣苹果，一筐筐红彤彤',
    '的苹果整齐地码放在路边，等待运',
    '往城里的超市和水果批发市场中。',
  ].join('\n');

  it('keeps a short unpunctuated line between a finished paragraph and an opening as a paragraph of its own', () => {
    const [article] = articlesOf(page('科技帮助果农拓宽销路'));
    const texts = article.paragraphs.map((p) => p.text);
    assert.ok(texts.includes('科技帮助果农拓宽销路'), texts.join(' / '));
    assert.match(texts[texts.length - 1], /^记者走进果园看到/);
  });

  it('reads a line as long as an indented opening as the start of the next paragraph', () => {
    const [article] = articlesOf(page('果农们都说今年的苹果比往年'));
    const texts = article.paragraphs.map((p) => p.text);
    assert.match(texts[texts.length - 1], /^果农们都说今年的苹果比往年记者走进果园看到/);
  });
});

describe('segment pdftotext titles at a column top', () => {
  const twoArticles = (columnTop: string) => [
      '某某日报 2019年10月28日 星期一',
      '',
      '城市公园迎来赏秋游客',
      '国庆假期以来，城市公园迎来',
      '大批赏秋游客，公园里游人如织，',
      '游客们赏花观景，尽享假日时光，',
      '处处欢声笑语。公园管理处说：“',
      '今年城市公园的游客比往年多了不',
      '少。城市公园的游客比去年同期多',
      '年多了不少。”',
      '',
      columnTop,
      '“国庆假期城市公园游客',
      '多。”城市公园的游客说，国庆假',
      '期以来，城市公园迎来大批赏秋游',
      '客，城市公园的秋天景色十分迷人',
      '。',
      '（本报某地10月27日电）',
      '',
      '本报某县10月27日电 近日，',
      '山村小学新添了一间图书阅览室，',
      '阅览室里摆满了新图书，孩子们课',
      '余时间都到图书阅览室里读书。山',
      '村小学的老师说，图书阅览室让孩',
      '子们爱上了读书，学习成绩也有了',
      '明显提高。不少家长也常来阅览室',
      '借书，和孩子们一起读书，一起分',
      '享读书的快乐。县教育局表示，明',
      '年还将为更多山村小学配备图书，',
      '让更多孩子在书香中快乐成长。',
  ].join('\n');

  it('reads a short line that shares no words with the text around it, but with another article, as that article\'s title', () => {
    const articles = articlesOf(twoArticles('山村小学新添图书阅览室'));
    const school = articles.find((a) => a.headline?.text === '山村小学新添图书阅览室');
    assert.ok(school, articles.map((a) => a.headline?.text).join(' / '));
    assert.match(school.paragraphs[0].text, /^近日，山村小学/);
    const park = articles.find((a) => a.headline?.text === '城市公园迎来赏秋游客');
    assert.ok(park);
    assert.ok(park.paragraphs.some((p) => p.text.startsWith('“国庆假期城市公园游客')),
      articles.map((a) => `${a.headline?.text}: ${a.paragraphs.map((p) => p.text.slice(0, 12)).join(' / ')}`).join(' | '));
  });

  it('keeps a line that names what the text around it says as that text (an intertitle)', () => {
    const articles = articlesOf(twoArticles('城市公园秋色迷人'));
    assert.ok(articles.every((a) => a.headline?.text !== '城市公园秋色迷人'));
    const park = articles.find((a) => a.headline?.text === '城市公园迎来赏秋游客');
    assert.ok(park?.paragraphs.some((p) => p.text.includes('城市公园秋色迷人')));
  });
});

describe('segment pdftotext chains', () => {
  it('does not open an article with a block that carries on a sentence, even right after a closing dateline', () => {
    const page = [
      '某某晚报 2019年10月28日 星期一',
      '',
      '山区果农喜获丰收',
      '本报讯 今年山区果农种植的苹',
      '果喜获丰收，果农们忙着采摘苹果',
      '、装箱外运，山区果园里一片繁忙',
      '景象。果农老李说，今年苹果个大',
      '',
      '城市公园迎来游客',
      '本报讯 国庆假期城市公园迎来',
      '大批游客，公园里游人如织，游客',
      '们赏花观景，尽享假日时光。公园',
      '管理处增派人手，保障游客安全。',
      '（本报某地10月27日电）',
      '',
      '味甜，山区果园的苹果卖得很好，',
      '果农们的收入比去年增加了不少，',
      '山区果农对明年的苹果丰收充满信',
      '心。',
    ].join('\n');
    const articles = articlesOf(page);
    assert.equal(articles.length, 2, JSON.stringify(articles.map((a) => a.headline?.text)));
    const apples = articles.find((a) => a.headline?.text === '山区果农喜获丰收');
    assert.ok(apples, 'the first article keeps its title');
    assert.match(apples.paragraphs.map((p) => p.text).join(''), /苹果个大味甜/);
  });

  it('takes a block from a paragraph opening to a closing dateline, sharing no words with the titled article, for an article', () => {
    const page = [
      '某某日报 2019年10月28日',
      '',
      '城市公园迎来游客',
      '',
      '国庆假期，城市公园迎来了',
      '大批游客，公园里游人如织，游客',
      '们赏花观景，尽享假日时光。公园',
      '管理处增派人手，保障游客安全。',
      '',
      '量比去年同期增长了三成，码头上',
      '集装箱堆积如山，货轮往来穿梭。',
      '（本报海港10月27日电）',
      '',
      '海港市港口今年货运繁忙，',
      '前九个月港口货物吞吐量创历史新',
      '高，其中集装箱吞吐',
    ].join('\n');
    const articles = articlesOf(page);
    assert.equal(articles.length, 2, JSON.stringify(articles.map((a) => a.paragraphs.map((p) => p.text))));
    const port = articles.find((a) => a.dateline?.text.includes('海港'));
    assert.ok(port, 'the closing dateline heads an article of its own');
    assert.match(port.paragraphs.map((p) => p.text).join(''), /集装箱吞吐量比去年同期/);
    assert.doesNotMatch(articles.find((a) => a !== port)?.paragraphs.map((p) => p.text).join('') ?? '', /货/);
  });

  it('keeps an article whole across a short fragment pdftotext broke off at a quote', () => {
    const page = [
      '某某日报 2019年10月28日',
      '',
      '读书的乐趣',
      '图书馆里坐满了读者，馆长介绍说',
      '，近年来读者越来越多，图书馆的',
      '服务也越来越好，读者都很满意。',
      '他说：',
      '“ 拿来作',
      '工具，用以解决实际的问题”，应当',
      '认真研究书中的道理和方法，学以',
      '致用，才能真正体会读书的乐趣。',
      '馆长还说，图书馆将继续延长开放',
      '时间，增加图书的品种和数量，让',
      '更多的读者走进图书馆读书学习。',
    ].join('\n');
    const articles = articlesOf(page);
    assert.equal(articles.length, 1, JSON.stringify(articles.map((a) => a.paragraphs.map((p) => p.text))));
    assert.match(articles[0].paragraphs.map((p) => p.text).join(''), /“拿来作工具，用以解决/);
  });

  it('reads no column switch before a short fragment broken off a sentence (`《庶民的胜` / `利》`)', () => {
    const text = [
      '十月革命胜利以后，他相继发表了',
      '多篇文章，其中有名篇《庶民的胜',
      '利》',
      '《布尔什维主义的胜利》等文章，',
      '热烈颂扬十月革命，影响了一批',
      '进步青年。',
    ].join('\n');
    const lines = buildLayout(text, null).lines;
    const roles: LineRole[] = lines.map(() => 'body');
    const widths = lines.map((l) => compactWidth(l.text));
    const pieces = buildPieces(lines, roles, widths, lines.map(() => 30), new Map(), new Set(), new Set());
    // The fragment stays with the sentence it ends.
    assert.deepEqual(pieces[0].lines.slice(0, 3), [0, 1, 2]);
  });

  it('reads no column switch before a sentence\'s short last line, whatever it ends on', () => {
    const text = [
      '市长日前到城东考察，并主持召开',
      '全市工作座谈会。',
      '这次考察，正值城东新区设立五',
      '周年，新区已建成一批重大项目。',
    ].join('\n');
    const lines = buildLayout(text, null).lines;
    const roles: LineRole[] = lines.map(() => 'body');
    const widths = lines.map((l) => compactWidth(l.text));
    const pieces = buildPieces(lines, roles, widths, lines.map(() => 28), new Map(), new Set(), new Set());
    // `全市工作座谈会。` is far too short for an indented opening with text below it: the sentence ends there.
    assert.deepEqual(pieces[0].lines.slice(0, 2), [0, 1]);
  });

  it('links an open sentence to a block opening on a paragraph\'s last line, where their words agree', () => {
    const text = [
      '城区老旧管网改造工程进展顺利，',
      '老旧管网改造涉及全区十二个街道',
      '，管网改造完成后居民用水将更加',
      '',
      '本报北京3月1日电 今年春季全',
      '国气温偏高，各地春耕生产正在有',
      '序进行。',
      '',
      '放心。',
      '  城区老旧管网改造工程涉及全',
      '区十二个街道，各街道老旧管网改',
      '造工程进展顺利，管网改造完成后',
      '居民用水更加放心。',
    ].join('\n');
    const lines = buildLayout(text, null).lines;
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    roles[4] = 'dateline';
    const widths = lines.map((l) => compactWidth(l.text));
    const pieces = buildPieces(lines, roles, widths, lines.map(() => 30), new Map(), new Set(), new Set());
    assert.deepEqual(pieces.map((p) => p.lines[0]), [0, 4, 8]);
    // `放心。` finishes a sentence with a paragraph opening below it: a one-line paragraph or a paragraph's tail.
    assert.equal(pieces[2].mayStartOnTail, true);
    const chains = linkPieces(pieces, lines, roles, false);
    assert.deepEqual(chains.map((c) => c.map((p) => p.id)), [[0, 2], [1]]);
  });

  it('reads no column switch at a paragraph set without indent where blank lines mark the column breaks', () => {
    const text = [
      '管网改造工程全部完工。',
      '这次改造，正值管网建成二十年',
      '之际，全区新建管网一百余公里。',
    ].join('\n');
    const lines = buildLayout(text, null).lines;
    const roles: LineRole[] = lines.map(() => 'body');
    const widths = lines.map((l) => compactWidth(l.text));
    const columns = lines.map(() => 28);
    // A finished paragraph, then a full-width line: a new column's continuation, or an opening set without indent.
    assert.deepEqual(buildPieces(lines, roles, widths, columns, new Map(), new Set(), new Set()).map((p) => p.lines[0]), [0, 1]);
    // Where blank lines mark the column breaks, no blank line means no new column.
    assert.deepEqual(buildPieces(lines, roles, widths, columns, new Map(), new Set(), new Set(), true).map((p) => p.lines[0]), [0]);
  });

  it('takes no line closing on a colon, after a blank line, for a title', () => {
    const page = [
      '某某晚报 2019年10月14日 星期一',
      '',
      '城区管网改造全部完工',
      '',
      '本报讯 城区的老旧管网改造工程',
      '日前全部完工，居民用水更加放心',
      '。工程去年三月开工，历时一年多',
      '，共投入资金三亿多元，涉及全区',
      '十二个街道、一百多个社区。施工',
      '期间，各街道积极配合，合理安排',
      '停水时间，尽量减少对居民生活的',
      '影响。工程完工后，市水务局组织',
      '了验收，改造带来三大变化：',
      '——管网更新了：',
      '全区新建管网一百余公里，改造老',
      '旧小区四十余个；',
      '',
      '——水质更好了：',
      '全区水质检测合格率达百分之百，',
      '居民家中的自来水更加清澈。市水',
      '务局表示，明年还将改造一批老旧',
      '小区的供水设施，让更多的居民喝',
      '上放心水。家住城东的张先生说，',
      '以前家里的水龙头一打开，流出的',
      '水有时发黄，烧开后壶底还有一层',
      '水垢。管网改造以后，这些问题都',
      '没有了，全家人都很满意。城西的',
      '李女士也说，改造期间虽然停了几',
      '次水，但街道都提前通知，生活没',
      '有受到太大的影响。',
    ].join('\n');
    const articles = articlesOf(page);
    assert.equal(articles.length, 1, JSON.stringify(articles.map((a) => a.headline?.text ?? null)));
    assert.equal(articles[0].headline?.text, '城区管网改造全部完工');
    assert.match(articles[0].paragraphs.map((p) => p.text).join(''), /——水质更好了：全区水质/);
  });

  it('reads a letter-spaced line whose characters alone fill the column as carrying on a sentence, a shorter one as telling nothing', () => {
    const text = [
      '城区的老旧管网改造工程日前全',
      '',
      '部 完 工 ，“ 一 网 通 ”已 覆 盖 全 区',
      '各个街道和社区，居民用水更加',
      '放心。',
      '',
      '2 0 1 8 年 ，全 区 新 建 管 网',
      '一百余公里，改造老旧小区四十',
      '余个。',
    ].join('\n');
    const lines = buildLayout(text, null).lines;
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    const widths = lines.map((l) => compactWidth(l.text));
    // The caller leaves a letter-spaced line out of `indentUnknown` when its characters alone fill the column.
    const spaced = new Set([2, 6]);
    const indentUnknown = new Set([...spaced].filter((i) => widths[i] < 28 - 1));
    assert.deepEqual([...indentUnknown], [6]);
    const pieces = buildPieces(lines, roles, widths.map((w, i) => (spaced.has(i) ? 28 : w)), lines.map(() => 28), new Map(), new Set(), indentUnknown);
    assert.deepEqual(pieces.map((p) => p.lines[0]), [0, 2, 6]);
    // `部 完 工 ，…` holds 28 cells of characters in a 28-cell column: no room for an indent.
    assert.equal(pieces[1].startsOpen, true);
    // `2 0 1 8 年 ，…` holds 18: an indented opening or a running line, the spacing hides which.
    assert.equal(pieces[2].startsOpen, null);
    const chains = linkPieces(pieces, lines, roles, false);
    assert.deepEqual(chains.map((c) => c.map((p) => p.id)), [[0, 1, 2]]);
  });
});

describe('segment pdftotext title blocks', () => {
  it('keeps a two-line title that pdftotext printed in four pieces as one part', () => {
    const text = ['春风十里吹绿江南两岸', '青山绿水美', '家家户户喜迎新春佳节', '好时光多美'].join('\n');
    const lines = buildLayout(text, null).lines;
    const widths = lines.map((l) => compactWidth(l.text));
    assert.deepEqual(headlineParts([0, 1, 2, 3], lines, widths, lines.map(() => 28)), [[0, 1, 2, 3]]);
  });

  it('keeps a title as one part when pdftotext cut each of its lines before a remnant of a character or two', () => {
    const text = ['市交通局：望各区尽快', '为', '老旧小区加装电梯提供', '便利'].join('\n');
    const lines = buildLayout(text, null).lines;
    const widths = lines.map((l) => compactWidth(l.text));
    assert.deepEqual(headlineParts([0, 1, 2, 3], lines, widths, lines.map(() => 24)), [[0, 1, 2, 3]]);
  });

  it('keeps a stacked title cut into a line, a short remnant, a line as wide as the first and a last remnant as one part', () => {
    const text = ['市交通局将与各区负责人', '共同召', '开老旧小区加装电梯工作', '推进会议'].join('\n');
    const lines = buildLayout(text, null).lines;
    const widths = lines.map((l) => compactWidth(l.text));
    assert.deepEqual(headlineParts([0, 1, 2, 3], lines, widths, lines.map(() => 24), new Set([0, 1, 2, 3])), [[0, 1, 2, 3]]);
  });

  it('still parts a kicker from a headline of another measure', () => {
    const text = ['春风十里吹绿江南两岸', '青山绿水', '家家户户喜迎新春', '佳节'].join('\n');
    const lines = buildLayout(text, null).lines;
    const widths = lines.map((l) => compactWidth(l.text));
    assert.deepEqual(headlineParts([0, 1, 2, 3], lines, widths, lines.map(() => 28)), [[0, 1], [2, 3]]);
  });

  it('takes no two-character word above a blank line for the kicker of the title below', () => {
    const text = ['跳远', '', '春风十里吹绿江南两岸', '', '喜迎新春佳节'].join('\n');
    const lines = buildLayout(text, null).lines;
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'headline'));
    assert.deepEqual(headlineBlocks(lines, roles), [[0], [2, 4]]);
  });
});

describe('segment pdftotext title attachment', () => {
  const piece = (id: number, line: number): Piece => ({
    id, lines: [line], startsOpen: false, endsOpen: false, hasDateline: false, closing: false, afterClosing: false, forced: null,
    paraBreakBefore: true, breaks: new Set<number>(),
  });

  it('gives a title to the body printed right below it, over a body above that shares more of its words', () => {
    const lines = buildLayout(['上一篇正文', '花卉展览吸引市民', '下一篇正文'].join('\n'), null).lines;
    const chains = [[piece(0, 0)], [piece(1, 2)]];
    // The body above uses six of the title's seven character pairs, the body below four.
    const chainText = ['花卉展览会吸引市民前来', '花卉展览今天吸引'];
    const attachment = attachHeadlines([{ lines: [1], block: 0, group: 0 }], chains, chainText, lines, null);
    assert.deepEqual([...attachment.keys()], [1]);
  });
});

describe('segment pdftotext fragments', () => {
  const piece = (id: number, line: number): Piece => ({
    id, lines: [line], startsOpen: null, endsOpen: false, hasDateline: false, closing: false, afterClosing: false, forced: null,
    paraBreakBefore: true, breaks: new Set<number>(),
  });

  it('places a headless fragment by its words more than by the block printed before it', () => {
    const pieces = [piece(0, 0), piece(1, 1), piece(2, 2)];
    const chains = [[pieces[0]], [pieces[2]], [pieces[1]]];
    const texts = ['城市公园迎来大批游客，管理处增派人手', '果农采摘苹果装箱外运，山区果园一片繁忙，今年收成很好', '今年苹果个大味甜，大家尝了都说好吃，纷纷购买'];
    const fragmentToOther = chainSimilarity(texts[2], texts[1]);
    assert.ok(fragmentToOther > 0.1 && fragmentToOther < 0.25 && chainSimilarity(texts[2], texts[0]) === 0, `${fragmentToOther}`);
    const title = { lines: [9], block: 0, group: 0 };
    const merged = mergeOrphans(chains, texts, new Map([[0, [title]], [1, [{ ...title, block: 1 }]]]), pieces);
    assert.deepEqual(merged.chains.map((c) => c.map((p) => p.id)), [[0], [2, 1]]);
  });

  it('places a headless fragment by the words of an article\'s titles as well as of its text', () => {
    const pieces = [piece(0, 0), piece(1, 10), piece(2, 20)];
    const chains = [[pieces[0]], [pieces[1]], [pieces[2]]];
    // The orchard article kept only its dateline paragraph; the fragment about its apples was printed right after the
    // market article, which shares a word or two with it.
    const texts = ['本报某地10月4日电 记者近日来到一个村子采访', '城市集市迎来大批顾客，今年的水果价格平稳', '今年苹果个大味甜，果园里的苹果供不应求，果农增收'];
    const page = pageLines(['山区果园苹果丰收果农增收', '', '', '', '', '', '', '', '', '', '', '城市集市人气旺']);
    const attachment = new Map([[0, [{ lines: [0], block: 0, group: 0 }]], [1, [{ lines: [11], block: 1, group: 1 }]]]);
    assert.deepEqual(mergeOrphans(chains, texts, attachment, pieces).chains.map((c) => c.map((p) => p.id)), [[0], [1, 2]]);
    const titled = withTitles(texts, attachment, page);
    assert.deepEqual(mergeOrphans(chains, titled, attachment, pieces).chains.map((c) => c.map((p) => p.id)), [[0, 2], [1]]);
  });

  it('places a fragment opening a paragraph right after a closing credit by its words when it does not close an article itself', () => {
    // The market article closed on its credit; the column read next carries on the orchard article.
    const pieces = [{ ...piece(0, 0), endsOpen: true }, { ...piece(1, 10), closing: true }, { ...piece(2, 20), startsOpen: false, afterClosing: true }];
    const chains = [[pieces[0]], [pieces[1]], [pieces[2]]];
    const texts = ['果农采摘苹果装箱外运，山区果园一片繁忙，今年收成很好', '城市集市迎来大批顾客，今年的水果价格平稳', '今年苹果个大味甜，果园里的苹果供不应求，果农增收'];
    const attachment = new Map([[0, [{ lines: [9], block: 0, group: 0 }]], [1, [{ lines: [19], block: 1, group: 1 }]]]);
    assert.deepEqual(mergeOrphans(chains, texts, attachment, pieces).chains.map((c) => c.map((p) => p.id)), [[0, 2], [1]]);
    // Its words pointing to the article that closed, it stays an article of its own.
    const closedOrchard = [{ ...pieces[0], closing: true, endsOpen: false }, pieces[1], pieces[2]];
    assert.deepEqual(mergeOrphans(closedOrchard.map((p) => [p]), texts, attachment, closedOrchard).chains.map((c) => c.map((p) => p.id)), [[0], [1], [2]]);
  });

  it('puts a headless fragment where it was printed among its article\'s pieces, not at the article\'s end', () => {
    const pieces = [piece(0, 0), piece(1, 10), piece(2, 20), piece(3, 30)];
    const chains = [[pieces[0], pieces[2], pieces[3]], [pieces[1]]];
    const texts = ['果农采摘苹果装箱外运，山区果园一片繁忙，今年收成很好', '今年苹果个大味甜，果园一片繁忙'];
    const merged = mergeOrphans(chains, texts, new Map([[0, [{ lines: [9], block: 0, group: 0 }]]]), pieces);
    assert.deepEqual(merged.chains.map((c) => c.map((p) => p.id)), [[0, 1, 2, 3]]);
  });

  it('opens an article that starts in mid-sentence with a fragment opening a paragraph printed before it', () => {
    const pieces = [piece(0, 0), { ...piece(1, 10), startsOpen: true }, piece(2, 20)];
    const chains = [[pieces[1], pieces[2]], [pieces[0]]];
    const texts = ['果农采摘苹果装箱外运，山区果园一片繁忙，今年收成很好', '今年苹果个大味甜，果园一片繁忙'];
    const merged = mergeOrphans(chains, texts, new Map([[0, [{ lines: [9], block: 0, group: 0 }]]]), pieces);
    assert.deepEqual(merged.chains.map((c) => c.map((p) => p.id)), [[0, 1, 2]]);
  });

  it('gives a fragment printed right after a sentence left open no credit for that place unless it carries the sentence on', () => {
    // Two titled articles sharing the fragment's words evenly; the fragment was printed right after the first one's
    // open end (line 0), the second one stands at line 20.
    const pieces = [{ ...piece(0, 0), endsOpen: true }, piece(1, 1), piece(2, 20)];
    const chains = [[pieces[2]], [pieces[0]], [pieces[1]]];
    const texts = ['山区果园今年收成很好', '山区果园今年收成很好', '今年果园收成很好'];
    const titles = new Map([[0, [{ lines: [30], block: 0, group: 0 }]], [1, [{ lines: [31], block: 1, group: 1 }]]]);
    const layout = (fragmentLine: string) => buildLayout(['山区果园一片繁', fragmentLine, ...new Array<string>(18).fill('　'), '码头繁忙'].join('\n'), null).lines;
    // `繁` + `记` makes no word the page uses: the extractor went on with another block there.
    const jumped = mergeOrphans(chains, texts, titles, pieces, layout('记者从农业部门获悉'));
    assert.deepEqual(jumped.chains.map((c) => c.map((p) => p.id)), [[2, 1], [0]]);
    // `繁` + `忙` makes one (`码头繁忙`): the fragment carries the sentence on, and its place counts.
    const carried = mergeOrphans(chains, texts, titles, pieces, layout('忙景象随处可见'));
    assert.deepEqual(carried.chains.map((c) => c.map((p) => p.id)), [[2], [0, 1]]);
  });

  it('puts a headless fragment whose last sentence is left open before an article that starts in mid-sentence', () => {
    const pieces = [{ ...piece(0, 0), startsOpen: true }, piece(1, 10), piece(2, 20), { ...piece(3, 30), endsOpen: true }];
    const chains = [[pieces[0], pieces[1]], [pieces[2], pieces[3]]];
    const texts = ['果农采摘苹果装箱外运，山区果园一片繁忙，今年收成很好', '今年苹果个大味甜，果园一片繁忙'];
    const merged = mergeOrphans(chains, texts, new Map([[0, [{ lines: [9], block: 0, group: 0 }]]]), pieces);
    assert.deepEqual(merged.chains.map((c) => c.map((p) => p.id)), [[2, 3, 0, 1]]);
    // The sentence's two halves make one paragraph.
    assert.equal(pieces[0].paraBreakBefore, false);
  });

  it('keeps a fragment from a paragraph opening to a closing dateline apart from an article sharing none of its words', () => {
    const pieces = [piece(0, 0), { ...piece(1, 10), startsOpen: false }, { ...piece(2, 20), startsOpen: true, endsOnDateline: true }];
    const chains = [[pieces[0]], [pieces[1], pieces[2]]];
    const texts = ['城市公园迎来大批游客，管理处增派人手', '港口货物吞吐量创历史新高，码头上集装箱堆积如山'];
    const title = { lines: [9], block: 0, group: 0 };
    assert.deepEqual(mergeOrphans(chains, texts, new Map([[0, [title]]]), pieces).chains.map((c) => c.map((p) => p.id)), [[0], [1, 2]]);
    // Sharing words, it is the titled article's last block.
    const sharing = ['港口货物吞吐量创历史新高，码头一片繁忙', texts[1]];
    assert.deepEqual(mergeOrphans(chains, sharing, new Map([[0, [title]]]), pieces).chains.map((c) => c.map((p) => p.id)), [[0, 1, 2]]);
  });

  it('joins a fragment closing on a dateline to no article that has a dateline already', () => {
    const pieces = [{ ...piece(0, 0), hasDateline: true }, { ...piece(1, 10), startsOpen: true, endsOnDateline: true }];
    const chains = [[pieces[0]], [pieces[1]]];
    const texts = ['港口货物吞吐量今年大增，港口码头一片繁忙', '港口货物吞吐量创历史新高，码头上集装箱堆积如山'];
    assert.deepEqual(mergeOrphans(chains, texts, new Map(), pieces).chains.map((c) => c.map((p) => p.id)), [[0], [1]]);
  });

  it('links an open end and a continuation closing on a dateline that are each other\'s clear first choice', () => {
    const text = ['港口今年货运繁忙，货物吞吐量', '某标题', '创下新高，港口码头一片繁忙。', '另一标题', '公园里游人如织，游客们', '第三标题', '赏花观景，尽享假日时光。'].join('\n');
    const lines = buildLayout(text, null).lines;
    const roles: LineRole[] = lines.map((_, i) => (i % 2 === 1 ? 'headline' : 'body'));
    const base = { hasDateline: false, closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set<number>() };
    const pieces: Piece[] = [
      { ...base, id: 0, lines: [0], startsOpen: false, endsOpen: true },
      { ...base, id: 1, lines: [2], startsOpen: true, endsOpen: false, closing: true, endsOnDateline: true },
      { ...base, id: 2, lines: [4], startsOpen: false, endsOpen: true },
      { ...base, id: 3, lines: [6], startsOpen: true, endsOpen: false },
    ];
    const chains = linkPieces(pieces, lines, roles, true);
    assert.deepEqual(chains.map((c) => c.map((p) => p.id)), [[0, 1], [2, 3]]);
  });

  it('puts a fragment beside the half of a sentence it makes a word with, wherever it was printed', () => {
    // Line 0 ends open on `果`; the fragment at line 10 starts `园` (the page prints `果园` elsewhere); the article's
    // block at line 5, printed before the fragment, opens the paragraph after it.
    const text = ['今年秋天，山区的果', '', '', '', '', '游客们纷纷前来采摘，果园一片繁忙。', '', '', '', '', '园里挂满果实，果园一片丰收景象。']
      .join('\n');
    const lines = buildLayout(text, null).lines;
    const pieces = [{ ...piece(0, 0), startsOpen: false, endsOpen: true }, { ...piece(1, 5), startsOpen: false }, { ...piece(2, 10), startsOpen: false }];
    // Page order would put the fragment after the block at line 5; the word `果园` across the break puts it first.
    const texts = ['今年秋天山区游客们纷纷前来采摘果园一片繁忙', '园里挂满果实果园一片丰收景象'];
    const chains = [[pieces[0], pieces[1]], [pieces[2]]];
    const title = { lines: [9], block: 0, group: 0 };
    const merged = mergeOrphans(chains, texts, new Map([[0, [title]]]), pieces, lines);
    assert.deepEqual(merged.chains.map((c) => c.map((p) => p.id)), [[0, 2, 1]]);
    // The sentence's two halves make one paragraph.
    assert.equal(pieces[2].paraBreakBefore, false);
  });

  it('opens an article with a whole-paragraph fragment printed before its first block', () => {
    const pieces = [{ ...piece(0, 0), startsOpen: false }, { ...piece(1, 10), startsOpen: false }, piece(2, 20)];
    const chains = [[pieces[1], pieces[2]], [pieces[0]]];
    const texts = ['果农采摘苹果装箱外运，山区果园一片繁忙，今年收成很好', '今年苹果个大味甜，果园一片繁忙'];
    const merged = mergeOrphans(chains, texts, new Map([[0, [{ lines: [9], block: 0, group: 0 }]]]), pieces);
    assert.deepEqual(merged.chains.map((c) => c.map((p) => p.id)), [[0, 1, 2]]);
    // Sharing none of its words, it does not open the article (page order puts it after the first block).
    const unrelated = [texts[0], '港口货物吞吐量创历史新高，码头上集装箱堆积如山'];
    const apart = mergeOrphans(chains, unrelated, new Map([[0, [{ lines: [9], block: 0, group: 0 }]]]), pieces);
    assert.deepEqual(apart.chains.map((c) => c.map((p) => p.id)), [[1, 0, 2]]);
  });

  it('does not put a headless fragment between the two halves of a sentence', () => {
    const pieces = [{ ...piece(0, 0), endsOpen: true }, piece(1, 10), { ...piece(2, 20), paraBreakBefore: false }, piece(3, 30)];
    const chains = [[pieces[0], pieces[2], pieces[3]], [pieces[1]]];
    const texts = ['果农采摘苹果装箱外运，山区果园一片繁忙，今年收成很好', '今年苹果个大味甜，果园一片繁忙'];
    const merged = mergeOrphans(chains, texts, new Map([[0, [{ lines: [9], block: 0, group: 0 }]]]), pieces);
    assert.deepEqual(merged.chains.map((c) => c.map((p) => p.id)), [[0, 2, 1, 3]]);
  });

  it('lets text printed after a blank line under a layout credit carry on the article its words belong to', () => {
    const page = [
      '某某日报 2019年3月2日 星期六',
      '',
      '口袋公园开门迎客',
      '',
      '本报上海3月1日电 （记者李明）',
      '上海今年将新建二十座口袋公园，',
      '让市民在家门口就能享受绿色空间',
      '，首批口袋公园将于五月前陆续开',
      '放，全年建成的口袋公园将超过三',
      '十座，每座口袋公园都配有座椅。',
      '',
      '图书馆借阅规定更新',
      '',
      '本报北京3月1日电 （记者王芳）',
      '市图书馆日前发布了新的借阅规定',
      '，读者凭身份证即可免费办理借书',
      '卡，每人每次最多可以借十本书。',
      '版式：张三',
      '',
      '  口袋公园的选址由市民投票决',
      '定，绿化部门将根据投票结果安排',
      '口袋公园建设，让口袋公园离市民',
      '更近。',
    ].join('\n');
    const articles = articlesOf(page);
    assert.equal(articles.length, 2, JSON.stringify(articles.map((a) => a.headline?.text ?? null)));
    const parks = articles.find((a) => a.headline?.text === '口袋公园开门迎客');
    assert.ok(parks?.paragraphs.some((p) => p.text.includes('选址由市民投票')), JSON.stringify(parks?.paragraphs.map((p) => p.text)));
  });

  it('reads a full-width line without punctuation under a title block and its blank line as the block\'s last title', () => {
    const page = [
      '某某日报 2019年3月2日 星期六',
      '',
      '本市十类公共档案',
      '“就近可查”',
      '',
      '市民凭社保卡到社区窗口办理',
      '本报上海3月1日电 （记者李明）',
      '记者从市档案馆了解到，本市',
      '十类公共档案已实现社区窗口',
      '就近查询，市民凭社保卡即可',
      '办理，无需再往返于各区档案',
      '馆之间，办理时间大大缩短。',
      '  据介绍，首批开通的档案',
      '包括婚姻登记档案、学籍档案',
      '和兵役档案等，年内还将陆续',
      '',
      '增加更多的档案门类。',
      '  另据了解，各社区窗口的',
      '工作人员已经全部完成培训，',
      '能够为市民提供查询、打印和',
      '邮寄等一站式的服务。',
      '  市档案馆有关负责人介绍，',
      '今年以来，全市各级档案馆持',
      '续推进档案数字化工作，已完',
      '成馆藏档案数字化三百多万卷',
      '，为就近查询打下了基础。下',
      '一步，档案部门还将推出网上',
      '预约和自助查询等服务，让市',
      '民查档像网上购物一样方便。',
      '  不少市民对这项服务表示',
      '欢迎。家住浦东的王先生说，',
      '过去为了查一份档案，要跑好',
      '几个地方，如今在家门口的社',
      '区窗口就能办好，省时省力。',
    ].join('\n');
    const articles = articlesOf(page);
    assert.equal(articles.length, 1, JSON.stringify(articles.map((a) => a.headline?.text ?? null)));
    const titles = [articles[0].kicker?.text, articles[0].headline?.text, articles[0].subheadline?.text];
    assert.ok(titles.includes('市民凭社保卡到社区窗口办理'), JSON.stringify(titles));
    assert.ok(!articles[0].paragraphs.some((p) => p.text.includes('市民凭社保卡到社区窗口办理')));
  });
});
