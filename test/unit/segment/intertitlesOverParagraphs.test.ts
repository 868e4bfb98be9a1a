// Intertitles set apart by blank lines over the paragraph they head (pdfminer). Invented text, a column of 12 Han
// characters (24 cells): a paragraph's opening line is indented two characters (20 cells).
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { type Piece, buildPieces, linkPieces } from '../../../src/core/segment/links/pieces';
import { closeIntertitlesOverParagraphs } from '../../../src/core/segment/links/intertitlesOverParagraphs';
import { pageLines } from './pages';

describe('segment intertitles set apart over the paragraph they head', () => {
  const piecesOf = (texts: readonly string[]) => {
    const lines = pageLines(texts);
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    const widths = lines.map((l) => l.width);
    const columnWidth = lines.map(() => 24);
    const built = buildPieces(lines, roles, widths, columnWidth, new Map(), new Set(), new Set(), true);
    return { lines, roles, built, pieces: closeIntertitlesOverParagraphs(built, lines, widths, columnWidth, null) };
  };
  const paragraphBelow = ['合作社联系城里超市，', '打开了新的销路收入也稳步', '增加。'];
  const at = (pieces: readonly Piece[], line: number) => pieces.find((p) => p.lines[0] === line);

  it('closes a one-line block without end punctuation right above an indented opening', () => {
    const { built, pieces } = piecesOf(['绿色，照亮山间新路', '', ...paragraphBelow]);
    // Read by its width alone, the line leaves a sentence open…
    assert.equal(at(built, 0)?.endsOpen, true);
    // …but the indented opening below it says it heads that paragraph.
    assert.equal(at(pieces, 0)?.endsOpen, false);
  });

  it('leaves it open over a continuation set full width, a short fragment, or where the break makes a word of the page', () => {
    const overContinuation = piecesOf(['绿色，照亮山间新路', '', '线修到了各家各户门口，村', '民出行方便多了。']);
    assert.equal(at(overContinuation.pieces, 0)?.endsOpen, true);
    const overFragment = piecesOf(['绿色，照亮山间新路', '', '张三', '打开了新的销路收入也稳步', '增加。']);
    assert.equal(at(overFragment.pieces, 0)?.endsOpen, true);
    // `果` + `园` is a word the page prints twice elsewhere: the sentence goes on across the blank line.
    const word = piecesOf(['果园里的苹果熟了，果园外', '的路修好了。', '', '乡亲们承包了大片的果', '', '园里种满了红苹果树，', '打开了新的销路收入也稳步', '增加。']);
    assert.equal(at(word.pieces, 3)?.endsOpen, true);
    const noWord = piecesOf(['果园里的苹果熟了，果园外', '的路修好了。', '', '乡亲们承包了大片的田', '', '园里种满了红苹果树，', '打开了新的销路收入也稳步', '增加。']);
    assert.equal(at(noWord.pieces, 3)?.endsOpen, false);
  });

  it('closes an intertitle ending a block after a finished paragraph, as a paragraph of its own', () => {
    const { pieces } = piecesOf(['今年苹果喜获丰收，果', '农们忙着采摘装箱外运。', '绿色，照亮山间新路', '', ...paragraphBelow]);
    const block = at(pieces, 0);
    assert.equal(block?.endsOpen, false);
    assert.ok(block?.breaks.has(2));
    // After a sentence left open the short line is that sentence's next line, not an intertitle.
    const running = piecesOf(['今年苹果喜获丰收，果', '农们忙着采摘装箱外运，', '绿色的果园照亮了山间', '', ...paragraphBelow]);
    assert.equal(at(running.pieces, 0)?.endsOpen, true);
  });

  it('links the intertitle on to its paragraph instead of reading a continuation round under it', () => {
    const { lines, roles, pieces } = piecesOf(['线修到了各家各户门口，村', '民出行方便多了。', '', '绿色，照亮山间新路', '', ...paragraphBelow]);
    const chains = linkPieces(pieces, lines, roles, true, null);
    assert.deepEqual(chains.map((chain) => chain.map((p) => p.lines[0])), [[0, 3, 5]]);
    assert.equal(at(pieces, 5)?.paraBreakBefore, true);
  });
});
