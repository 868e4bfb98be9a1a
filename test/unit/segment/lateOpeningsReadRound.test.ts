// A paragraph's opening pdfminer printed after the rest of its article, right above the page's layout credit.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import type { Lexicon } from '../../../src/core/segment/page/lexicon';
import { buildPieces, linkPieces } from '../../../src/core/segment/links/pieces';
import { pageLines, piecesOf, wasmLexicon } from './pages';

describe('segment late openings over a layout credit', () => {
  it('leaves a sentence left open right above a layout credit open: the credit closes no article there', () => {
    const piecesAbove = (last: string) => {
      const lines = pageLines(['　　那一年，经过国际龙狮运动', last, '', '版式设计：张三']);
      const roles: LineRole[] = ['body', 'body', 'blank', 'furniture'];
      return buildPieces(lines, roles, [26, 26, 0, 14], [26, 26, 26, 26], new Map(), new Set(), new Set());
    };
    const open = piecesAbove('联合会的考核，他成为国际级裁');
    assert.equal(open[0].endsOpen, true);
    assert.equal(open[0].closing, false);
    const finished = piecesAbove('联合会的考核，成为国际裁判。');
    assert.equal(finished[0].closing, true);
  });

  let lexicon: Lexicon;
  before(async function () {
    this.timeout(20000);
    lexicon = await wasmLexicon();
  });

  it('reads a chain round from its late opening across a word boundary where the two blocks share their vocabulary', () => {
    const texts = [
      '联合会考核批准，老李成为国际级龙狮运动裁判员。', // 0 the chain's head, in mid-sentence
      '',
      '如今，老李在家乡创建了传承基地。', // 2
      '',
      '那一年，经国际龙狮运动', // 4 the paragraph's opening, printed late (`运动` + `联合会` meet at a word boundary)
    ];
    const lines = pageLines(texts);
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    const shapes = [{ lines: [0], endsOpen: false }, { lines: [2], startsOpen: false, endsOpen: false }, { lines: [4], startsOpen: false }];
    assert.deepEqual(linkPieces(piecesOf(shapes), lines, roles, true, lexicon).map((c) => c.map((p) => p.lines[0])), [[4, 0, 2]]);
    // An opening that shares nothing with the chain stays where it was printed.
    const other = pageLines([...texts.slice(0, 4), '那一年，村里新修了一条']);
    assert.deepEqual(linkPieces(piecesOf(shapes), other, roles, true, lexicon).map((c) => c.map((p) => p.lines[0])), [[0, 2, 4]]);
  });
});
