// Typesetting cues that end or start a title block: each test is a small page built the way an extractor prints it.
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';
import type { LineRole, PageLine } from '../../../src/core/model';
import { headlineBlocks, headlineParts } from '../../../src/core/segment/titles/blocks';
import { compactWidth } from '../../../src/core/segment/page/text';
import { withoutRubric } from '../../../src/core/segment/roles/headline';
import { articlesOf, pageLines } from './pages';

describe('segment title cues', () => {
  it('takes a short unpunctuated block between blank lines, right above another title, for a title where blank lines part paragraphs', () => {
    const page = (after: readonly string[]) => [
      '河畔公园春天开放迎客人数创下新高',
      '',
      '本报江城3月5日电（记者王小明）河',
      '畔公园今年春天正式开放，游人如织。',
      '',
      '公园管理处负责人说，今年新增了',
      '花卉品种，夜间灯光也更加柔和。',
      '',
      '市长会见出席二〇一九年园林博览',
      '会的各国主要嘉宾代表团一行',
      '',
      ...after,
    ].join('\n');
    const next = ['园林博览会在江城开幕各国展园亮相', '', '新华社江城3月5日电（记者钱多多）', '市长5日在江城会见了出席园林博览',
      '会的各国嘉宾，双方就园林交流合作', '深入交换了意见。'];
    const titled = analyzePage(page(next)).segmentation;
    assert.deepEqual([titled.roles[8], titled.roles[9]], ['headline', 'headline']);
    assert.ok(titled.articles.every((a) => a.paragraphs.every((p) => !p.text.includes('嘉宾代表团'))));
    // Followed by running text, such a block may be a fragment a column break cut from a sentence: it stays body.
    const running = analyzePage(page(['展会将持续一个月，其间还将举办', '多场园林设计论坛。'])).segmentation;
    assert.deepEqual([running.roles[8], running.roles[9]], ['body', 'body']);
  });

  it('ends a title block at its `——` subheadline: the column-wide lines below are body', () => {
    const page = [
      '前一篇文章的正文写到这里，说明',
      '会议的意义和作用，在联动中完善',
      '全球经济的治理。',
      '',
      '为中日关系发展夯实基础',
      '——记第十五届“北京—东京论坛”',
      '以“新时代、新期待——中日',
      '在维护亚洲及世界和平与发展中应',
      '承担的责任”为主题的第十五届',
      '“北京—东京论坛”10月26日至27',
      '日在北京举行。论坛由中国国务院',
      '新闻办公室、日本外务省支持，中',
      '国外文局和日本言论NPO共同主',
      '办。',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text === '为中日关系发展夯实基础');
    assert.ok(article, 'the title heads an article');
    assert.equal(article.subheadline?.text, '——记第十五届“北京—东京论坛”');
    assert.match(article.paragraphs.map((p) => p.text).join(''), /^以“新时代、新期待——中日在维护亚洲/);
  });

  it('keeps the short end of a wide `——` subheadline that wraps on in mid-word in the title, not in the body', () => {
    const page = [
      '前一篇文章的正文写到这里，说明会议',
      '的意义和作用，在联动中完善治理。',
      '',
      '深入生活 扎根人民',
      '——各地各部门坚持以人民为中心的创作导向，精品力',
      '作不断涌现',
      '  “敦煌慷慨留我，我誓言留住敦',
      '煌……”伴随悠扬的风铃声，一名满',
      '头白发的演员登上舞台。这部力作',
      '历时八年创作，数易其稿。',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text.replace(/\s+/g, '') === '深入生活扎根人民');
    assert.ok(article, 'the title heads an article');
    assert.equal(article.subheadline?.text.replace(/\s+/g, ''), '——各地各部门坚持以人民为中心的创作导向，精品力作不断涌现');
    assert.match(article.paragraphs[0].text, /^“敦煌慷慨留我/);
  });

  it('takes a short line standing alone after text left open in mid-sentence for a title, where blank lines part paragraphs', () => {
    const page = [
      '值得注意的是，这些入围药品',
      '均为通过一致性评价的仿制药和原',
      '研药，既降了价又保了质。',
      '',
      '“合理的药价”在世界各国往往含有',
      '',
      '春天里，用力奔跑',
      '',
      '从启程返乡到出发返城，拉杆',
      '箱的声音在大街小巷响起，春节假',
      '期后，列车车厢再次被填满。此时',
      '此刻，多少游子踏上征程，多少身',
      '影追梦远方。',
      '',
      '新年新气象，无数人又翻开了',
      '新的奋斗篇章。在安徽阜阳，节后',
      '返程的旅客与送站的亲人依依不',
      '舍，求职者在新春用工招聘会现场',
      '摩拳擦掌，扶贫干部早早来到会议',
      '室部署工作。',
      '',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text === '春天里，用力奔跑');
    assert.ok(article, 'the line heads an article');
    assert.match(article.paragraphs[0].text, /^从启程返乡到出发返城/);
  });

  it('keeps a closing fragment with an unbalanced bracket in the body', () => {
    const page = [
      '信息化将发挥更加耀眼的作用。',
      '',
      '（作者为中国教育科学研究院',
      '',
      '研究员）',
      '',
      '往含有兼顾价格、质量和供给的多',
      '重含义，这是各国医改追求的目标。',
      '',
    ].join('\n');
    const titles = articlesOf(page).map((a) => a.headline?.text);
    assert.ok(!titles.includes('研究员）'), `no title from a bracket's closing half: ${JSON.stringify(titles)}`);
  });

  it('joins the halves of a sentence that a title printed at the column top splits, where blanks mark column breaks', () => {
    const page = [
      '迎接美好新时代',
      '本报北京10月27日电 这场音乐会',
      '的作品有的以北京为题材，如交响',
      '组曲《京华风韵》、交响音诗《莲',
      '花》，还有从中国传统音乐元素中',
      '取材的作品，以及受地方民间音乐',
      '感染而创造的《云南随想》。两个',
      '多小时的演出节奏紧凑、高潮迭起',
      '',
      '透过音乐聆听中国故事',
      '，博得观众阵阵掌声，谭利华在演',
      '出结束后对记者说，希望以交响乐',
      '为桥梁，让更多国外观众了解中国',
      '的音乐水准与文化底蕴。',
    ].join('\n');
    const body = articlesOf(page).map((a) => a.paragraphs.map((p) => p.text).join('')).find((t) => t.includes('高潮迭起'));
    assert.ok(body, 'an article holds the first half');
    assert.match(body, /高潮迭起，博得观众阵阵掌声/);
  });

  it('keeps a line that opens a quotation running on into punctuated text out of the title above it', () => {
    const page = [
      '这15类民生档案包括：婚',
      '姻登记档案查询、独生子女证',
      '档案查询、知青上山下乡档案',
      '查询、知青返城档案查询、知',
      '',
      '元宵节，走近哈尔滨消防救援支队道外中队',
      '',
      '帅帅的“火焰蓝”（新时代·面孔）',
      '以往都是“百姓过节、消',
      '防过关”，今年春节警情为啥',
      '少了？陈庚告诉记者，今年哈',
      '尔滨四环内禁止燃放烟花爆',
      '竹，隐患减了不少。',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text.startsWith('帅帅的“火焰蓝”'));
    assert.ok(article, 'the title heads an article');
    assert.equal(article.headline?.text, '帅帅的“火焰蓝”（新时代·面孔）');
    assert.match(article.paragraphs[0].text, /^以往都是“百姓过节、消防过关”/);
  });

  it('takes short unpunctuated lines right above a leading dateline, after a finished sentence, for its title (no blanks)', () => {
    const page = [
      '典型，讲好扶贫故事，并对优',
      '秀代表进行资助。',
      '国务院任免',
      '国家工作人员',
      '新华社北京2月22日电国务',
      '院任免国家工作人员。',
      '任命张汉晖为外交部副部',
      '长；任命刘显法为外交部部长',
      '助理。',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.dateline !== null);
    assert.ok(article, 'the dateline opens an article');
    assert.equal(article.headline?.text, '国务院任免国家工作人员');
  });

  it('leaves an opening quotation above a dateline in the body', () => {
    const page = [
      '正是这条新通道的重要交汇',
      '点。',
      '“西部陆海新通道海铁联',
      '本报上海2月19日电 记者从上海',
      '市档案馆了解到，多类民生档案已',
      '可在线免费查询。',
    ].join('\n');
    const titles = articlesOf(page).map((a) => a.headline?.text ?? null);
    assert.ok(!titles.some((t) => t !== null && t.includes('西部陆海')), `no title from an open quotation: ${JSON.stringify(titles)}`);
  });

  it('takes a short question set right below a title for part of the title block', () => {
    const page = [
      '前一篇文章的正文写到这里，说明了',
      '会议的意义和作用，在联动中完善。',
      '多地遭遇极端天气，预计将持续到三月上旬',
      '南方为何出现连阴雨？',
      '南方阴雨天已持续多日，据中央气象',
      '台统计，江南等地的降水量较常年同',
      '期明显偏多，日照偏少，气温偏低，',
      '专家提醒公众注意出行安全和防范。',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.paragraphs.some((p) => p.text.startsWith('南方阴雨天')));
    assert.ok(article, 'the body is an article');
    const titles = [article.kicker?.text, article.headline?.text, article.subheadline?.text];
    assert.ok(titles.includes('南方为何出现连阴雨？'), `the question is a title: ${JSON.stringify(titles)}`);
  });

  it('takes the short unfinished lines between a blank line and a title line for the top of the title block', () => {
    const page = [
      '前一篇文章的正文写到这里，说明了',
      '会议的意义和作用，在联动中完善。',
      '',
      '李克强主持召开国务院常务会议',
      '听取今年减税降费政策实施汇报，',
      '要求确保为企业减负担',
      '为发展增动能；部署以更优营商环境进一步做好利用外资',
      '工作',
      '',
      '　　会议指出，今年以来，各地区各部',
      '门认真落实减税降费政策，市场主体',
      '负担明显减轻，经济运行保持平稳。',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.paragraphs.some((p) => p.text.startsWith('会议指出')));
    assert.ok(article, 'the body is an article');
    const titles = [article.kicker?.text, article.headline?.text, article.subheadline?.text].join('|');
    assert.match(titles, /李克强主持召开国务院常务会议/);
    assert.ok(!article.paragraphs.some((p) => p.text.includes('李克强主持')), 'the title line is not body');
  });

  it('keeps a title line ending on a comma with the line it wraps onto', () => {
    const texts = ['全国现入冬以来范围最大雨雪天气', '听取今年减税降费政策实施汇报，', '要求确保为企业减负担'];
    let offset = 0;
    const lines: PageLine[] = texts.map((text, index) => {
      const line = { index, start: offset, end: offset + text.length, text, lineBreak: '\n', blank: false } as unknown as PageLine;
      offset += text.length + 1;
      return line;
    });
    const widths = texts.map((t) => compactWidth(t));
    // The first two lines are set wider than each other's wrap allows; only the comma ties the last two.
    const parts = headlineParts([0, 1, 2], lines, widths, [20, 20, 20]);
    assert.deepEqual(parts, [[0], [1, 2]]);
  });

  it('starts a subheadline at a wider line closing a clause on a comma, though both lines fit the column', () => {
    const texts = ['市政府召开第八次常务会议', '研究部署春季农业生产工作，', '推进高标准农田建设'];
    let offset = 0;
    const lines: PageLine[] = texts.map((text, index) => {
      const line = { index, start: offset, end: offset + text.length, text, lineBreak: '\n', blank: false } as unknown as PageLine;
      offset += text.length + 1;
      return line;
    });
    const widths = texts.map((t) => compactWidth(t));
    assert.deepEqual(headlineParts([0, 1, 2], lines, widths, [28, 28, 28]), [[0], [1, 2]]);
    // A title wrapping onto a line no wider than its first stays one part, comma or not.
    const wrapped = ['全市春季农业生产工作会议召开', '研究部署高标准农田建设，'].map((text, index) =>
      ({ index, start: 0, end: text.length, text, lineBreak: '\n', blank: false }) as unknown as PageLine);
    assert.deepEqual(headlineParts([0, 1], wrapped, wrapped.map((l) => compactWidth(l.text)), [28, 28]), [[0, 1]]);
  });

  it('starts a subheadline at a line opening on a time ahead, though it would fit as the title wrapping on', () => {
    const lines = ['全省迎来入春以来最强降雨过程', '未来三天北部仍有大到暴雨'].map((text, index) =>
      ({ index, start: 0, end: text.length, text, lineBreak: '\n', blank: false }) as unknown as PageLine);
    assert.deepEqual(headlineParts([0, 1], lines, lines.map((l) => compactWidth(l.text)), [28, 28]), [[0], [1]]);
  });

  it('ends a title block at a title closing on a column rubric: the short line below it opens the body', () => {
    const page = [
      '前一篇文章的正文写到这里，说明',
      '会议的意义和作用，在联动中完善',
      '全球经济的治理。',
      '',
      '把小事办实办好（现场）',
      '湖南正处于产业升级、爬坡',
      '过坎的重要阶段，更需要我们沉下',
      '心来，把每一件小事办实办好，让',
      '群众看得见变化。',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text === '把小事办实办好（现场）');
    assert.ok(article, 'the rubric line is a headline');
    assert.equal(article.subheadline, null);
    assert.ok(article.paragraphs.length > 0 && article.paragraphs[0].text.startsWith('湖南正处于'), 'the line below opens the body');
  });
  it('takes an unpunctuated line set wider than the column after a finished sentence for a title (pdftotext -raw)', () => {
    const page = [
      '市图书馆日前发布了新的借阅规',
      '定，读者凭身份证即可免费办理',
      '借书卡，每人每次最多可借十本',
      '图书，借期为一个月，到期前还',
      '可续借一次，逾期将暂停借阅。',
      '各区县图书馆开展冬季读书月系列活动',
      '书香满城 共度寒冬',
      '冬季读书月活动期间，各区',
      '县图书馆每周举办两场公益讲座',
      '，邀请作家和学者与读者面对面',
      '交流，并为孩子们准备了绘本故',
      '事会和手工课堂，欢迎参加。',
      '（王小林）',
    ].join('\n');
    const articles = articlesOf(page);
    const article = articles.find((a) => a.headline?.text.replace(/\s+/g, '') === '书香满城共度寒冬');
    assert.ok(article, `the parallel phrases head an article: ${JSON.stringify(articles.map((a) => a.headline?.text ?? null))}`);
    assert.equal(article.kicker?.text, '各区县图书馆开展冬季读书月系列活动');
    assert.match(article.paragraphs[0].text, /^冬季读书月活动期间/);
    assert.deepEqual(article.byline?.authors, ['王小林']);
    assert.ok(!articles.some((a) => a !== article && a.paragraphs.some((p) => p.text.includes('读书月'))), 'the other article keeps to its own text');
  });

  it('keeps an intertitle narrower than the column in the body (pdftotext -raw)', () => {
    const page = [
      '市图书馆日前发布了新的借阅规',
      '定，读者凭身份证即可免费办理',
      '借书卡，每人每次可借十本书。',
      '借阅更方便',
      '借期为一个月，到期前还可',
      '在网上续借一次，逾期不还将暂',
      '停借阅资格，各区县图书馆也将',
      '同步执行。',
    ].join('\n');
    const articles = articlesOf(page);
    assert.equal(articles.length, 1);
    assert.ok(articles[0].paragraphs.some((p) => p.text === '借阅更方便'), 'the intertitle stays a paragraph');
  });

  it('takes the lines collected at the page foot, after a finished sentence, for titles (pdftotext -raw)', () => {
    const page = [
      '本报北京3月2日电 （记者李明）',
      '市图书馆日前发布了新的借阅规定，',
      '读者凭身份证即可免费办理借书卡，',
      '每人每次最多可借十本图书，借期为',
      '一个月，逾期不还将暂停借阅资格。',
      '本报上海3月2日电 （记者王芳）',
      '上海今年将新建二十座口袋公园，',
      '让市民在家门口就能享受绿色空间，',
      '首批公园将于五月前陆续向市民开',
      '放，全年建成的公园将超过三十座。',
      '图书馆借阅规定更新',
      '读者借书更方便',
      '上海新建口袋公园',
      '某某日报 2019年3月3日 星期日 A02',
      '国际',
    ].join('\n');
    const articles = articlesOf(page);
    const paragraphs = articles.flatMap((a) => a.paragraphs.map((p) => p.text));
    assert.ok(!paragraphs.some((p) => /图书馆借阅规定更新|上海新建口袋公园|国际/.test(p)), `no foot title in a body: ${JSON.stringify(paragraphs)}`);
    const parks = articles.find((a) => a.paragraphs.some((p) => p.text.startsWith('上海今年')));
    assert.equal(parks?.headline?.text, '上海新建口袋公园');
    const library = articles.find((a) => a.paragraphs.some((p) => p.text.startsWith('市图书馆')));
    assert.ok([library?.headline?.text, library?.subheadline?.text, library?.kicker?.text].includes('图书馆借阅规定更新'));
  });
  it('keeps a paragraph opening that leaves a bracket open out of the title above it (pdftotext -raw)', () => {
    const page = [
      '本报电 市图书馆日前发布了新的借阅',
      '规定，读者凭身份证即可免费办理借',
      '书卡，每人每次最多可借十本图书。',
      '（王小林）',
      '口袋公园',
      '扮靓城市',
      '市政府日前印发《关于',
      '加快建设口袋公园的意见》，今年将',
      '新建二十座口袋公园，让市民在家门',
      '口就能享受绿色空间。',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.paragraphs.some((p) => p.text.includes('口袋公园的意见')));
    assert.ok(article, 'the second text is an article');
    assert.match(article.paragraphs[0].text, /^市政府日前印发《关于加快建设/);
    assert.ok(![article.kicker?.text, article.headline?.text, article.subheadline?.text].some((t) => t?.includes('市政府')), 'the opening is no title');
  });

  it('takes a column-name-short line standing alone after a finished sentence for a title, where blank lines part paragraphs', () => {
    const body = (first: string) => [
      first + '，河边的柳树',
      '抽出了新芽，孩子们在草地上放起',
      '风筝，老人们在亭子里下棋聊天，',
      '一派热闹的景象。',
      '',
    ];
    const page = [
      ...body('春风吹过小城'),
      '短评',
      '',
      ...body('清晨的公园里'),
      '雨后的山村',
      '',
      ...body('山路边的茶园'),
    ].join('\n');
    const titles = articlesOf(page).map((a) => a.headline?.text ?? null);
    assert.ok(titles.includes('短评'), `a two-character line after a finished sentence heads an article: ${JSON.stringify(titles)}`);
    // A longer line in the body's type with running text below is the article's own intertitle.
    assert.ok(!titles.includes('雨后的山村'), `an intertitle stays in the body: ${JSON.stringify(titles)}`);
  });

  it('takes a short line standing alone right above another title for a title of its own (a photo story)', () => {
    const page = [
      '审判庭已受理各类案件两千余件，',
      '已审结一千多件。',
      '',
      '山村秋日农忙',
      '',
      '城市的明天更加美好——记一座小城七十年来的变迁与发展',
      '',
      '秋日的山村农忙时节，五谷丰',
      '登，村寨处处都是忙碌的身影。',
      '',
      '张三摄',
      '',
      '七十年来，城市的明天更加美好，',
      '小城里的人们用双手建设家园，街',
      '道变宽了，楼房变高了，城市的明',
      '天必将更加美好。',
    ].join('\n');
    const roles = analyzePage(page).segmentation.roles;
    assert.equal(roles[3], 'headline', 'the short line is a title');
    // The intertitle-length rule alone would not take it: it is the title above it that tells.
    assert.equal(roles[5], 'headline');
  });

  it('leaves a column rubric out of a title\'s own words', () => {
    assert.equal(withoutRubric('“不懂”与“装懂”（人民论坛）'), '“不懂”与“装懂”');
    assert.equal(withoutRubric('借阅规定更新'), '借阅规定更新');
  });
  it('takes a title set inside running text for the headline and subheadline of the article it interrupts', () => {
    const page = [
      '本报北京3月5日电（记者王明）',
      '市图书馆5日起延长开放时间，',
      '读者可在晚间借阅图书。馆方介',
      '绍，新开放的阅览区设有两百个',
      '座位，供市民免费使用，并为老',
      '',
      '图书馆延长开放时间',
      '夜间阅览区当天迎来首批读者',
      '年读者准备了大字版，并配有放大',
      '镜。',
      '　　馆方还表示，下月将推出线上',
      '预约服务，方便读者错峰入馆。',
    ].join('\n');
    const articles = articlesOf(page);
    assert.equal(articles.length, 1, 'the title does not cut the article');
    assert.equal(articles[0].headline?.text, '图书馆延长开放时间');
    assert.equal(articles[0].subheadline?.text, '夜间阅览区当天迎来首批读者');
    assert.match(articles[0].paragraphs.map((p) => p.text).join(''), /并为老年读者准备了大字版，/);
  });
  it('keeps a paragraph opening line that closes on a bracketed name in the body when running text carries it on', () => {
    const page = [
      '本报杭州3月5日电（记者李华）',
      '杭州市今年将新建一批社区食堂，',
      '方便老年人就近用餐。',
      '记者来到拱墅区街道（杭州）',
      '社区食堂，这里每天供应三餐，菜',
      '品丰富，价格实惠，深受居民欢迎。',
    ].join('\n');
    const articles = articlesOf(page);
    assert.equal(articles.length, 1);
    assert.notEqual(articles[0].headline?.text, '记者来到拱墅区街道（杭州）');
    assert.match(articles[0].paragraphs.map((p) => p.text).join(''), /记者来到拱墅区街道（杭州）社区食堂/);
  });
  it('keeps a paragraph opening line that closes on a bracketed name in the body when the line below opens a quotation', () => {
    const page = [
      '本报杭州3月5日电（记者李华）',
      '读者们纷纷表示，要把这本书读',
      '好读透，把好的精神传承下去。',
      '',
      '江南市地铁运营（集团）',
      '有限公司职工王明说：“读过',
      '这本书，我更加了解了家乡的',
      '历史和未来的发展方向。”',
    ].join('\n');
    const articles = articlesOf(page);
    assert.equal(articles.length, 1);
    assert.match(articles[0].paragraphs.map((p) => p.text).join(''), /江南市地铁运营（集团）有限公司/);
  });
  it('takes a line standing alone above a dateline as its title, unless it fills the column but for a paragraph indent', () => {
    const pageWith = (loneLine: string): string => [
      '本报杭州3月5日电（记者李华）',
      '读者们纷纷表示，要把这本书读',
      '好读透，把好的精神传承下去。',
      '',
      loneLine,
      '',
      '本报北京3月5日电（记者张平）',
      '市博物馆今天迎来了一批特别的',
      '客人，他们是来自各地的学生。',
    ].join('\n');
    const titled = articlesOf(pageWith('市图书馆的志愿者王明'));
    assert.equal(titled[1]?.headline?.text, '市图书馆的志愿者王明');
    const indentedOpening = articlesOf(pageWith('市图书馆的青年志愿者王明'));
    assert.ok(indentedOpening.every((article) => article.headline?.text !== '市图书馆的青年志愿者王明'));
  });
  it('keeps a title apart from the longer title under it across a blank line where the text follows: no kicker is shorter than its title', () => {
    const roles = (texts: readonly string[], titleCount: number): LineRole[] =>
      texts.map((t, k) => (t === '' ? 'blank' : k < titleCount ? 'headline' : 'body') as LineRole);
    // Two articles' titles stacked over the first one's text: the upper one is the shorter.
    const two = ['江城图书馆新馆开门迎客', '', '读书之城要有更多安静的角落与灯光（江畔论）', '', '本报江城3月5日电 新馆今天开门，', '首日接待读者三千人次。'];
    assert.deepEqual(headlineBlocks(pageLines(two), roles(two, 3)), [[0], [2]]);
    // A kicker runs longer than the short main title under it: one article's titles.
    const kicker = ['江城图书馆新馆今天正式开门迎接读者', '', '书香满城（江畔论）', '', '本报江城3月5日电 新馆今天开门，', '首日接待读者三千人次。'];
    assert.deepEqual(headlineBlocks(pageLines(kicker), roles(kicker, 3)), [[0, 2]]);
    // A kicker leading on with `——` goes with the title below, however long.
    const dash = ['读者王小林——', '', '二十年如一日守护社区里的图书角', '', '本报江城3月5日电 王小林今年六十岁，', '守着图书角二十年。'];
    assert.deepEqual(headlineBlocks(pageLines(dash), roles(dash, 3)), [[0, 2]]);
  });
  it('keeps the lines of a title set across columns together where each fills the same wide measure, the last one shorter', () => {
    const lines = pageLines(['市政府召开常务会议', '研究部署春季农业生产和农田水利建设工作，要求各地抓紧抓实春耕备耕', '各项准备，确保粮食生产稳定；听取全市优化营商环境工作情况汇报，推',
      '进政务服务改革']);
    const widths = lines.map((l) => compactWidth(l.text));
    assert.deepEqual(headlineParts([0, 1, 2, 3], lines, widths, [24, 24, 24, 24]), [[0], [1, 2, 3]]);
    // A kicker and headline of one width within a column or two stay apart.
    const pair = pageLines(['各地纷纷出台促进夜间经济措施', '夜间经济如何红火起来（视窗）']);
    assert.deepEqual(headlineParts([0, 1], pair, pair.map((l) => compactWidth(l.text)), [24, 24]), [[0], [1]]);
  });
});
