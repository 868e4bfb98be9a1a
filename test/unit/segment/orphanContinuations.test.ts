// Continuations left without their beginning after the other link passes, a column switch that is no switch, and a
// neighbour link in reading order kept against an accidental dictionary word.
import * as assert from 'node:assert/strict';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { buildPieces } from '../../../src/core/segment/links/pieces';
import { linkFreeHalvesByWord, linkOrphanContinuations } from '../../../src/core/segment/links/orphanContinuations';
import { linkByDictionaryWords } from '../../../src/core/segment/links/dictionaryJoins';
import type { Lexicon } from '../../../src/core/segment/page/lexicon';
import { compactWidth } from '../../../src/core/segment/page/text';
import { linkState, pageLines, piecesOf, wasmLexicon } from './pages';

type Pass = (pieces: readonly Piece[], next: Map<number, number>, prev: Map<number, number>, link: (a: Piece, b: Piece) => void,
  headOf: (id: number) => number) => void;

/** The links after a pass, as "from>to" pairs, starting from the given ones. */
function relink(shapes: readonly Partial<Piece>[], links: readonly [number, number][], pass: Pass): string[] {
  const pieces = piecesOf(shapes);
  const { next, prev, link, headOf, pairs } = linkState(pieces, links);
  pass(pieces, next, prev, link, headOf);
  return pairs();
}

describe('segment continuations left without their beginning', () => {
  // An article's sentence left open (0), another article's last column opening on a spaced figure and closing on a
  // jump line (1), and the sentence's continuation printed after it (2).
  const texts = ['中美双方在经贸磋商中取得进展，双方同意继续磋商，合作不会因一时一事', '5 年 来 ，京津冀三地协同发展，京津冀交通一体化加快推进。（下转第六版）',
    '而改变。中美经贸磋商取得的进展有利于双方，合作共赢是中美经贸关系的本质。'];
  const lines = pageLines(texts);

  it('gives the continuation the open end a neighbour whose start tells nothing took, where the vocabulary says so', () => {
    const shapes = [{ startsOpen: false }, { startsOpen: null, endsOpen: false, closing: true }, { endsOpen: false }];
    assert.deepEqual(relink(shapes, [[0, 1]], (p, n, q, l, h) => linkOrphanContinuations(p, lines, n, q, l, h)), ['0>2']);
  });

  it('leaves the link where the neighbour goes on, or its start says it carries the sentence on', () => {
    // The neighbour's article does not end right before the continuation.
    const open = [{ startsOpen: false }, { startsOpen: null, endsOpen: false, closing: false }, { endsOpen: false }];
    assert.deepEqual(relink(open, [[0, 1]], (p, n, q, l, h) => linkOrphanContinuations(p, lines, n, q, l, h)), ['0>1']);
    const carries = [{ startsOpen: false }, { startsOpen: true, endsOpen: false, closing: true }, { endsOpen: false }];
    assert.deepEqual(relink(carries, [[0, 1]], (p, n, q, l, h) => linkOrphanContinuations(p, lines, n, q, l, h)), ['0>1']);
  });
});

describe('segment free halves by a word of the page', () => {
  let lexicon: Lexicon;
  before(async function () {
    this.timeout(30_000);
    lexicon = await wasmLexicon();
  });

  it('links an open end and a continuation left alone whose halves make a word the page prints and the dictionary knows', () => {
    // `磋商` is printed elsewhere on the page (piece 2) and is a dictionary word.
    const texts = ['人们有理由相信，第七轮磋', '新华社北京电 双方磋商后王毅同外长通电话。', '这次磋商取得进展。', '商过后，人们对中美关系更有信心。'];
    const lines = pageLines(texts);
    const shapes = [{ startsOpen: false }, { startsOpen: false, endsOpen: false }, { startsOpen: false, endsOpen: false }, { endsOpen: false }];
    assert.deepEqual(relink(shapes, [], (p, n, q, l, h) => linkFreeHalvesByWord(p, lines, lexicon, n, q, l, h)), ['0>3']);
  });

  it('takes a letter-spaced continuation, whose width tells nothing of an indent, but no other that tells nothing', () => {
    const texts = ['收获惊喜。“青年人才托举工', '新华社拉萨电 工程队修复了古籍。', '程 ” 累 计 资 助 的 年 轻 人 不 少', '这项工程意义重大。'];
    const lines = pageLines(texts);
    const shapes = [{ startsOpen: false }, { startsOpen: false, endsOpen: false }, { startsOpen: null }, { startsOpen: false, endsOpen: false }];
    assert.deepEqual(relink(shapes, [], (p, n, q, l, h) => linkFreeHalvesByWord(p, lines, lexicon, n, q, l, h)), ['0>2']);
    const plain = pageLines(['收获惊喜。“青年人才托举工', '新华社拉萨电 工程队修复了古籍。', '程”累计资助的年轻人不少', '这项工程意义重大。']);
    assert.deepEqual(relink(shapes, [], (p, n, q, l, h) => linkFreeHalvesByWord(p, plain, lexicon, n, q, l, h)), []);
  });

  it('leaves them apart where the page never prints the word elsewhere, or a second continuation makes one too', () => {
    const once = pageLines(['人们有理由相信，第七轮磋', '新华社北京电 王毅同外长通电话。', '商过后，人们对中美关系更有信心。']);
    const shapes = [{ startsOpen: false }, { startsOpen: false, endsOpen: false }, { endsOpen: false }];
    assert.deepEqual(relink(shapes, [], (p, n, q, l, h) => linkFreeHalvesByWord(p, once, lexicon, n, q, l, h)), []);
    // Two open ends would each make the word with the one continuation: nothing tells which.
    const two = pageLines(['人们有理由相信，第七轮磋', '这次磋商取得进展，磋商还将继续。', '商过后，人们对中美关系更有信心。', '双方同意继续磋']);
    const four = [{ startsOpen: false }, { startsOpen: false, endsOpen: false }, { endsOpen: false }, { startsOpen: false }];
    assert.deepEqual(relink(four, [], (p, n, q, l, h) => linkFreeHalvesByWord(p, two, lexicon, n, q, l, h)), []);
  });

  it('keeps a neighbour link in reading order that shares the article vocabulary against an accidental dictionary word', () => {
    // `…想干` + `啥，…` is no dictionary word (干|啥), `…想干` + `性进展` makes `干性` by accident.
    const texts = ['消防员老段每当有人问他的儿子长大后想干', '啥，老段便成了消防员儿子的榜样。', '脱贫攻坚取得决定', '性进展，贫困人口大幅减少。'];
    const lines = pageLines(texts);
    const pieces = piecesOf([{ startsOpen: false }, { endsOpen: false }, { startsOpen: false, endsOpen: true }, { endsOpen: false }]);
    const run = (columnsInOrder: boolean) => {
      const next = new Map<number, number>([[0, 1]]);
      const prev = new Map<number, number>([[1, 0]]);
      linkByDictionaryWords(pieces, lines, lexicon, next, prev, (a, b) => { next.set(a.id, b.id); prev.set(b.id, a.id); }, [], columnsInOrder);
      return [...next].map(([a, b]) => `${a}>${b}`).sort();
    };
    assert.deepEqual(run(true), ['0>1']);
    assert.deepEqual(run(false), ['0>3']);
  });
});

describe('segment column switches', () => {
  it('reads a line short of the column by no more than its half-width digits as full, unless blocks are read out of order', () => {
    // Line 2 measures 27 cells of 30 (the digit `5` one cell) after a sentence left open: an indented opening by its
    // width, yet justification may have spread the digit. `全、|媒体` makes no word either way.
    const texts = ['本届论坛设立了双边政治与外交、', '经济与贸易、国际安全与稳定等、', '媒体、科技创新等5个平行分论', '坛出席论坛的嘉宾，就如何落实两'];
    const lines = pageLines(texts);
    const widths = lines.map((l) => compactWidth(l.text));
    const build = (narrowMayFill: boolean) => buildPieces(lines, lines.map(() => 'body'), widths, lines.map(() => 30), new Map(), new Set(), new Set(),
      false, null, narrowMayFill).map((p) => p.lines);
    assert.deepEqual(build(true), [[0, 1, 2, 3]]);
    assert.deepEqual(build(false), [[0, 1], [2, 3]]);
  });

  it('reads none either where the dictionary knows the word the two lines make (with a segmenter)', async function () {
    this.timeout(30_000);
    const lexicon = await wasmLexicon();
    // `团|队` is printed nowhere else on the page: only the dictionary tells.
    const texts = ['该剧历时八年创作，数易其稿，其间主创', '人员多次奔赴敦煌参观学习，其中主创团', '队更曾6次奔赴敦煌深入生活体验', '，才在舞台上呈现出敦煌之神韵与精神。'];
    const lines = pageLines(texts);
    const widths = lines.map((l) => compactWidth(l.text));
    const build = (lex: Lexicon | null) => buildPieces(lines, lines.map(() => 'body'), widths, lines.map(() => 36), new Map(), new Set(), new Set(), false, lex)
      .map((p) => p.lines);
    assert.deepEqual(build(lexicon), [[0, 1, 2, 3]]);
    assert.deepEqual(build(null), [[0, 1], [2, 3]]);
  });

  it('reads no column switch where a shorter line after a sentence left open makes a word of the page with it', () => {
    // Line 2 is as short as an indented opening, but `指|导` is a word the page prints (`指导意见`).
    const texts = ['按照指导意见的要求，各部门印发了试点的指导意见，', '各地要按照试点工作的有关要求推进的指', '导意见》（以下简称《意见》），记', '者就有关问题采访了农业农村部负责人。'];
    const lines = pageLines(texts);
    const widths = lines.map((l) => compactWidth(l.text));
    const pieces = buildPieces(lines, lines.map(() => 'body'), widths, lines.map(() => 36), new Map(), new Set(), new Set());
    assert.deepEqual(pieces.map((p) => p.lines), [[0, 1, 2, 3]]);
    // Without the word, the short line after the open sentence opens a new column.
    const other = pageLines(['按照通知的要求，各部门印发了试点的通知文件，', '各地要按照试点工作的有关要求推进的指', '导意见》（以下简称《意见》），记', '者就有关问题采访了农业农村部负责人。']);
    const otherWidths = other.map((l) => compactWidth(l.text));
    assert.deepEqual(buildPieces(other, other.map(() => 'body'), otherWidths, other.map(() => 36), new Map(), new Set(), new Set()).map((p) => p.lines), [[0, 1], [2, 3]]);
  });
});
