// Two open ends exchange continuations where each then makes a longer dictionary word across its break.
import * as assert from 'node:assert/strict';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { exchangeForLongerWords } from '../../../src/core/segment/links/wordExchanges';
import type { Lexicon } from '../../../src/core/segment/page/lexicon';
import { linkState, pageLines, piecesOf, wasmLexicon } from './pages';

/** The links after the pass, as "from>to" pairs, starting from the given ones. */
function exchange(texts: readonly string[], shapes: readonly Partial<Piece>[], links: readonly [number, number][], lexicon: Lexicon | null): string[] {
  const lines = pageLines(texts);
  const pieces = piecesOf(shapes);
  const { next, prev, link, headOf, pairs } = linkState(pieces, links);
  exchangeForLongerWords(pieces, lines, lexicon, next, prev, link, headOf);
  return pairs();
}

describe('segment links exchanged for longer dictionary words', () => {
  let lexicon: Lexicon;
  before(async function () {
    this.timeout(30_000);
    lexicon = await wasmLexicon();
  });

  // 0 `…群` was linked on to its neighbour 1 (`群力`); 2 `…公司人` was left alone; 3 `策群力…` nothing precedes.
  const texts = ['只要大家群', '力资源部的老师说', '他是这家公司人', '策群力，共建家园。'];
  const shapes: Partial<Piece>[] = [{ startsOpen: false }, {}, { startsOpen: false }, { endsOpen: false }];

  it('gives the continuation to the open end left alone when the one holding it finds a longer word elsewhere', () => {
    assert.deepEqual(exchange(texts, shapes, [[0, 1]], lexicon), ['0>3', '2>1']);
  });

  it('takes a continuation after a finished sentence, and links the piece cut off to the open end finishing its word', () => {
    // 4 `辑清楚…。` was linked on to 3 by page order; cut off, it finishes the word 5 `…很有逻` leaves (`逻辑`).
    const more = [texts[0], texts[1], texts[2], '辑清楚，道理明白。', texts[3], '讲话很有逻'];
    const moreShapes: Partial<Piece>[] = [shapes[0], shapes[1], shapes[2], { endsOpen: false }, { endsOpen: false }, { startsOpen: false }];
    assert.deepEqual(exchange(more, moreShapes, [[0, 1], [3, 4]], lexicon), ['0>4', '2>1', '5>3']);
  });

  it('moves nothing without a segmenter, without a longer word for the holder, or where the long word ties', () => {
    assert.deepEqual(exchange(texts, shapes, [[0, 1]], null), ['0>1']);
    // The holder makes no longer word with any continuation left alone: the open end left alone stays so.
    assert.deepEqual(exchange(texts.slice(0, 3), shapes.slice(0, 3), [[0, 1]], lexicon), ['0>1']);
    // The continuation the holder would take goes on from another sentence's Han character already.
    assert.deepEqual(exchange([...texts, '大家都说好'], [...shapes, { startsOpen: false }], [[0, 1], [4, 3]], lexicon), ['0>1', '4>3']);
    // Two continuations would each give the open end left alone as long a word: nothing tells which.
    assert.deepEqual(exchange([...texts, '力资源部的领导说'], [...shapes, {}], [[0, 1]], lexicon), ['0>1']);
    // A continuation that opens a paragraph carries no sentence on.
    assert.deepEqual(exchange(texts, [shapes[0], shapes[1], shapes[2], { startsOpen: false, endsOpen: false }], [[0, 1]], lexicon), ['0>1']);
  });
});
