// A title printed between the two halves of another article's sentence, over that sentence's second half.
import type { PageLine } from '../../model';
import type { Segmenter } from '../../segmenter/segmenter';
import { piecesText } from '../page/lines';
import type { Piece } from '../links/pieces';
import { type HeadlinePart, chainSimilarity, headlineEvidence, partText } from './attach';

/**
 * Where blank lines set every block apart (pdfminer), the extractor may print a title block between the two halves of
 * a sentence of another article: the text right under the title carries on the sentence left open right above it,
 * and the title's own article starts further down, at a paragraph's opening where the text turns to the title's
 * words. Attached by position, the title takes the sentence's second half and every paragraph down to its own
 * article's. Where the chain under the title starts in mid-sentence, the piece right above the title leaves a sentence
 * open that nothing carries on, the chain's first paragraphs share that piece's article's vocabulary more than the
 * title's article does, and a later paragraph opening takes the title's words (none before it): the chain is cut
 * there, its first part goes on the open sentence, and the title heads the rest.
 */
/** Least vocabulary the first part must share with the open sentence's article (bigram cosine; dev pages: unrelated
 * articles share under 0.05). */
const OWNER_MIN_SIMILARITY = 0.1;
/** How far into the chain under the title (characters) the title's article start is looked for: a few columns. */
const CUT_MAX_CHARS = 3000;

export function cutTitledContinuations(chains: readonly Piece[][], attachment: ReadonlyMap<number, HeadlinePart[]>, pieces: readonly Piece[],
  lines: readonly PageLine[], segmenter: Segmenter | null): { chains: Piece[][]; attachment: Map<number, HeadlinePart[]> } {
  const out = chains.map((chain) => [...chain]);
  const chainOf = new Map<number, number>();
  out.forEach((chain, c) => chain.forEach((p) => chainOf.set(p.id, c)));
  for (const [c, parts] of attachment) {
    const chain = out[c];
    const head = chain[0];
    if (head.startsOpen !== true || chain.length < 2 || parts.length === 0) continue;
    const top = Math.min(...parts.flatMap((p) => p.lines));
    const bottom = Math.max(...parts.flatMap((p) => p.lines));
    if (head.lines[0] < bottom) continue;
    // The piece printed right before the title block.
    let above: Piece | undefined;
    for (let k = head.id - 1; k >= 0; k--) if (pieces[k].lines[pieces[k].lines.length - 1] < top) { above = pieces[k]; break; }
    if (above === undefined) continue;
    const openChain = chainOf.get(above.id);
    if (openChain === undefined || openChain === c || !above.endsOpen || above.closing) continue;
    const ownerChain = out[openChain];
    if (ownerChain[ownerChain.length - 1] !== above) continue;
    // Nothing but the title block and blank lines between the sentence's halves.
    let onlyTitle = true;
    for (let i = above.lines[above.lines.length - 1] + 1; i < head.lines[0] && onlyTitle; i++) onlyTitle = lines[i].blank || (i >= top && i <= bottom);
    if (!onlyTitle) continue;
    const title = parts.map((p) => partText(p, lines)).join('');
    const ownerText = piecesText(ownerChain, lines);
    // The last paragraph opening before which the text holds none of the title's words.
    // (Within a few columns: the text is read on piece by piece, and a long chain is not re-read for every opening.)
    let cut = -1;
    let prefix = '';
    for (let k = 1; k < chain.length && prefix.length < CUT_MAX_CHARS; k++) {
      prefix += piecesText([chain[k - 1]], lines);
      if (!chain[k].paraBreakBefore || chain[k - 1].endsOpen) continue;
      if (headlineEvidence(title, prefix, segmenter) > 0) break;
      cut = k;
    }
    if (cut < 0) continue;
    const before = piecesText(chain.slice(0, cut), lines);
    const after = piecesText(chain.slice(cut), lines);
    const ownerShare = chainSimilarity(before, ownerText);
    if (headlineEvidence(title, after, segmenter) === 0 || ownerShare < OWNER_MIN_SIMILARITY || ownerShare <= chainSimilarity(before, after)) continue;
    head.paraBreakBefore = false;
    chain[cut].paraBreakBefore = true;
    out[openChain] = [...ownerChain, ...chain.slice(0, cut)];
    out[c] = chain.slice(cut);
    for (const p of out[openChain]) chainOf.set(p.id, openChain);
  }
  return { chains: out, attachment: new Map(attachment) };
}
