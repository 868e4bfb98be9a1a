// Sentence halves told by the word across their break, where the extractor printed a column's boxes out of order.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { mergeOrphans } from '../../../src/core/segment/links/chains';
import { linkPieces, type Piece } from '../../../src/core/segment/links/pieces';
import type { Lexicon } from '../../../src/core/segment/page/lexicon';
import { pageLines, wasmLexicon } from './pages';

function piece(id: number, line: number, startsOpen: boolean, endsOpen: boolean): Piece {
  return { id, lines: [line], startsOpen, endsOpen, hasDateline: false, closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set() };
}

describe('segment words across breaks out of print order', () => {
  let lexicon: Lexicon;
  before(async function () {
    this.timeout(30_000);
    lexicon = await wasmLexicon();
  });

  /** The chains linkPieces makes of a continuation (0) and a one-line paragraph opening left open printed after it (2). */
  const chainsOf = (opening: string, withLexicon: boolean) => {
    const lines = pageLines(['色的麦浪一直铺到天边，今年又是丰收年。', '', opening]);
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    const pieces = [piece(0, 0, true, false), piece(1, 2, false, true)];
    return linkPieces(pieces, lines, roles, true, withLexicon ? lexicon : null).map((chain) => chain.map((p) => p.id));
  };

  it('reads a chain round from the opening printed after it only where the two make a word across the break', () => {
    // `…一片金黄` + `色的麦浪` makes `金黄色`: the opening leads into the text printed before it.
    assert.deepEqual(chainsOf('站在田埂上望去，一片金黄', true), [[1, 0]]);
    // `…都说` + `色的麦浪` makes no word: the opening goes on elsewhere, and the chain is left as printed.
    assert.deepEqual(chainsOf('合作社的老社员们都说', true), [[0, 1]]);
    // Without a dictionary nothing tells: the chain is read round as before.
    assert.deepEqual(chainsOf('合作社的老社员们都说', false), [[1, 0]]);
  });
});

describe('segment fragments carrying on an article\'s open end', () => {
  let lexicon: Lexicon;
  before(async function () {
    this.timeout(30_000);
    lexicon = await wasmLexicon();
  });

  const texts = [
    '小镇丰收节', // 0: title of article A
    '小镇今年的丰收节很热闹，站在田埂上望去，一片金', // 1: article A, its last sentence left open
    '乡村合作社', // 2: title of article B
    '乡村合作社今年收成很好，社员们都很高兴。', // 3: article B
    '黄色的麦浪一直铺到天边，小镇今年又是丰收年。', // 4: a fragment finishing A's word (`金黄色`)
    '合作社的社员们都说丰收节很热闹。', // 5: a fragment starting in mid-sentence that makes no word with A's open end
  ];
  const attachment = new Map([[0, [{ lines: [0], block: 0, group: 0 }]], [1, [{ lines: [2], block: 1, group: 1 }]]]);
  const merge = (withLexicon: boolean) => {
    const lines = pageLines(texts);
    const made = [[piece(0, 1, false, true)], [piece(1, 3, false, false)], [piece(2, 4, true, false)], [piece(3, 5, true, false)]];
    const chainText = [texts[1] + texts[0], texts[3] + texts[2], texts[4], texts[5]];
    return mergeOrphans(made, chainText, attachment, made.flat(), lines, withLexicon ? lexicon : null).chains.map((chain) => chain.map((p) => p.lines[0]));
  };

  it('favours for an open end only the fragments that make a word with it, where any does', () => {
    // Fragment 4 completes A's word; fragment 5 is placed by its words alone, which lean to B.
    assert.deepEqual(merge(true), [[1, 4], [3, 5]]);
    // Without a dictionary no fragment makes a word with A's end: both are favoured for it.
    assert.deepEqual(merge(false), [[1, 4, 5], [3]]);
  });
});
