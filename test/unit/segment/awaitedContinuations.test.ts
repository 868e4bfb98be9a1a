// Where blank lines set every block apart (pdfminer prints a column's opening block after the text it leads into), a
// fragment opening a paragraph and left open goes before the continuation its article holds without a start.
import * as assert from 'node:assert/strict';
import { mergeOrphans } from '../../../src/core/segment/links/chains';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { pageLines } from './pages';

function piece(id: number, shape: Partial<Piece>): Piece {
  return {
    id, lines: [id + 1], startsOpen: false, endsOpen: false, hasDateline: false, closing: false, afterClosing: false, forced: null,
    paraBreakBefore: true, breaks: new Set(), ...shape,
  };
}

describe('segment a late-printed opening before the continuation it leads into', () => {
  const texts = [
    '果园迎来丰收',
    '今年从事果园种植的农户都喜获丰收。',
    '事水果生意的商贩纷纷赶来收购。',
    '“合作社还建起了冷库。”',
    '村里许多农户从',
    '县里的负责人说，',
  ];
  const lines = pageLines(texts);
  const make = () => [
    piece(0, {}),
    piece(1, { startsOpen: true }), // a continuation: `从|事` makes a pair the page prints
    piece(2, { startsOpen: true }), // a continuation opening on a quotation mark: the break tells nothing
    piece(3, { endsOpen: true }), // a paragraph's opening, left open, printed after the text it leads into
    piece(4, { endsOpen: true }), // another, left open on a comma
  ];
  const attachment = new Map([[0, [{ lines: [0], block: 0, group: 0 }]]]);
  const order = (blankSeparated: boolean) => {
    const pieces = make();
    const chains = [[pieces[0], pieces[1], pieces[2]], [pieces[3]], [pieces[4]]];
    const chainText = [texts.slice(1, 4).join(''), texts[4], texts[5]];
    return mergeOrphans(chains, chainText, attachment, pieces, lines, null, blankSeparated).chains.map((c) => c.map((p) => p.id));
  };

  it('puts each opening before the continuation that waits for it, by the word across the break where several wait', () => {
    assert.deepEqual(order(true), [[0, 3, 1, 4, 2]]);
  });

  it('leaves an opening whose end meets the waiting continuation at a word boundary in page order', () => {
    const wordless = pageLines([...texts.slice(0, 4), '村里许多农户说']);
    const pieces = make().slice(0, 4);
    const chains = [[pieces[0], pieces[1]], [pieces[3]]];
    const merged = mergeOrphans(chains, [texts.slice(1, 3).join(''), '村里许多农户说'], attachment, pieces, wordless, null, true);
    assert.deepEqual(merged.chains.map((c) => c.map((p) => p.id)), [[0, 1, 3]]);
  });

  it('keeps page order where blank lines mark only column breaks', () => {
    assert.deepEqual(order(false), [[0, 1, 2, 3, 4]]);
  });
});
