// Text printed right below a `——` lead-in that stands as a fragment of its own goes where the lead-in goes.
import * as assert from 'node:assert/strict';
import { mergeOrphans } from '../../../src/core/segment/links/chains';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { pageLines } from './pages';

function piece(id: number, line: number, startsOpen: boolean, endsOpen: boolean): Piece {
  return { id, lines: [line], startsOpen, endsOpen, hasDateline: false, closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set() };
}

describe('fragments under a lead-in', () => {
  const texts = [
    '春耕示范田里的人们', // 0: title of article A
    '清晨的春耕示范田里，农技员在查看秧苗。', // 1: article A
    '河湖巡护队的一天', // 2: title of article B
    '巡护队员沿着河岸巡查，记录水位和水质。', // 3: article B
    '河北，春耕示范田——', // 4: a lead-in into a section of article A, a fragment of its own
    '“每天都要到田里查看秧苗，记录水位和水”', // 5: the section's text, printed right below the lead-in
  ];
  const lines = pageLines(texts);
  const chains = () => [[piece(0, 1, false, false)], [piece(1, 3, false, false)], [piece(2, 4, false, true)], [piece(3, 5, false, false)]];
  const chainText = [texts[1] + texts[0], texts[3] + texts[2], texts[4], texts[5]];
  const attachment = new Map([[0, [{ lines: [0], block: 0, group: 0 }]], [1, [{ lines: [2], block: 1, group: 1 }]]]);

  it('joins the article the lead-in joins, though it shares a word more with a neighbour', () => {
    const made = chains();
    const merged = mergeOrphans(made, chainText, attachment, made.flat(), lines);
    assert.deepEqual(merged.chains.map((chain) => chain.map((p) => p.lines[0])), [[1, 4, 5], [3]]);
  });

  it('goes by its words when the piece printed above it does not lead on with a dash', () => {
    const plain = pageLines([...texts.slice(0, 4), '河北，春耕示范田里', texts[5]]);
    const made = chains();
    const merged = mergeOrphans(made, [chainText[0], chainText[1], plain[4].text, texts[5]], attachment, made.flat(), plain);
    assert.deepEqual(merged.chains.map((chain) => chain.map((p) => p.lines[0])), [[1, 4], [3, 5]]);
  });
});
