// A title printed between the two halves of another article's sentence (pdfminer) heads its own article further down.
import * as assert from 'node:assert/strict';
import type { HeadlinePart } from '../../../src/core/segment/titles/attach';
import { cutTitledContinuations } from '../../../src/core/segment/titles/titleBetweenHalves';
import { pageLines, piecesOf } from './pages';

// Invented page, one block per line with blank lines between: an open end, a title, the sentence's second half and a
// paragraph of the same article, then the title's own article.
function cut(overrides: { above?: string; half?: string } = {}) {
  const texts = [
    overrides.above ?? '村里修路的事，村民们议论了很久。修路要钱，村里', // 0 open end (piece 0)
    '',
    '雪山脚下的守望者', // 2 title
    '',
    overrides.half ?? '拿不出钱，村民们就自己动手修路。', // 4 carries the sentence on (piece 1)
    '',
    '路修好以后，村里的孩子上学方便了，村民们都说修路修对了。', // 6 (piece 2)
    '',
    '在雪山脚下，守望者老王已经守了三十年。', // 8 the title's article (piece 3)
    '',
    '老王说，雪山就是他的家，守望是他的事。', // 10 (piece 4)
  ];
  const lines = pageLines(texts);
  const pieces = piecesOf([
    { lines: [0], startsOpen: false, endsOpen: !/。$/.test(texts[0]), paraBreakBefore: true },
    { lines: [4], startsOpen: true, endsOpen: false },
    { lines: [6], startsOpen: false, endsOpen: false, paraBreakBefore: true },
    { lines: [8], startsOpen: false, endsOpen: false, paraBreakBefore: true },
    { lines: [10], startsOpen: false, endsOpen: false, paraBreakBefore: true },
  ]);
  const title: HeadlinePart = { lines: [2], block: 0, group: 0 };
  const chains = [[pieces[0]], [pieces[1], pieces[2], pieces[3], pieces[4]]];
  const result = cutTitledContinuations(chains, new Map([[1, [title]]]), pieces, lines, null);
  return result.chains.map((chain) => chain.map((p) => p.lines[0]));
}

describe('segment titles printed between the halves of a sentence', () => {
  it('gives the sentence\'s second half and its article\'s paragraphs to the open end, the title the rest', () => {
    assert.deepEqual(cut(), [[0, 4, 6], [8, 10]]);
  });

  it('cuts nothing where the text under the title holds the title\'s words', () => {
    assert.deepEqual(cut({ half: '拿不出钱，雪山下的村民们就自己动手修路。' }), [[0], [4, 6, 8, 10]]);
  });

  it('cuts nothing where the text above the title finished its sentence', () => {
    assert.deepEqual(cut({ above: '村里修路的事，村民们议论了很久。修路要钱。' }), [[0], [4, 6, 8, 10]]);
  });

  it('cuts nothing where the text under the title shares no words with the open sentence\'s article', () => {
    assert.deepEqual(cut({ above: '今年的春天来得早，河边的柳树早早' }), [[0], [4, 6, 8, 10]]);
  });
});
