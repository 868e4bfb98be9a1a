// A chain starting in mid-sentence and ending on a one-line opening is read round from that opening only where no
// sentence left open elsewhere goes on into the chain's first line.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import type { Lexicon } from '../../../src/core/segment/page/lexicon';
import { linkPieces } from '../../../src/core/segment/links/pieces';
import { pageLines, piecesOf, wasmLexicon } from './pages';

// Invented page (blank lines part every block): an open end cut off by a title, the chain's first block carrying on
// in mid-sentence (`…公` + `平且…` makes `公平`, a word the page prints twice), an intertitle left open, and the
// paragraph it heads.
const TEXTS = [
  '但遗憾的是，网络课堂对教育公', // 0 open end
  '一行标题', // 1 another article's title
  '平且优质地发展，仍是城乡公平的难题。', // 2 continuation
  '',
  '提升教育水平仍需努力', // 4 intertitle, no punctuation
  '陈老师说，教育公平是大事。', // 5 the paragraph it heads
];

describe('segment read-round openings', () => {
  let lexicon: Lexicon;
  before(async function () {
    this.timeout(20000);
    lexicon = await wasmLexicon();
  });

  it('leaves the chain to the open end whose word its first line finishes; the intertitle heads the paragraph below', () => {
    const lines = pageLines(TEXTS);
    const roles: LineRole[] = lines.map((l, i) => (l.blank ? 'blank' : i === 1 ? 'headline' : 'body'));
    const pieces = piecesOf([
      { lines: [0], startsOpen: false }, { lines: [2], endsOpen: false }, { lines: [4], startsOpen: false }, { lines: [5], startsOpen: false, endsOpen: false },
    ]);
    const chains = linkPieces(pieces, lines, roles, true, lexicon);
    assert.deepEqual(chains.map((chain) => chain.map((p) => p.lines[0])), [[0, 2, 4, 5]]);
    assert.equal(pieces[3].paraBreakBefore, true, 'the paragraph under the intertitle starts a paragraph');
  });
});
