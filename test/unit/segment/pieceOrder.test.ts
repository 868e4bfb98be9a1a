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

  it('does not run a finished photo story on into a paragraph\'s broken-off last line printed after it', () => {
    const page = [
      '国庆档几部影片让观众更有温度地看历史',
      '国庆期间，几部影片讲述',
      '普通人与国家之间息息相关密',
      '不可分的动人故事，再现了登',
      '山队员向珠峰发起冲刺，完成',
      '了世界首次登顶这一“不可能',
      '',
      '杂技艺术节在市里举办十台剧目展演',
      '为庆祝节日，多家单位主办',
      '的杂技艺术节在市里举办，十',
      '台优秀杂技剧目进行了展演。',
      '',
      '完成”的任务。',
      '这几部影片通过对人物的着',
      '力塑造，以人物关系推动事件',
      '发展，以人物情感的走向反映',
      '个人命运与国家命运的关联。',
      '观众在影片里看到的不再是对',
      '历史事件的简单罗列，而是一',
      '个个鲜活的人物和丰满的故事',
      '以及人物与时代的紧密联系。',
    ].join('\n');
    const articles = bodies(page);
    const story = articles.find((a) => a.headline === '杂技艺术节在市里举办十台剧目展演');
    assert.ok(story, JSON.stringify(articles));
    assert.deepEqual(story.body, ['为庆祝节日，多家单位主办的杂技艺术节在市里举办，十台优秀杂技剧目进行了展演。']);
  });

  it('cuts a photo story (an intro and a `图为` paragraph over a photo credit) off the dateline article printed right before it', () => {
    const page = [
      '本报北京10月11日电 （记者',
      '张三）外交部发言人11日宣布：两',
      '国合作委员会第十五次会议将于本',
      '月十五日在重庆举行。应国务院有',
      '关负责人邀请，该国副总理将于十',
      '四日至十七日访华并共同主持上述',
      '会议，双方将就合作深入交换意见。',
      '近年来，随着政策支持力度加',
      '大和文化消费升级，实体书店积极',
      '转型，探索多元化经营模式，书店',
      '成为许多城市的新景点。',
      '图为10月10日，读者在湖边',
      '一家新开的文创书店内阅读。',
      '李四摄',
      '新华社北京10月11日电 近日，',
      '有关部门印发意见，要求进一步做',
      '好药品保供稳价工作，更好保障群',
      '众基本用药需求，主动回应社会关',
      '切，定期通报工作情况。',
      '两国合作委员会会议将在重庆举行',
      '湖边书店看书',
      '药品保供稳价工作意见印发',
    ].join('\n');
    const articles = analyzePage(page).segmentation.articles;
    const story = articles.find((a) => a.headline?.text === '湖边书店看书');
    assert.ok(story, JSON.stringify(articles.map((a) => a.headline?.text ?? null)));
    assert.deepEqual(story.paragraphs.map((p) => p.text.slice(0, 4)), ['近年来，', '图为10']);
    assert.deepEqual(story.captions.map((c) => c.text), ['李四摄']);
    const news = articles.find((a) => a.headline?.text === '两国合作委员会会议将在重庆举行');
    assert.ok(news && news.paragraphs.length === 1 && news.dateline !== null);
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

  it('leads a one-line paragraph opening left open into a title\'s block that starts in mid-sentence', () => {
    const page = [
      '工业运行保持平稳增长态势',
      '',
      '现积极变化。前三季度原材料行业',
      '工业增加值同比增长百分之七，比',
      '去年同期加快两个多百分点，重点',
      '行业工业运行总体平稳。',
      '',
      '“前三季度全国工业增加值同',
      '比增长，工业运行保持在合理区间',
      '，符合全年增速预期。”他说。',
      '',
      '百分之五点六，工业增加值增速处',
      '于预期目标区间，工业运行平稳。',
      '',
      '分行业看，重点行业均运行出',
      '',
      '春耕备耕有序展开',
      '',
      '本报南京2月1日电 近日，一场',
      '主题为科技下乡的活动在江苏举行，',
      '来自高校的专家为农民讲解种植技',
      '术，受到村民们的热烈欢迎和好评。',
    ].join('\n');
    const article = bodies(page).find((a) => a.headline === '工业运行保持平稳增长态势');
    assert.ok(article, 'the title heads an article');
    const text = article.body.join('');
    assert.ok(text.includes('重点行业均运行出现积极变化'), `the opening runs on into the titled block: ${JSON.stringify(article.body)}`);
    assert.ok(!text.includes('运行出百分之'), `the opening is not read round into the text printed before it: ${JSON.stringify(article.body)}`);
  });

  it('leaves a sentence left open above a jump line (`（下转第6版）`) to the other page', () => {
    const page = [
      '工业运行保持平稳增长态势',
      '',
      '现积极变化。前三季度原材料行',
      '业工业增加值同比增长百分之七，',
      '比去年同期加快两个多百分点。',
      '',
      '赛迪研究院的专家认为，从今',
      '年前三季度的运行数据看，平稳增',
      '长仍是当前工业运行的主旋律。',
      '',
      '前三季度，高技术制造业投',
      '（下转第6版）',
    ].join('\n');
    const article = bodies(page).find((a) => a.headline === '工业运行保持平稳增长态势');
    assert.ok(article, 'the title heads an article');
    assert.match(article.body[0], /^现积极变化/);
    assert.equal(article.body[article.body.length - 1], '前三季度，高技术制造业投');
  });

  it('gives an open sentence cut off by a dateline the continuation a neighbour took, when the vocabulary says so', () => {
    const page = [
      '北方舞狮粗犷威武（非遗年集）',
      '',
      '本报石家庄2月6日讯 舞狮表演',
      '在沧州各地春节年俗中长盛不衰，',
      '沧州舞狮团的狮子时而腾空跃起，',
      '时而顶腰扭动，沧州舞狮团的队员',
      '频频亮出拿手绝活。一名手持',
      '',
      '本报昆明2月6日讯 湛江醒狮被',
      '誉为南国一绝，湛江醒狮传承人李',
      '荣仔作为湛江醒狮代表性传承人入',
      '选我国第二批国家级非物质文化遗',
      '',
      '狮珠的引狮者带路，逗引狮子表演',
      '出坐肩、双狮互跃等动作，沧州舞',
      '狮团的狮子攀上长凳翻滚跳跃，沧',
      '州观众掌声如雷，沧州舞狮团名声',
      '远扬。',
      '',
      '南方醒狮形神逼真（非遗年集）',
      '',
      '产项目代表性传承人名单。李荣仔',
      '说，湛江醒狮历史悠久，李荣仔从',
      '小接触湛江醒狮，湛江醒狮讲究刚',
      '劲，李荣仔带出的湛江醒狮弟子已',
      '超过七百名。',
    ].join('\n');
    const texts = bodies(page).map((a) => a.body.join(''));
    assert.ok(texts.some((t) => t.includes('一名手持狮珠的引狮者带路') && t.includes('沧州舞狮团名声远扬')), JSON.stringify(texts));
    assert.ok(texts.some((t) => t.startsWith('湛江醒狮被誉为南国一绝') && t.includes('非物质文化遗产项目代表性传承人名单')), JSON.stringify(texts));
  });

  it('keeps a dateline whose bracketed credit wraps onto a short second line with the text that follows', () => {
    const page = [
      '人民日报 2019年10月28日 星期一',
      '',
      '继续为开放型世界经济增添动力',
      '——国际会议综述',
      '',
      '本报广州10月27日讯(记者 陈',
      '志德 林杰 通讯员 黎艳 方思菊)',
      '国际会议10月27日在广州闭幕，本',
      '届大会的主题是新一轮经济全球化',
      '和中国改革开放再出发，来自多国',
      '的嘉宾参加了会议并作主旨发言。',
    ].join('\n');
    const article = analyzePage(page).segmentation.articles.find((a) => a.headline?.text === '继续为开放型世界经济增添动力');
    assert.ok(article, 'the title heads an article');
    assert.equal(article.dateline?.text, '本报广州10月27日讯');
    assert.deepEqual(article.byline?.reporters, ['陈志德', '林杰']);
  });

  describe('a letter-spaced line', () => {
    // A commentary's column ends open; a dated report follows; then the commentary's continuation, its first line
    // letter-spaced (pdfminer sets justified lines so) with as many characters as a full line holds.
    const page = (first: string) => [
      '青年科研人员需要更多扶持',
      '',
      '　　不久前，一位青年教师感',
      '慨说，多亏了学校的一笔启动',
      '经费，自己的科研生涯才走好',
      '了关键的第一步。很多青年教',
      '师初入科研工作，积累尚浅，',
      '申请项目时缺少竞争力，即便',
      '有好的想法也难以施展。缺乏',
      '资助的时候，他们往往又',
      '',
      '　　本报北京3月1日电　记者',
      '从有关部门获悉，新能源汽车',
      '标准体系建设正在加快推进，',
      '一批充电标准和安全标准陆续',
      '发布。有关负责人表示，标准',
      '是产业健康发展的基础，将继',
      '续完善标准体系。',
      '',
      first,
      '界也不认可，科研之路越走越',
      '窄，这是青年人才成长的痛点。',
    ].join('\n');

    it('whose characters alone fill the column carries on a sentence, whatever the spacing', () => {
      const articles = bodies(page('难 以 产 出 高 质 量 的 成 果 ，学 术'));
      const commentary = articles.find((a) => a.headline === '青年科研人员需要更多扶持');
      assert.ok(commentary, JSON.stringify(articles));
      assert.ok(commentary.body.some((p) => p.includes('他们往往又难以产出高质量的成果，学术界也不认可')), JSON.stringify(articles));
    });

    it('with fewer characters than a full line may be a paragraph\'s indented opening: it tells nothing', () => {
      const articles = bodies(page('难 以 产 出 高 质 量 的 成 果 ，'));
      const report = articles.find((a) => a.body.some((p) => p.startsWith('记者从有关部门获悉')));
      assert.ok(report, JSON.stringify(articles));
      assert.ok(report.body.includes('难以产出高质量的成果，界也不认可，科研之路越走越窄，这是青年人才成长的痛点。'), JSON.stringify(articles));
    });
  });
});
