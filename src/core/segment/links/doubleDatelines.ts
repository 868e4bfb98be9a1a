// Chains holding two datelines: an article has one dateline, so a chain that opens on a dateline and ends on a
// closing dateline (`（新华社北京10月13日电）`) is two articles a wrong link joined. pdftotext prints a page block by
// block, so a sentence left open at a column's foot often finds another article's continuation (which carries on to
// that article's closing dateline). The chain is cut where its text turns (least vocabulary shared by the two sides);
// the cut-off end is then a fragment placed by its words among the articles without a dateline (see mergeOrphans).
import type { PageLine } from '../../model';
import { chainSimilarity } from '../titles/attach';
import type { Piece } from './pieces';
import { piecesText } from '../page/lines';

/** How many open links, counted back from the chain's end, may be the wrong one: bounds the work on a long chain (each
 * candidate compares the whole chain's vocabulary). */
const MAX_CUT_CANDIDATES = 16;

/** Cuts every chain that opens on a dateline and ends on a closing dateline where its vocabulary turns. */
export function cutDoubleDatelineChains(chains: readonly Piece[][], lines: readonly PageLine[]): Piece[][] {
  const out: Piece[][] = [];
  for (const chain of chains) {
    if (chain.length < 2 || !chain[0].hasDateline || chain[chain.length - 1].endsOnDateline !== true) {
      out.push([...chain]);
      continue;
    }
    // Only a link from a sentence left open is in doubt here: a finished paragraph followed by the next one is the
    // ordinary reading order.
    let cut = -1;
    let least = Infinity;
    let tried = 0;
    for (let k = chain.length - 1; k >= 1 && tried < MAX_CUT_CANDIDATES; k--) {
      if (!chain[k - 1].endsOpen || chain[k].hasDateline) continue;
      tried++;
      const score = chainSimilarity(piecesText(chain.slice(0, k), lines), piecesText(chain.slice(k), lines));
      if (score < least) { least = score; cut = k; }
    }
    if (cut < 0) { out.push([...chain]); continue; }
    out.push(chain.slice(0, cut), chain.slice(cut));
  }
  return out;
}
