// Intertitles holding a comma: two lines ending short without punctuation, or one full-width line over a paragraph's
// opening. Invented text, a column of 12 Han characters (24 cells), blank lines between the extractor's boxes.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { buildPieces } from '../../../src/core/segment/links/pieces';
import { pageLines } from './pages';

describe('segment intertitles holding a comma', () => {
  const build = (texts: readonly string[]) => {
    const lines = pageLines(texts);
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    return buildPieces(lines, roles, lines.map((l) => l.width), lines.map(() => 24), new Map(), new Set(), new Set());
  };
  const paragraphAbove = ['今年果园的苹果喜获丰收，果', '农们忙着采摘装箱外运。', ''];

  it('reads a full-width line without sentence punctuation over an indented opening as a paragraph of its own', () => {
    const pieces = build([...paragraphAbove, '团结，凝聚起奋发向上力量', '合作社联系城里超市，', '', '打开了新的销路，收入稳步', '增加。']);
    const titled = pieces.find((p) => p.lines[0] === 3);
    assert.ok(titled);
    assert.deepEqual(titled.lines, [3, 4]);
    // No sentence printed elsewhere goes on in it, and its opening line starts a paragraph.
    assert.equal(titled.startsOpen, false);
    assert.ok(titled.breaks.has(4));
  });

  it('reads such a line printed in one block between a finished paragraph and an opening as the intertitle over that opening', () => {
    // No blank line anywhere: a line standing alone between two paragraphs is no column of its own.
    const pieces = build(['今年果园的苹果喜获丰收，果', '农们忙着采摘外运。', '团结，凝聚起奋发向上力量', '合作社联系城里超市，', '打开了新的销路，收入稳步', '增加。']);
    const titled = pieces.find((p) => p.lines.includes(2));
    assert.deepEqual(titled?.lines, [2, 3, 4, 5]);
    assert.equal(titled.startsOpen, false);
    assert.ok(titled.breaks.has(3));
  });

  it('reads a short unpunctuated line closing a block after a finished paragraph as an intertitle, leaving nothing open', () => {
    const pieces = build(['今年果园的苹果喜获丰收，果', '农们忙着采摘外运。', '致富路上的新风景', '', '合作社联系城里超市，打开']);
    assert.deepEqual(pieces[0].lines, [0, 1, 2]);
    assert.equal(pieces[0].endsOpen, false);
    assert.ok(pieces[0].breaks.has(2));
    // A paragraph's opening printed with its indent carries its sentence on, however short the extractor measured it.
    const opening = build(['今年果园的苹果喜获丰收，果', '农们忙着采摘外运。', '　　合作社联系城里超', '', '市，打开了新的销路。']);
    assert.equal(opening.find((p) => p.lines.includes(2))?.endsOpen, true);
    // A line filling the column carries its sentence on into another block.
    const running = build(['今年果园的苹果喜获丰收，果', '农们忙着采摘外运。', '合作社还联系了城里的超市', '', '打开了新的销路。']);
    assert.equal(running.find((p) => p.lines.includes(2))?.endsOpen, true);
    // So does a short line after a sentence left open.
    const open = build(['今年果园的苹果喜获丰收，果', '农们忙着采摘装箱运往城里', '的超市和许多新的', '', '销路上。']);
    assert.equal(open[0].endsOpen, true);
  });

  it('still reads a full-width line over a full one, or over an opening that starts on a figure, as a continuation', () => {
    const overFull = build([...paragraphAbove, '团结，凝聚起奋发向上力量', '合作社联系城里超市打开了', '', '新的销路，收入稳步增加。']);
    assert.equal(overFull.find((p) => p.lines[0] === 3)?.startsOpen, true);
    // Half-width digits are measured narrow: the line under may fill the column though it looks indented.
    const overFigure = build([...paragraphAbove, '合作社去年的收入达到了约', '3500万元，比上年增加', '', '了一成多。']);
    assert.equal(overFigure.find((p) => p.lines[0] === 3)?.startsOpen, true);
  });

  it('reads two lines with a comma ending short on a Han character as an intertitle, not one opening on a figure', () => {
    const pieces = build([...paragraphAbove, '奋进，为乡村振兴的新征程', '喝彩', '', '去年以来，合作社联系', '城里超市，打开了新的销', '路，收入稳步增加。']);
    const intertitle = pieces.find((p) => p.lines[0] === 3);
    assert.equal(intertitle?.startsOpen, null);
    assert.equal(intertitle?.endsOpen, false);
    const figure = build([...paragraphAbove, '3.5%，为乡村振兴的新征程', '喝彩', '', '去年以来，合作社联系']);
    assert.equal(figure.find((p) => p.lines[0] === 3)?.startsOpen, true);
  });
});
