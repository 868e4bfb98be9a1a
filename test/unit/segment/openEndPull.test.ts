// A fragment starting in mid-sentence is pulled to an article that leaves a sentence open — but only to one sharing some
// of its words: the two halves of a sentence share their article's vocabulary, and an article sharing none at all is
// another article that happens to end open.
import * as assert from 'node:assert/strict';
import { chainSimilarity } from '../../../src/core/segment/titles/attach';
import { mergeOrphans } from '../../../src/core/segment/links/chains';
import type { Piece } from '../../../src/core/segment/links/pieces';

function piece(id: number, lines: number[], shape: Partial<Piece>): Piece {
  return {
    id, lines, startsOpen: false, endsOpen: false, hasDateline: false, closing: false, afterClosing: false, forced: null,
    paraBreakBefore: true, breaks: new Set(), ...shape,
  };
}

describe('segment the pull of an open end on a fragment', () => {
  const pieces = [
    piece(0, [0], { hasDateline: true }), // an article about skiing, its sentence finished
    piece(1, [10], { hasDateline: true, endsOpen: true }), // an article about river cleaning, left open
    piece(2, [20], { hasDateline: true, closing: true }), // a short notice, closed by its credit
    piece(3, [30], { startsOpen: true }), // a fragment carrying on a sentence, printed after the notice
  ];
  const chains = pieces.map((p) => [p]);
  const attachment = new Map([[0, [{ lines: [9], block: 0, group: 0 }]], [1, [{ lines: [19], block: 1, group: 1 }]]]);
  const notice = '本报讯 春节期间图书馆照常开放。（本报记者）';
  const skiing = '本报某地2月1日电 雪场上游客很多，教练带着孩子们练习转弯，大家在山坡上排队等缆车，笑声不断，场面十分热闹，不少家长也在旁边拍照留念。';
  const river = '本报某地2月1日电 河道治理工程近日完工，沿岸居民反映河水变清了，河道两旁种上了柳树，';
  const fragment = '滑行的要领，孩子们一遍遍摔倒又爬起来，不怕冷也不怕累。';

  it('sends a fragment sharing no word with the open article to the article it shares words with', () => {
    assert.equal(chainSimilarity(fragment, river), 0);
    assert.ok(chainSimilarity(fragment, skiing) > 0 && chainSimilarity(fragment, skiing) < 0.1);
    const merged = mergeOrphans(chains, [skiing, river, notice, fragment], attachment, pieces);
    assert.deepEqual(merged.chains.map((c) => c.map((p) => p.id)), [[0, 3], [1], [2]]);
  });

  it('still lets the open end pull a fragment that shares some of its words', () => {
    const riverFragment = '岸居民散步的好去处，孩子们也爱在河边玩耍。';
    assert.ok(chainSimilarity(riverFragment, river) > 0);
    const merged = mergeOrphans(chains, [skiing, river, notice, riverFragment], attachment, pieces);
    assert.deepEqual(merged.chains.map((c) => c.map((p) => p.id)), [[0], [1, 3], [2]]);
  });
});
