// A one-line paragraph opening left open at the end of a chain that starts in mid-sentence, right above an indented
// paragraph (pdfminer blocks): where its end and the chain's first line meet at a word boundary, it is that paragraph's
// intertitle, not the opening of the chain read round. Invented text.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { linkPieces } from '../../../src/core/segment/links/pieces';
import { pageLines, piecesOf, wasmLexicon } from './pages';
import type { Lexicon } from '../../../src/core/segment/page/lexicon';

describe('segment an opening over the paragraph below it', () => {
  let lexicon: Lexicon;
  before(async function () {
    this.timeout(30_000);
    lexicon = await wasmLexicon();
  });
  const link = (belowFirst: string) => {
    const lines = pageLines(['业余时间大家都来这里看书。', '书香满城', belowFirst, '招牌，店里比往年热闹了不少。']);
    const roles: LineRole[] = lines.map(() => 'body');
    // A continuation (finished), the opening left open, and the indented paragraph printed right below it.
    const pieces = piecesOf([{ endsOpen: false }, { startsOpen: null }, { lines: [2, 3], startsOpen: false, endsOpen: false }]);
    const chains = linkPieces(pieces, lines, roles, true, lexicon).map((chain) => chain.map((p) => p.id));
    return { chains, below: pieces[2] };
  };

  it('links the opening on to the paragraph below, as a paragraph of its own, where that paragraph opens wide', () => {
    const { chains, below } = link('城东老书店今年换了新');
    assert.deepEqual(chains, [[0, 1, 2]]);
    assert.equal(below.paraBreakBefore, true);
  });

  it('neither reads it round nor links it where the paragraph below opens on a short line (a name)', () => {
    assert.deepEqual(link('张三').chains, [[0, 1], [2]]);
  });
});
