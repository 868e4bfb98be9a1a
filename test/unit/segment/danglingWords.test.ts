// A fragment finishing a word that an open end holds one character of goes on after that end.
import * as assert from 'node:assert/strict';
import { mergeOrphans } from '../../../src/core/segment/links/chains';
import { breakWords, completesDanglingCharacter } from '../../../src/core/segment/links/breakWords';
import type { Piece } from '../../../src/core/segment/links/pieces';
import type { Lexicon } from '../../../src/core/segment/page/lexicon';
import { pageLines, wasmLexicon } from './pages';

function piece(id: number, line: number, startsOpen: boolean, endsOpen: boolean): Piece {
  return { id, lines: [line], startsOpen, endsOpen, hasDateline: false, closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set() };
}

describe('segment dangling words across breaks', () => {
  let lexicon: Lexicon;
  before(async function () {
    this.timeout(30_000);
    lexicon = await wasmLexicon();
  });

  it('tells a word the open end holds one character of from one it holds more of', () => {
    const lines = pageLines(['小镇今年建起了图', '书馆，藏书三万册。', '小镇今年建起了图书', '馆，藏书三万册。']);
    const judge = breakWords(lines, lexicon);
    assert.ok(completesDanglingCharacter(judge(piece(0, 0, true, true), piece(1, 1, true, true))));
    // `图书|馆`: the end holds a word of its own (`图书`) and meets the longer one as it may by accident.
    const whole = judge(piece(2, 2, true, true), piece(3, 3, true, true));
    assert.ok(whole.dictionaryLength === 3 && !completesDanglingCharacter(whole));
  });

  const texts = [
    '小镇图书馆开放了', // 0: title of article A
    '小镇新建的图书馆上周开放，图书馆每天都有很多居民来看书。', // 1: article A
    '河湖巡护队的一天', // 2: title of article B
    '巡护队员沿着河岸巡查，记录水位和水质。', // 3: article B
    '物馆里也有小镇图书馆送去的图书，每天都有居民来看书。', // 4: a fragment of A carrying on a sentence printed after it
    '馆长说，图书馆今后还要在镇上建一座博', // 5: a fragment of A, a paragraph left open at a column's foot
  ];
  const attachment = new Map([[0, [{ lines: [0], block: 0, group: 0 }]], [1, [{ lines: [2], block: 1, group: 1 }]]]);

  it('puts a fragment after the fragment whose half-written word it finishes, whatever the print order', () => {
    const lines = pageLines(texts);
    const made = [[piece(0, 1, false, false)], [piece(1, 3, false, false)], [piece(2, 4, true, false)], [piece(3, 5, false, true)]];
    const chainText = [texts[1] + texts[0], texts[3] + texts[2], texts[4], texts[5]];
    const merged = mergeOrphans(made, chainText, attachment, made.flat(), lines, lexicon);
    assert.deepEqual(merged.chains.map((chain) => chain.map((p) => p.lines[0])), [[1, 5, 4], [3]]);
    // Without a dictionary the word (`博物馆`, printed nowhere else) tells nothing: the fragments go in print order.
    const plain = [[piece(0, 1, false, false)], [piece(1, 3, false, false)], [piece(2, 4, true, false)], [piece(3, 5, false, true)]];
    assert.deepEqual(mergeOrphans(plain, chainText, attachment, plain.flat(), lines, null).chains.map((chain) => chain.map((p) => p.lines[0])), [[1, 4, 5], [3]]);
  });

  it('leaves the print order where two open ends hold a character of a word the fragment finishes', () => {
    // Both the article's own paragraph and the other fragment end on `博`: nothing tells which the fragment carries on.
    const two = [...texts.slice(0, 1), '小镇新建的图书馆上周开放，图书馆旁边就是镇上的博', ...texts.slice(2)];
    const lines = pageLines(two);
    const made = [[piece(0, 1, false, true)], [piece(1, 3, false, false)], [piece(2, 4, true, false)], [piece(3, 5, false, true)]];
    const chainText = [two[1] + two[0], two[3] + two[2], two[4], two[5]];
    const merged = mergeOrphans(made, chainText, attachment, made.flat(), lines, lexicon);
    assert.deepEqual(merged.chains.map((chain) => chain.map((p) => p.lines[0])), [[1, 4, 5], [3]]);
  });
});
