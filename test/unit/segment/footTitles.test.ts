// Titles pdftotext -raw collects at the page foot, several of them side by side on one line at times: each is laid
// at the start of its own article, in the order they are printed.
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';
import { type HeadlinePart, splitTitleRows } from '../../../src/core/segment/titles/attach';
import { headlineParts } from '../../../src/core/segment/titles/blocks';
import { takeBackOpenings } from '../../../src/core/segment/titles/footTitles';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { pageLines } from './pages';

describe('segment foot titles', () => {
  it('splits a row of titles after a column rubric, and on evidence, but keeps parallel phrases together', () => {
    const lines = pageLines(['读书的乐趣（人民论坛） 春节灯会 冬季读书月', '书香满城 共度寒冬', '图书馆借阅规定更新 上海新建口袋公园']);
    const parts: HeadlinePart[] = [0, 1, 2].map((i) => ({ lines: [i], block: 0, group: i }));
    const bodies = ['图书馆借阅规定更新后，读者借书更方便了', '上海新建口袋公园二十座，市民家门口添绿'];
    const split = splitTitleRows(parts, bodies, lines, null, 3);
    assert.deepEqual(split.map((p) => p.text ?? lines[p.lines[0]].text), ['读书的乐趣（人民论坛）', '春节灯会', '冬季读书月', '书香满城 共度寒冬', '图书馆借阅规定更新', '上海新建口袋公园']);
    assert.equal(new Set(split.map((p) => p.group)).size, split.length, 'each title of a row is a group of its own');
  });

  it('gives the titles of a split row to different articles, a photo story printed above the row included', () => {
    const page = [
      '前一篇文章写到这里，文章',
      '的最后一句话到此结束。',
      '（新华社北京2月22日电）',
      '秋日，梨园果农采摘成熟的',
      '果子，装箱发往各地。',
      '梨园果农秋收 全市图书馆借阅规定更新',
      '本报北京2月22日电 市图书馆',
      '日前发布新的借阅规定，读者凭',
      '身份证即可免费办理借书卡，每',
      '人每次最多可以借阅十本图书。',
    ].join('\n');
    const articles = analyzePage(page).segmentation.articles;
    const story = articles.find((a) => a.headline?.text === '梨园果农秋收');
    assert.ok(story, JSON.stringify(articles.map((a) => [a.kicker?.text, a.headline?.text])));
    assert.match(story.paragraphs.map((p) => p.text).join(''), /^秋日，梨园果农/);
    const library = articles.find((a) => a.headline?.text === '全市图书馆借阅规定更新');
    assert.ok(library && library.kicker === null, 'the other title heads the dateline article alone');
  });

  it('splits a long row whose one piece fills a body holding none of the other piece\'s words', () => {
    const lines = pageLines(['果园柑橘采摘忙 市图书馆新版借阅规定今日起在全市正式实施', '为了乡亲们梦想的远行（守初心 担使命 找差距 抓好各项落实）']);
    const parts: HeadlinePart[] = [0, 1].map((i) => ({ lines: [i], block: 0, group: i }));
    const bodies = ['市图书馆新版借阅规定今日起在全市正式实施，读者凭身份证即可免费办理借书卡。', '为了乡亲们梦想的远行，他走遍了山村。'];
    const split = splitTitleRows(parts, bodies, lines, null, 2);
    // Spaces inside a rubric's brackets part nothing.
    assert.deepEqual(split.map((p) => p.text ?? lines[p.lines[0]].text), ['果园柑橘采摘忙', '市图书馆新版借阅规定今日起在全市正式实施', '为了乡亲们梦想的远行（守初心 担使命 找差距 抓好各项落实）']);
  });

  it('gives a long kicker laid alone the title below it, rather than laying three titles at the next article', () => {
    const page = [
      '市图书馆日前发布了新的借',
      '阅规定，读者凭身份证即可免费',
      '办理借书卡，每人每次最多可以',
      '借阅十本图书，借期为一个月。',
      '图书馆还将延长开放时间，',
      '周末和节假日照常开放，方便上',
      '班族和学生在闲暇时前来借阅和',
      '自习。',
      '新规定实施以后，读者还可',
      '以通过手机预约座位，查询馆藏',
      '信息，办理续借手续，足不出户',
      '就能完成大部分业务。',
      '上海今年将新建二十座口袋',
      '公园，让城市绿色走进千家万户，',
      '市民在家门口就能享受绿色空间',
      '，首批口袋公园将于五月前陆续',
      '开放，全年建成的口袋公园将超',
      '过三十座，每座公园都配有座椅。',
      '市图书馆发布新版借阅规定方便读者借书',
      '让城市走进千家万户',
      '上海今年新建口袋公园',
      '家门口享受绿色空间',
    ].join('\n');
    const articles = analyzePage(page).segmentation.articles;
    assert.equal(articles.length, 2);
    assert.equal(articles[0].kicker?.text, '市图书馆发布新版借阅规定方便读者借书');
    assert.equal(articles[0].headline?.text, '让城市走进千家万户');
    assert.equal(articles[1].kicker?.text, '上海今年新建口袋公园');
    assert.equal(articles[1].headline?.text, '家门口享受绿色空间');
  });

  it('never makes a letter-spaced title (a photo story\'s) the kicker or main title of a plainly set one', () => {
    const page = [
      '本报北京3月2日电 （记者李明）市',
      '图书馆日前发布了新的借阅规定，',
      '读者凭身份证即可免费办理借书卡',
      '，每人每次最多可以借十本图书。',
      '图书馆还将延长开放时间，周末和',
      '节假日照常开放，方便上班族。',
      '3月1日，市民在街头书屋里',
      '翻阅图书，享受周末时光。',
      '张三摄（影像中国）',
      '本报上海3月2日电 （记者王五）上',
      '海今年将新建二十座口袋公园，让',
      '市民在家门口就能享受绿色空间，',
      '首批口袋公园将于五月前陆续开放',
      '。',
      '市图书馆借阅规定更新',
      '“ 街 头 ” 书 屋',
      '上海新建二十座口袋公园',
    ].join('\n');
    const segmentation = analyzePage(page).segmentation;
    const library = segmentation.articles.find((a) => a.paragraphs.some((p) => p.text.includes('借阅规定')));
    assert.ok(library, 'the library text is an article');
    assert.equal(library.headline?.text, '市图书馆借阅规定更新');
    assert.equal(library.kicker, null);
    assert.equal(library.subheadline, null);
    // The photo story's title is kept (here as noise, having no text of its own to open).
    assert.ok(segmentation.noise.some((n) => n.text.includes('书屋')) || segmentation.articles.some((a) => a.headline?.text.includes('书屋')));
  });

  it('joins a stacked title cut inside a word when the article runs the words on across the cut, and only short lines', () => {
    const page = (kicker: string, cut: readonly string[]) => [
      '本报北京3月2日电 （记者李明）市',
      '图书馆日前发布新规，将进一步',
      '规范自助借还机的使用管理。读者',
      '凭身份证即可在自助借还机上办理',
      '借书和还书，每人每次最多可以借',
      '十本图书。市图书馆馆长、副馆长',
      '张三说，新规今日起实施。',
      '本报上海3月2日电 （记者王五）上',
      '海今年将新建二十座口袋公园，让',
      '市民在家门口就能享受绿色空间，',
      '首批口袋公园将于五月前陆续开放',
      '。',
      kicker,
      ...cut,
      '上海新建二十座口袋公园',
    ].join('\n');
    const library = (text: string) => analyzePage(text).segmentation.articles.find((a) => a.paragraphs.some((p) => p.text.includes('借还机')));
    const cut = library(page('图书馆发布新规', ['规范自助借还', '机的使用管理']));
    assert.equal(cut?.kicker?.text, '图书馆发布新规');
    assert.equal(cut?.headline?.text, '规范自助借还机的使用管理');
    // A kicker with punctuation that runs on into its title in the text (`…馆长、副馆长` / `张三说…`) stays a kicker.
    const kicker = library(page('市图书馆馆长、副馆长', ['张三说新规今日起实施']));
    assert.equal(kicker?.kicker?.text, '市图书馆馆长、副馆长');
    assert.equal(kicker?.headline?.text, '张三说新规今日起实施');
  });

  it('lays a title whose words only a run\'s short closing summary restates at the opening after an exclaimed close', () => {
    const page = [
      '市图书馆日前发布了新的',
      '借阅规定，读者凭身份证即可',
      '免费办理借书卡，每人每次最',
      '多可以借阅十本图书，借期为',
      '一个月。',
      '馆长表示，下一步，图书',
      '馆将延长开放时间，周末和节',
      '假日照常开放，欢迎城市各处',
      '的市民前来借阅和自习，共享',
      '书香！',
      '新建口袋公园、铺设林荫',
      '步道、开放滨江绿地……刚刚',
      '过去的一年里，城市处处添绿。',
      '近年来，上海把公园建在市民',
      '家门口，让人出门就能见到花',
      '草。',
      '这是一组令人欣喜的数字：',
      '全年新建公园六十座，其中口',
      '袋公园超过三十座，每座公园',
      '都配有座椅和饮水点，周边居',
      '民步行五分钟即可到达。城市',
      '各区还新辟了一批街心花园，',
      '老旧小区的空地也种上了树。',
      '这是一种令人欣慰的变化：',
      '越来越多的居民走出家门，在',
      '树荫下散步、下棋、跳舞，邻',
      '里之间的往来也多了起来。住',
      '在城市东头的退休教师李大爷',
      '说，每天早上他都到家门口的',
      '小公园打一套太极拳，身子骨',
      '比过去硬朗多了。',
      '这是一项令人期待的计划：',
      '明年还将新建公园五十座，把',
      '沿江沿河的步道连成一片，让',
      '市民骑车就能从家门口一路到',
      '江边。城市的公园，正从看的',
      '风景变成用的空间。',
      '这是一份令人踏实的承诺：',
      '新建的公园都由街道派专人养',
      '护，花草树木定期修剪，座椅',
      '和饮水点坏了随报随修，城市',
      '居民还可以在网上给公园的管',
      '理打分，提出自己的意见和建',
      '议。',
      '公园数量增加、绿地面积',
      '扩大、城市绿化水平不断提升……',
      '家门口的绿色，正在不断生长。',
      '市图书馆发布新版借阅规定',
      '读者借书更方便',
      '城市绿化水平不断提升',
    ].join('\n');
    const articles = analyzePage(page).segmentation.articles;
    const green = articles.find((a) => a.headline?.text === '城市绿化水平不断提升');
    assert.ok(green, JSON.stringify(articles.map((a) => [a.headline?.text, a.paragraphs.map((p) => p.text.slice(0, 8))])));
    assert.match(green.paragraphs[0].text, /^新建口袋公园/);
    assert.match(green.paragraphs[green.paragraphs.length - 1].text, /正在不断生长。$/);
    const library = articles.find((a) => a.headline?.text === '读者借书更方便');
    assert.match(library?.paragraphs.map((p) => p.text).join('') ?? '', /共享书香！$/);
  });

  it('keeps a short item that opens on its title at the end of a run', () => {
    const page = [
      '市图书馆日前发布了新的借',
      '阅规定，读者凭身份证即可免费',
      '办理借书卡，每人每次最多可以',
      '借阅十本图书，借期为一个月。',
      '馆长表示，下一步，图书',
      '馆将延长开放时间，周末和节假',
      '日照常开放，欢迎市民前来借阅',
      '和自习，共享书香！',
      '馆里还新添了自助借还机，',
      '读者可以随时办理借还手续。',
      '邻里守望相助，就是要在',
      '困难时拉一把。',
      '市图书馆发布新版借阅规定',
      '读者借书更方便',
      '邻里守望相助',
    ].join('\n');
    const articles = analyzePage(page).segmentation.articles;
    const item = articles.find((a) => a.headline?.text === '邻里守望相助');
    assert.ok(item, JSON.stringify(articles.map((a) => [a.headline?.text, a.paragraphs.map((p) => p.text.slice(0, 8))])));
    assert.match(item.paragraphs[0].text, /^邻里守望相助/);
  });

  it('lays the titles collected at the page foot at the starts of their articles, in order', () => {
    const page = [
      '市图书馆日前发布了新的借',
      '阅规定，读者凭身份证即可免费',
      '办理借书卡，每人每次最多可以',
      '借阅十本图书，借期为一个月。',
      '图书馆还将延长开放时间，',
      '周末和节假日照常开放，方便上',
      '班族和学生在闲暇时前来借阅和',
      '自习。',
      '新规定实施以后，读者还可',
      '以通过手机预约座位，查询馆藏',
      '信息，办理续借手续，足不出户',
      '就能完成大部分业务。',
      '馆方介绍，今年将新增各类',
      '图书五万册，重点充实少儿读物',
      '和地方文献，并在各区设立二十',
      '个分馆和流动服务点。',
      '此外，图书馆每月举办两场',
      '公益讲座，邀请作家和学者与读',
      '者面对面交流，讲座信息将提前',
      '在官方网站发布。',
      '读者对新规定普遍表示欢迎，',
      '认为借书更加方便，希望今后',
      '能有更多新书上架，让阅读成为',
      '更多市民的生活习惯。',
      '据了解，馆内自助借还机已',
      '增加到三十台，读者排队等候的',
      '时间明显缩短，高峰时段也有志',
      '愿者在现场引导服务。',
      '馆方表示，下一步还将开通',
      '电子书借阅平台，读者在家中就',
      '能借阅数万种电子图书和有声读',
      '物，满足不同人群需要。',
      '上海今年将新建二十座口袋',
      '公园，让市民在家门口就能享受',
      '绿色空间，首批口袋公园将于五',
      '月前陆续开放，全年建成的口袋',
      '公园将超过三十座，每座公园都',
      '配有座椅。',
      '借阅服务更便民',
      '市图书馆借阅规定更新',
      '上海新建二十座口袋公园',
    ].join('\n');
    const articles = analyzePage(page).segmentation.articles;
    assert.equal(articles.length, 2, JSON.stringify(articles.map((a) => a.headline?.text ?? null)));
    assert.equal(articles[0].headline?.text, '市图书馆借阅规定更新');
    assert.equal(articles[0].kicker?.text, '借阅服务更便民');
    assert.match(articles[0].paragraphs[0].text, /^市图书馆日前/);
    assert.equal(articles[1].headline?.text, '上海新建二十座口袋公园');
    assert.match(articles[1].paragraphs[0].text, /^上海今年将新建/);
  });
  for (const credit of ['版式设计：张三', '版式：张三', '制图：张三']) it(`ends an article at the layout credit printed inside the page (${credit})`, () => {
    const page = [
      '本报北京3月2日电 （记者李明）市',
      '图书馆日前发布了新的借阅规定，',
      '读者凭身份证即可免费办理借书卡',
      '，每人每次最多可以借十本图书。',
      credit,
      '上海今年将新建二十座口袋',
      '公园，让市民在家门口就能享受',
      '绿色空间，首批口袋公园将于五',
      '月前陆续开放，全年建成的口袋',
      '公园将超过三十座。',
      '借阅服务更便民',
      '市图书馆借阅规定更新',
      '上海新建二十座口袋公园',
    ].join('\n');
    const articles = analyzePage(page).segmentation.articles;
    const parks = articles.find((a) => a.paragraphs.some((p) => p.text.includes('口袋公园')));
    assert.ok(parks, 'the parks text is an article');
    assert.match(parks.paragraphs[0].text, /^上海今年将新建/);
    assert.equal(parks.headline?.text, '上海新建二十座口袋公园');
    assert.ok(!parks.paragraphs.some((p) => p.text.includes('图书馆')), 'the article above keeps its own text');
  });

  it('keeps a long subheadline wrapped over like lines together in a stack of titles', () => {
    const texts = ['市政府印发口袋公园建设方案', '今后五年，全市将新建口袋公园两百座，让市', '民出门五百米就能见到绿地，享受城市生活'];
    const lines = pageLines(texts);
    const widths = texts.map((t) => [...t].length * 2);
    const parts = headlineParts([0, 1, 2], lines, widths, [28, 28, 28], new Set([0, 1, 2]));
    assert.deepEqual(parts, [[0], [1, 2]]);
  });
  it('gives a title printed after its body the opening fragment run on from the article above', () => {
    const texts = [
      '新华社北京3月2日电 市政府日前任免一批工作人员。',
      '任命张三为市交通局局长，免去李四的市交通局局长职务。',
      '今年春季阴雨天气多，全市降雨日数为近十年同期最多，阴雨天气还将持续。',
      '“今年冷暖空气在本地频繁交汇，阴雨天气因此持续。”市气象台表示，阴雨天气对春耕有影响。',
      '气象专家提醒，阴雨天气期间，市民出行要注意安全，农户要及时清沟排水。',
      '本市阴雨天气还将持续',
    ];
    const lines = pageLines(texts);
    const piece = (id: number, from: number, to: number, extra: Partial<Piece> = {}): Piece => ({
      id, lines: Array.from({ length: to - from + 1 }, (_, k) => from + k), startsOpen: false, endsOpen: false, hasDateline: false,
      closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set<number>(), ...extra,
    });
    const chains = [[piece(0, 0, 1, { hasDateline: true, breaks: new Set([1]) })], [piece(1, 2, 2)], [piece(2, 3, 4, { breaks: new Set([4]) })]];
    const title: HeadlinePart = { lines: [5], block: 0, group: 0 };
    const result = takeBackOpenings(chains, new Map([[2, [title]]]), lines);
    assert.deepEqual(result.chains.map((c) => c.flatMap((p) => p.lines)), [[0, 1], [2, 3, 4]]);
    assert.deepEqual(result.attachment.get(1), [title]);
  });
  it('leaves an article opening its dateline and credit when a titled chain follows', () => {
    const texts = ['本报上海3月2日讯（记者', '毛文）', '毛文说，品牌跨界营销越来越多，毛文认为这是好事。', '品牌跨界跨出精彩'];
    const lines = pageLines(texts);
    const piece = (id: number, from: number, to: number, extra: Partial<Piece> = {}): Piece => ({
      id, lines: Array.from({ length: to - from + 1 }, (_, k) => from + k), startsOpen: false, endsOpen: false, hasDateline: false,
      closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set<number>(), ...extra,
    });
    const chains = [[piece(0, 0, 1, { hasDateline: true, breaks: new Set([1]) })], [piece(1, 2, 2)]];
    const result = takeBackOpenings(chains, new Map([[1, [{ lines: [3], block: 0, group: 0 }]]]), lines);
    assert.deepEqual(result.chains.map((c) => c.flatMap((p) => p.lines)), [[0, 1], [2]]);
  });
  it('splits a row of titles printed between two articles when its ends point to the text above and below', () => {
    const lines = pageLines(['正文', '秭归脐橙采销忙 市图书馆借阅规定更新', '正文']);
    const parts: HeadlinePart[] = [{ lines: [1], block: 0, group: 0 }];
    const bodies = ['湖北省秭归县村民采摘中晚熟脐橙，电商企业加紧分拣包装。', '市图书馆日前发布了新的借阅规定，读者借书更方便。'];
    const split = splitTitleRows(parts, bodies, lines, null, 1, [{ first: 0, last: 0 }, { first: 2, last: 2 }]);
    assert.deepEqual(split.map((p) => p.text), ['秭归脐橙采销忙', '市图书馆借阅规定更新']);
    // With the texts the other way round, the row's ends point away from their neighbours: it stays whole.
    const kept = splitTitleRows(parts, bodies, lines, null, 1, [{ first: 2, last: 2 }, { first: 0, last: 0 }]);
    assert.equal(kept.length, 1);
  });
});
