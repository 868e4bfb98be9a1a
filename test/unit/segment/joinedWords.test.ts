// Sentence halves told by the word they make across a column break (pdftotext prints side-by-side columns block by block).
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';
import type { LineRole } from '../../../src/core/model';
import { hanPairCounts, relinkStolenContinuations } from '../../../src/core/segment/joins';
import type { Piece } from '../../../src/core/segment/pieces';
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

  it('keeps the neighbour link where the page has no clear other continuation', () => {
    // Without the report's continuation, the open end keeps the only continuation there is, word or no word.
    const page = SIDE_BY_SIDE.split('\n').slice(0, 23).join('\n');
    const articles = bodies(page);
    const report = articles.find((a) => a.body.some((p) => p.startsWith('记者从有关部门获悉')));
    assert.ok(report, JSON.stringify(articles));
    assert.ok(report.body.some((p) => p.includes('充电标难以产出')), JSON.stringify(report.body));
  });
});

describe('segment joined words, from the continuation\'s side', () => {
  // An open end left alone (`…中华民`), another open end linked to a continuation it makes no word with (`…同中方` +
  // `族…`), and the page using the word the first makes with it (`民族`) again and again.
  const texts = [
    '两国人民携手实现中华民', '', '双方表示愿意加强同中方', '', '族伟大复兴的梦想，民族团结', '', '各民族共同繁荣，民族地区发展。',
  ];
  const piece = (id: number, line: number, startsOpen: boolean | null, endsOpen: boolean): Piece => ({
    id, lines: [line], startsOpen, endsOpen, hasDateline: false, closing: false, afterClosing: false, forced: null, paraBreakBefore: true,
    breaks: new Set(),
  });
  const run = (page: readonly string[], roles: readonly LineRole[], pieces: readonly Piece[], links: readonly [number, number][]) => {
    const lines = buildLayout(page.join('\n'), null).lines;
    const next = new Map(links);
    const prev = new Map(links.map(([a, b]) => [b, a]));
    const link = (a: Piece, b: Piece) => { next.set(a.id, b.id); prev.set(b.id, a.id); };
    const headOf = (id: number) => { let h = id; while (prev.has(h)) h = prev.get(h) ?? h; return h; };
    relinkStolenContinuations(pieces, lines, roles, next, prev, link, headOf);
    return { next, prev };
  };
  const pieces = [piece(0, 0, null, true), piece(1, 2, null, true), piece(2, 4, true, true), piece(3, 6, false, false)];
  const links: [number, number][] = [[1, 2], [2, 3]];
  const roles: LineRole[] = texts.map((t) => (t === '' ? 'blank' : 'body'));

  it('gives the continuation to the open end left alone that makes a word the page uses with it', () => {
    const { next, prev } = run(texts, roles, pieces, links);
    assert.equal(next.get(0), 2);
    assert.equal(prev.get(2), 0);
    assert.equal(next.has(1), false, 'the end it leaves is left open');
  });

  it('leaves the link where the open end left alone has text right below it', () => {
    // The lone end's own box goes on right below it (no blank line): that text may carry its sentence on.
    const page = ['两国人民携手实现中华民', '的梦想得到了各方的支持。', '双方表示愿意加强同中方', '', '族伟大复兴的梦想，民族团结', '',
      '各民族共同繁荣，民族地区发展。'];
    const below = [piece(0, 0, null, true), piece(1, 1, false, false), piece(2, 2, null, true), piece(3, 4, true, true), piece(4, 6, false, false)];
    const { next } = run(page, page.map((t) => (t === '' ? 'blank' : 'body')), below, [[2, 3], [3, 4]]);
    assert.equal(next.get(2), 3);
    assert.equal(next.has(0), false);
  });

  it('leaves a continuation printed right under a title to the title passes', () => {
    const page = [...texts];
    page[3] = '合作论坛开幕';
    const withTitle = page.map((t): LineRole => (t === '' ? 'blank' : t === '合作论坛开幕' ? 'headline' : 'body'));
    const { next } = run(page, withTitle, pieces, links);
    assert.equal(next.get(1), 2);
  });
});
