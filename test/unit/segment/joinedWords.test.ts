// Sentence halves told by the word they make across a column break (pdftotext prints side-by-side columns block by block).
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';
import { frontLateOpenings, linkCutOffQuotes } from '../../../src/core/segment/links/joins';
import { breakWords } from '../../../src/core/segment/links/breakWords';
import { hanPairCounts } from '../../../src/core/segment/page/text';
import type { LineRole } from '../../../src/core/model';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { buildLayout } from '../../../src/core/layout/layout';

function bodies(text: string): { headline: string | null; body: string[] }[] {
  return analyzePage(text).segmentation.articles.map((a) => ({ headline: a.headline?.text ?? null, body: a.paragraphs.map((p) => p.text) }));
}

// Two articles set side by side: the commentary's first column ends open, the report's column ends on a paragraph's
// first line (`…充电标`), and the extractor then prints the commentary's continuation before the report's.
const SIDE_BY_SIDE = [
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
  '　　继去年发布首批充电标',
  '',
  '难以产出高质量的成果，学术',
  '界也不认可，科研之路越走越',
  '窄，这是青年人才成长的痛点。',
  '',
  '准以后，工作组又组织专家制',
  '定了电池安全方面的多项规范，',
  '推动整个行业规范有序发展。',
].join('\n');

describe('segment joined words', () => {
  it('counts the pairs of Han characters the page uses within its lines', () => {
    const counts = hanPairCounts(buildLayout('标准体系\n充电标准，安全标准\n标\n准', null).lines);
    assert.equal(counts.get('标准'), 3);
    assert.equal(counts.get('准体'), 1);
    // Pairs across punctuation or across a line break are not counted.
    assert.equal(counts.get('电标'), 1);
    assert.equal(counts.get('准安'), undefined);
  });

  it('weighs a pair by its share of the pairs its rarer character makes', () => {
    const text = ['我的书', '的笔', '的本', '的纸', '的墨', '看书', '读书', '买书', '借书', '书本', '书本', '书', '本', '的', '书', '好。'].join('\n');
    const lines = buildLayout(text, null).lines;
    const piece = (line: number): Piece => ({ id: line, lines: [line], startsOpen: true, endsOpen: true, hasDateline: false, closing: false,
      afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set() });
    const judge = breakWords(lines, null);
    // Every pair `书` starts is `书本`.
    assert.deepEqual(judge(piece(11), piece(12)), { judgeable: true, pageCount: 2, pageShare: 1, dictionaryLength: 0, dictionaryBefore: 0 });
    // `的` and `书` each make five pairs, `的书` one of them.
    assert.deepEqual(judge(piece(13), piece(14)), { judgeable: true, pageCount: 1, pageShare: 0.2, dictionaryLength: 0, dictionaryBefore: 0 });
    // No two Han characters meet.
    assert.equal(judge(piece(15), piece(12)).judgeable, false);
  });

  it('gives an open end the continuation that makes a word the page uses, not the neighbour that makes none', () => {
    const articles = bodies(SIDE_BY_SIDE);
    const report = articles.find((a) => a.body.some((p) => p.startsWith('记者从有关部门获悉')));
    assert.ok(report, JSON.stringify(articles));
    assert.ok(report.body.includes('继去年发布首批充电标准以后，工作组又组织专家制定了电池安全方面的多项规范，推动整个行业规范有序发展。'),
      JSON.stringify(report.body));
    const commentary = articles.find((a) => a.headline === '青年科研人员需要更多扶持');
    assert.ok(commentary, JSON.stringify(articles));
    assert.ok(commentary.body.some((p) => p.includes('他们往往又难以产出高质量的成果')), JSON.stringify(commentary.body));
    assert.ok(!commentary.body.some((p) => p.includes('标准')), JSON.stringify(commentary.body));
  });

  it('does so too where the neighbour\'s first line is letter-spaced and tells nothing of its indent', () => {
    const page = SIDE_BY_SIDE.replace('难以产出高质量的成果，学术\n界也不认可，科研之路越走越\n窄，这是青年人才成长的痛点。',
      '难 以 产 出 好 的 成 果 ，\n学术界也不认可，科研之路越\n走越窄，这是青年人才成长的\n痛点。');
    assert.notEqual(page, SIDE_BY_SIDE);
    const articles = bodies(page);
    const report = articles.find((a) => a.body.some((p) => p.startsWith('记者从有关部门获悉')));
    assert.ok(report, JSON.stringify(articles));
    assert.ok(report.body.some((p) => p.startsWith('继去年发布首批充电标准以后')), JSON.stringify(report.body));
    assert.ok(!articles.some((a) => a.body.some((p) => p.includes('充电标难以'))), JSON.stringify(articles));
  });

  it('gives the neighbour to the open end a dated report cut off, when they make a word of the page and the end before it none', () => {
    const page = [
      '青年科研人员需要更多扶持',
      '',
      '　　不久前，一位青年教师感',
      '慨说，多亏了学校的一笔启动',
      '经费，才有了第一批科研成果。',
      '很多青年教师初入科研工作，',
      '积累尚浅，成果不多，申请项',
      '目时缺少竞争力，即便有好的',
      '想法也难以施展。缺乏资助的',
      '时候，他们的科研成',
      '',
      '　　本报北京3月1日电　记者',
      '从有关部门获悉，新能源汽车',
      '标准体系建设正在加快推进，',
      '一批充电标准和安全标准陆续',
      '发布。有关负责人表示，将继',
      '',
      '果往往难以得到学术界认可，',
      '这是青年人才成长的痛点。',
    ].join('\n');
    const articles = bodies(page);
    const commentary = articles.find((a) => a.headline === '青年科研人员需要更多扶持');
    assert.ok(commentary, JSON.stringify(articles));
    assert.ok(commentary.body.some((p) => p.includes('他们的科研成果往往难以得到学术界认可')), JSON.stringify(articles));
    assert.ok(!articles.some((a) => a.body.some((p) => p.includes('继果'))), JSON.stringify(articles));
  });

  it('keeps the neighbour link where the page has no clear other continuation', () => {
    // Without the report's continuation, the open end keeps the only continuation there is, word or no word.
    const page = SIDE_BY_SIDE.split('\n').slice(0, 23).join('\n');
    const articles = bodies(page);
    const report = articles.find((a) => a.body.some((p) => p.startsWith('记者从有关部门获悉')));
    assert.ok(report, JSON.stringify(articles));
    assert.ok(report.body.some((p) => p.includes('充电标难以产出')), JSON.stringify(report.body));
  });

  it('puts a paragraph opening printed after the text it opens in front of it, where the two make a word', () => {
    // The chain reads `园里挂满果实…`, `游客们…`, then the opening `今年秋天，山区的果`, left open: `果园` is a word of
    // the page, so the opening goes first. An opening that makes no word with the chain's start stays where it is.
    const make = (opening: string) => {
      const text = ['园里挂满果实，果园一片丰收景象。', '游客们纷纷前来采摘，果园一片繁忙。', opening].join('\n');
      const lines = buildLayout(text, null).lines;
      const base = { hasDateline: false, closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set<number>() };
      const pieces: Piece[] = [
        { ...base, id: 0, lines: [0], startsOpen: true, endsOpen: false },
        { ...base, id: 1, lines: [1], startsOpen: false, endsOpen: false },
        { ...base, id: 2, lines: [2], startsOpen: false, endsOpen: true },
      ];
      const next = new Map([[0, 1], [1, 2]]);
      const prev = new Map([[1, 0], [2, 1]]);
      const link = (a: Piece, b: Piece) => { next.set(a.id, b.id); prev.set(b.id, a.id); b.paraBreakBefore = !a.endsOpen; };
      const headOf = (id: number) => { let h = id; while (prev.has(h)) h = prev.get(h) ?? h; return h; };
      frontLateOpenings(pieces, lines, next, prev, link, headOf);
      const order: number[] = [];
      for (let id: number | undefined = headOf(0); id !== undefined; id = next.get(id)) order.push(id);
      return { order, joinedHalf: pieces[0].paraBreakBefore };
    };
    assert.deepEqual(make('今年秋天，山区的果'), { order: [2, 0, 1], joinedHalf: false });
    assert.deepEqual(make('今年秋天，山区的景').order, [0, 1, 2]);
  });

  it('goes on from a sentence announcing a quotation, cut off by a title, to the one quotation left alone', () => {
    const link = (quotations: string[]) => {
      const text = [...quotations, '　　采访中，老人回忆当年说：', '另一篇文章的标题', '　　春耕时节，田间地头一片繁忙。'].join('\n');
      const lines = buildLayout(text, null).lines;
      const roles: LineRole[] = lines.map((_, i) => (i === quotations.length + 1 ? 'headline' : 'body'));
      const base = { hasDateline: false, closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set<number>() };
      const pieces: Piece[] = [
        ...quotations.map((_, i) => ({ ...base, id: i, lines: [i], startsOpen: true, endsOpen: false })),
        { ...base, id: quotations.length, lines: [quotations.length], startsOpen: false, endsOpen: false },
        { ...base, id: quotations.length + 1, lines: [quotations.length + 2], startsOpen: false, endsOpen: false },
      ];
      const next = new Map<number, number>();
      const prev = new Map<number, number>();
      const headOf = (id: number) => { let h = id; while (prev.has(h)) h = prev.get(h) ?? h; return h; };
      linkCutOffQuotes(pieces, lines, roles, next, prev, (a, b) => { next.set(a.id, b.id); prev.set(b.id, a.id); }, headOf);
      return [...next];
    };
    assert.deepEqual(link(['“那时候条件很艰苦，大家都咬牙坚持了下来。”']), [[1, 0]]);
    // Two quotations left alone: nothing tells which one goes on.
    assert.deepEqual(link(['“那时候条件很艰苦。”', '“现在日子越过越好。”']), []);
  });
});
