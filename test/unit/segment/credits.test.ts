// Credits (bylines, closing datelines) as narrow columns print them: wrapped over lines, set under a title, and the
// names in them. Each page is a small invented one, laid out the way an extractor prints it.
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';
import { creditText } from '../../../src/core/segment/article';
import { isOnlyDatelineAndCredit, matchBareCredit, matchTrailingCreditLines, parseCredit } from '../../../src/core/segment/roles/byline';
import { buildPieces } from '../../../src/core/segment/links/pieces';
import { compactWidth } from '../../../src/core/segment/page/text';
import type { LineRole, PageLine } from '../../../src/core/model';
import { looksLikeName } from '../../../src/core/segment/roles/names';
import { findPullQuotes, isPhotoCredit } from '../../../src/core/segment/roles/caption';
import { findWrappedCredit } from '../../../src/core/segment/roles/wrappedCredits';
import { articlesOf, pageLines } from './pages';

describe('segment credits', () => {
  it('knows less frequent surnames (洪, 暨, 赖) but not a bracketed place word', () => {
    for (const name of ['洪小雨', '暨明', '赖文清']) assert.ok(looksLikeName(name), name);
    assert.deepEqual(parseCredit('本报记者 洪小雨、暨明')?.reporters, ['洪小雨', '暨明']);
    assert.equal(parseCredit('山东省'), null);
  });

  it('lets names with known surnames vouch for the rest of their list, never for a lone word', () => {
    assert.deepEqual(parseCredit('记者巨小明、王大力、钱多多')?.reporters, ['巨小明', '王大力', '钱多多']);
    assert.equal(parseCredit('记者 巨小明'), null);
    assert.equal(parseCredit('记者手记'), null);
    assert.equal(parseCredit('记 者 了 解 到 ， 今 年'), null);
  });

  it('reads pooled and stationed credits: （综合本报记者张三、李四报道）, （本报驻泰国记者王五）', () => {
    assert.deepEqual(parseCredit('综合本报记者王小明、钱多多报道')?.reporters, ['王小明', '钱多多']);
    assert.deepEqual(parseCredit('本报记者王小明、钱多多整理')?.reporters, ['王小明', '钱多多']);
    assert.deepEqual(parseCredit('本报驻泰国记者王小明')?.reporters, ['王小明']);
    assert.equal(parseCredit('作者为在华留学生，本报驻泰国记者王小明采访整理'), null);
  });

  it('reads role words naming the paper, a posting or a rank, and a paper correspondent (本报通讯员)', () => {
    assert.deepEqual(parseCredit('本报记者 王小明 本报通讯员 钱多多'), { reporters: ['王小明'], correspondents: ['钱多多'], authors: [] });
    assert.deepEqual(parseCredit('本报通讯员 钱多多')?.correspondents, ['钱多多']);
    for (const role of ['人民日报记者', '中新社记者', '本报特派记者', '本报全媒体记者', '首席记者', '本报实习记者', '本报驻泰国记者']) {
      assert.deepEqual(parseCredit(`${role} 王小明`)?.reporters, ['王小明'], role);
    }
    assert.deepEqual(matchBareCredit('本报全媒体记者 王小明 钱多多')?.reporters, ['王小明', '钱多多']);
    assert.equal(parseCredit('记者手记'), null);
  });

  it('reads a 文/ tag inside the brackets: （文/王小明）, （文/图 本报记者 王小明）', () => {
    assert.deepEqual(parseCredit('文/王小明')?.authors, ['王小明']);
    assert.deepEqual(parseCredit('文／王小明 钱多多')?.authors, ['王小明', '钱多多']);
    assert.deepEqual(parseCredit('文/图 本报记者 王小明')?.reporters, ['王小明']);
    assert.equal(parseCredit('图文并茂'), null);
  });

  it('reads credit lines with a mark or a 文/ tag, and a place before 报道', () => {
    assert.deepEqual(matchBareCredit('□本报记者 王小明')?.reporters, ['王小明']);
    assert.deepEqual(matchBareCredit('文/图 本报记者 王小明'), { reporters: ['王小明'], correspondents: [], authors: [] });
    assert.deepEqual(matchBareCredit('文/王小明 钱多多')?.authors, ['王小明', '钱多多']);
    assert.deepEqual(matchBareCredit('本报记者 王小明 上海报道')?.reporters, ['王小明']);
    assert.deepEqual(parseCredit('记者 王小明 钱多多报道')?.reporters, ['王小明', '钱多多']);
    assert.equal(matchBareCredit('图/王小明'), null, 'a picture credit is a caption');
    assert.ok(isPhotoCredit('图/王小明'));
    assert.equal(matchBareCredit('王小明 钱多多'), null, 'bare names need a role word or a tag');
    assert.deepEqual(matchBareCredit('作者：王小明')?.authors, ['王小明']);
    assert.equal(matchBareCredit('作者认为这样做更好'), null, 'a sentence about an author is no credit');
    assert.deepEqual(parseCredit('本报记者 王小明 发自上海')?.reporters, ['王小明']);
    assert.deepEqual(parseCredit('记者王小明、钱多多发自东京')?.reporters, ['王小明', '钱多多']);
  });

  it('prints a credit as it stood, without the gaps line ends and letter-spacing leave', () => {
    assert.equal(creditText('(记者\n王小明 通讯员 钱多多)', ['王小明', '钱多多']), '(记者 王小明 通讯员 钱多多)');
    assert.equal(creditText('(记者 王\n小明 钱多多)', ['王小明', '钱多多']), '(记者 王小明 钱多多)');
    assert.equal(creditText('（本报记者 钱多多\n赵一）', ['钱多多', '赵一']), '（本报记者 钱多多 赵一）');
    assert.equal(creditText('（本报记者王小明、\n钱多多）', ['王小明', '钱多多']), '（本报记者王小明、钱多多）');
    assert.equal(creditText('（ 记 者 王 小 明 、 钱\n多多）', ['王小明', '钱多多']), '（记者王小明、钱多多）');
    assert.equal(creditText('（记\n者 王小明 钱多多 赵一 通讯\n员 周二）', ['王小明', '钱多多', '赵一', '周二']), '（记者 王小明 钱多多 赵一 通讯员 周二）');
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

  it('reads a closing credit on lines of its own, wrapped over a blank line, and opens the next article after it', () => {
    const page = [
      '秋收时节的新画面',
      '',
      '秋收时节，田野里到处是忙碌',
      '的身影，合作社的收割机来回穿',
      '梭，村民们脸上都挂着笑容。',
      '',
      '合作社负责人说，今年的收成',
      '比去年好，大家的干劲更足了。',
      '',
      '（ 本 报 记 者 王 小 明 、 朱',
      '',
      '丽、马大成、钱多多）',
      '',
      '新的剧目陆续上演乡村舞台',
      '',
      '各地剧团带着新排的剧目走进',
      '乡村，观众们看得津津有味。',
    ].join('\n');
    const articles = articlesOf(page);
    const first = articles.find((a) => a.headline?.text === '秋收时节的新画面');
    assert.ok(first, 'the title heads an article');
    assert.deepEqual(first.byline?.reporters, ['王小明', '朱丽', '马大成', '钱多多']);
    assert.equal(first.byline?.text, '（本报记者王小明、朱丽、马大成、钱多多）');
    assert.match(first.paragraphs[first.paragraphs.length - 1].text, /干劲更足了。$/);
    const second = articles.find((a) => a.headline?.text === '新的剧目陆续上演乡村舞台');
    assert.ok(second, 'the text after the credit is another article');
    assert.equal(second.byline, null);
    assert.ok(second.paragraphs.every((p) => !p.text.includes('马大成')));
  });

  it('reads a special dispatch dateline (专电) in full-width digits and an author line tagged 作者：', () => {
    const page = [
      '港口货运量持续回升',
      '',
      '新华社东京３月５日专电（记者王小',
      '明）港口货运量本月持续回升，多家',
      '企业扩大了出口订单，运力也随之增',
      '加。',
      '',
      '每天读一点书让忙碌的日子慢慢安静下来',
      '',
      '每天睡前读上几页书，日子好像慢了',
      '下来，心也跟着静了，烦恼也少了许',
      '多。',
      '',
      '作者：钱多多',
    ].join('\n');
    const articles = articlesOf(page);
    const news = articles.find((a) => a.headline?.text === '港口货运量持续回升');
    assert.equal(news?.dateline?.text, '新华社东京３月５日专电');
    assert.deepEqual(news?.byline?.reporters, ['王小明']);
    assert.match(news?.paragraphs[0].text ?? '', /^港口货运量/);
    const essay = articles.find((a) => a.headline?.text === '每天读一点书让忙碌的日子慢慢安静下来');
    assert.deepEqual(essay?.byline?.authors, ['钱多多']);
    assert.equal(essay?.byline?.text, '作者：钱多多');
    assert.ok(essay?.paragraphs.every((p) => !p.text.includes('作者')));
  });

  it('leaves bracketed text that opens with no role word to the body', () => {
    const lines = pageLines(['（王小明、朱', '', '丽、马大成）']);
    assert.equal(findWrappedCredit(lines, 0, () => true), null);
    const credit = findWrappedCredit(pageLines(['（通讯员王小明、朱', '', '丽）']), 0, () => true);
    assert.deepEqual(credit?.parsed.correspondents, ['王小明', '朱丽']);
    assert.deepEqual(credit?.lines, [0, 2]);
    assert.equal(findWrappedCredit(pageLines(['（记者王小明、朱', '', '丽）说，这里']), 0, () => true), null, 'text runs on after the bracket');
  });

  it('reads a closing bracket with dateline and credit over three lines', () => {
    const page = [
      '新的剧目陆续上演',
      '',
      '各地剧团带着新排的剧目走进',
      '乡村，观众们看得津津有味。',
      '团长说，演给乡亲们看，大家心里',
      '都很踏实。',
      '（据新华社北京5月6日电 记',
      '者王小明、朱丽、马大成、钱',
      '多多）',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text === '新的剧目陆续上演');
    assert.ok(article, 'the title heads an article');
    assert.equal(article.dateline?.text, '据新华社北京5月6日电');
    assert.deepEqual(article.byline?.reporters, ['王小明', '朱丽', '马大成', '钱多多']);
    assert.match(article.paragraphs[article.paragraphs.length - 1].text, /都很踏实。$/);
  });

  it('keeps a dateline and its wrapped credit in one piece with the body below, however the lines are set', () => {
    assert.ok(isOnlyDatelineAndCredit('本报广州5月7日讯(记者 王\n小明 钱多多 通讯员 赵一)'));
    assert.ok(!isOnlyDatelineAndCredit('本报广州5月7日讯(记者 王小明)这几年'));
    assert.ok(!isOnlyDatelineAndCredit('这几年(记者 王小明)'));
    const texts = ['本报广州5月7日讯(记者 王', '小明 钱多多 通讯员 赵一)', '这几年，新城区的道路越来越宽了', '，公园越来越多，居民们的生活越', '来越方便，大家的日子越过越红火', '。'];
    let offset = 0;
    const lines: PageLine[] = texts.map((text, index) => {
      const line = { index, start: offset, end: offset + text.length, text, eol: '\n', width: compactWidth(text), blank: false };
      offset += text.length + 1;
      return line;
    });
    const roles: LineRole[] = ['dateline', 'body', 'body', 'body', 'body', 'body'];
    const widths = lines.map((l) => compactWidth(l.text));
    const pieces = buildPieces(lines, roles, widths, lines.map(() => 30), new Map(), new Set(), new Set());
    assert.deepEqual(pieces.map((p) => p.lines), [[0, 1, 2, 3, 4, 5]]);
  });

  it('cuts a bare-name credit after an ellipsis off the body: ……（赵一）', () => {
    const page = [
      '老城区的老街巷焕发出新的活力',
      '',
      '傍晚时分，街巷里亮起了灯，',
      '人们三三两两地散步聊天，好',
      '不惬意……（赵一）',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text === '老城区的老街巷焕发出新的活力');
    assert.ok(article, 'the title heads an article');
    assert.deepEqual(article.byline?.authors, ['赵一']);
    assert.match(article.paragraphs[article.paragraphs.length - 1].text, /好不惬意……$/);
  });

  it('prefers a dateline with a credit right after the body to a bare name a link brought to the chain end', () => {
    const page = [
      '老城区的老街巷焕发出新的活力',
      '',
      '老城区的街巷不宽，却处处有',
      '故事，游客们走走停停，拍照留',
      '念，说这里的味道最地道。',
      '（据新华社电 记者王小明）',
      '',
      '#@ merge',
      '傍晚时分，街巷里亮起了灯，',
      '人们三三两两地散步聊天，好',
      '不惬意……（赵一）',
    ].join('\n');
    const result = analyzePage(page).segmentation;
    const article = result.articles.find((a) => a.headline?.text === '老城区的老街巷焕发出新的活力');
    assert.ok(article, 'the title heads an article');
    assert.equal(article.dateline?.text, '据新华社电');
    assert.deepEqual(article.byline?.reporters, ['王小明']);
    assert.ok(result.noise.some((n) => n.text === '（赵一）'), 'the displaced credit stays on the page as noise');
  });

  it('prefers a later bracket with dateline and credit to a lone closing dateline a link put inside the article', () => {
    const page = [
      '老城区的老街巷焕发出新的活力',
      '',
      '老城区的街巷不宽，却处处有',
      '故事，游客们走走停停，拍照留',
      '念，说这里的味道最地道。',
      '（新华社北京5月6日电）',
      '',
      '#@ merge',
      '傍晚时分，街巷里亮起了灯，',
      '人们三三两两地散步聊天，好',
      '不惬意。',
      '（据新华社电 记者王小明）',
    ].join('\n');
    const result = analyzePage(page).segmentation;
    const article = result.articles.find((a) => a.headline?.text === '老城区的老街巷焕发出新的活力');
    assert.ok(article, 'the title heads an article');
    assert.equal(article.dateline?.text, '据新华社电');
    assert.deepEqual(article.byline?.reporters, ['王小明']);
    assert.ok(result.noise.some((n) => n.text === '（新华社北京5月6日电）'), 'the displaced dateline stays on the page as noise');
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

describe('segment captions', () => {
  it('reads photo credits in their usual forms, and only with a credit before 摄', () => {
    for (const credit of ['王小明摄（人民视觉）', '钱 多摄（影像中国）', '新华社记者 王小明、钱多多 摄', '王小明、钱多多摄（人民视觉）', '新华社发（王小明摄）',
      '新华社发', '（王小明摄）', '王小明摄 钱多多摄', '本报记者 王小明摄']) assert.ok(isPhotoCredit(credit), credit);
    for (const text of ['们正在取景拍摄', '中进行拍摄', '摄影爱好者们来到现场', '本报记者 王小明 摄影报道']) assert.ok(!isPhotoCredit(text), text);
  });

  it('finds a pull quote: a sentence set apart that repeats the body nearby, over several lines', () => {
    const compactLines = ['前面的正文写到这里，大家', '都觉得这件事情很有意义。', '', '每一次出发，', '都是新的开始。', '', '他说，每一次出发，都是新的开始。', '后面的正文。'];
    const all = () => true;
    assert.deepEqual(findPullQuotes(compactLines, all), [{ first: 3, last: 4 }]);
    // Without the repetition it is an ordinary short paragraph.
    assert.deepEqual(findPullQuotes(compactLines.slice(0, 6), all), []);
    assert.deepEqual(findPullQuotes(compactLines, (i) => i !== 4), []);
  });

  it('keeps a pull quote out of the body and gives it whole to its article', () => {
    const page = [
      '山村里的新图书馆',
      '',
      '村里的图书馆开门那天，孩子',
      '们早早就来排队。管理员说，读',
      '书的种子已经种下了，总有一天',
      '',
      '读书的种子已经种下了。',
      '',
      '会发芽。现在每到周末，这里都',
      '坐满了看书的孩子和老人。',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text === '山村里的新图书馆');
    assert.ok(article, 'the title heads an article');
    assert.deepEqual(article.captions.map((c) => c.text), ['读书的种子已经种下了。']);
    assert.match(article.paragraphs.map((p) => p.text).join(''), /总有一天会发芽。/);
  });

  it('ends a photo story at its photo credit: the text after it is another article', () => {
    const page = [
      '山区的产业发展带动村民致富增收',
      '本报贵阳10月7日讯(记者 王小明)近',
      '日，山区合作社的香菇喜获丰收。近两',
      '年，在各方资金和技术的支持下，合作',
      '社大力发展香菇产业，建成现代化的食',
      '用菌生产基地，每年可生产香菇十万斤',
      '左右。',
      '图为村民正在采摘香菇。',
      '钱多多摄（人民视觉）',
      '',
      '城市的规划建设由顶层设计和规划编',
      '制转入实质性建设阶段，一批重点项目',
      '开工建设，河湖环境治理和生态保护取',
      '得新成效，一批企业在新区落户；今年',
      '以来多项经济指标创近年来最好水平。',
    ].join('\n');
    const story = articlesOf(page).find((a) => a.headline?.text === '山区的产业发展带动村民致富增收');
    assert.ok(story, 'the title heads the photo story');
    assert.deepEqual(story.captions.map((c) => c.text), ['钱多多摄（人民视觉）']);
    assert.match(story.paragraphs[story.paragraphs.length - 1].text, /^图为村民正在采摘香菇。$/);
  });

  it('leaves a long article open at a photo set inside it', () => {
    const page = ['城市里的新公园成了市民休闲好去处', ''];
    const places = ['东湖', '西山', '南河', '北岸', '中心', '滨江', '河畔', '城东', '城西', '新区', '老城', '湖心'];
    for (const place of places) page.push(`${place}公园建成以后，周末的时候`, '公园里到处都是散步的人，孩子', '们在草地上奔跑，老人们在树下', '聊天下棋。', '');
    page.push('图为市民在公园里散步。', '王小明摄（人民视觉）', '', '园林部门的负责人说，今后', '还将继续建设更多的口袋公园，让', '市民出门就能见到绿色。');
    const articles = articlesOf(page.join('\n'));
    assert.equal(articles.length, 1, `one article: ${JSON.stringify(articles.map((a) => a.headline?.text ?? null))}`);
    assert.match(articles[0].paragraphs[articles[0].paragraphs.length - 1].text, /^园林部门的负责人说/);
  });

  it('does not take a sentence the text repeats apart as a refrain for a pull quote', () => {
    const page = ['歌声里的祖国', '', '我爱你，中国！我爱你，中国！', '', '清晨的阳光洒在广场上，人们', '唱起了熟悉的歌。', '', '我爱你，中国！我爱你，中国！', ''];
    assert.deepEqual(articlesOf(page.join('\n')).flatMap((a) => a.captions.map((c) => c.text)), []);
  });

  it('gives a photo credit to the photo story right above it, not to the article that follows', () => {
    const page = [
      '山村里的灯会',
      '',
      '本报西宁2月1日电 （记者',
      '王小明）春节前，山村里举办了',
      '一场灯会，村民们扶老携幼前来',
      '观看，到处是欢声笑语。',
      '钱多多摄（影像中国）',
      '本报北京2月1日电 （记者',
      '赵一）1日，记者从有关部门获',
      '悉，今年春运的客流比去年有所',
      '增加，各地都做好了准备。',
    ].join('\n');
    const articles = articlesOf(page);
    const withCredit = articles.find((a) => a.captions.some((c) => c.text === '钱多多摄（影像中国）'));
    assert.ok(withCredit, 'the photo credit is a caption');
    assert.equal(withCredit.dateline?.text, '本报西宁2月1日电');
  });
});
