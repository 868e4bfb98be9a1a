// A quotation broken at a column's foot: the half that opens it and the half that closes it.
import type { PageLine } from '../../model';
import { unlinkAfter, unlinkBefore } from './chainText';
import type { Piece } from './pieces';
import { closesUnopenedQuote, compact, openQuotes } from '../page/text';
import { JOIN_NEAR_LINES } from './joins';

/** The lines of a piece's first paragraph. */
function firstParagraphLines(p: Piece): number[] {
  let end = 1;
  while (end < p.lines.length && !p.breaks.has(p.lines[end])) end++;
  return p.lines.slice(0, end);
}

/**
 * A sentence left open inside a quotation (`“始终动真碰硬，是人民群众`) goes on where the quotation closes. Where an
 * extractor printed another block after the open end, the neighbour link takes a piece that closes nothing, while a
 * continuation elsewhere closes a quotation it never opened (`…的突出印象。”高波认为…`): its first paragraph started
 * inside one. (The quotation must open in the open end's own piece.) Where that open end and that continuation are each other's only such partner within about a page, they
 * are the quotation's halves and the neighbour is set free. (A neighbour that closes a quotation itself keeps its
 * link; a quotation may run on over several column breaks.)
 */
export function linkQuoteHalves(pieces: readonly Piece[], lines: readonly PageLine[], next: Map<number, number>, prev: Map<number, number>,
  link: (a: Piece, b: Piece) => void, headOf: (id: number) => number): void {
  const textOf = (ids: readonly number[]) => ids.map((i) => compact(lines[i].text)).join('');
  const closesQuote = (p: Piece) => closesUnopenedQuote(textOf(firstParagraphLines(p)));
  // A quotation opened in the piece's own last paragraph and left open at its end. (One opened in an earlier piece
  // would make every piece after it look the same, and the halves could not be told apart.)
  const leftOpen = (a: Piece) => {
    let start = 0;
    for (let k = a.lines.length - 1; k > 0; k--) if (a.breaks.has(a.lines[k])) { start = k; break; }
    return openQuotes(textOf(a.lines.slice(start))) > 0;
  };
  const tails = pieces.filter((a) => {
    if (!a.endsOpen || a.closing || !leftOpen(a)) return false;
    const n = next.get(a.id);
    return n === undefined || !closesQuote(pieces[n]);
  });
  const heads = pieces.filter((b) => b.startsOpen === true && !prev.has(b.id) && !b.hasDateline && b.forced === null && closesQuote(b));
  if (tails.length === 0 || heads.length === 0) return;
  // (Within its own chain, the open end must open its paragraph: pdfminer printed that one-piece opening after the
  // text it leads into, and it goes in front of the chain.)
  const near = (a: Piece, b: Piece) => headOf(a.id) !== b.id || (a.paraBreakBefore && !a.breaks.size && a !== b);
  // Each open end's candidates within about a page (heads are in line order: a binary search finds the window, so a
  // huge dump is not compared whole), and how many open ends each continuation is a candidate of.
  const candidates = new Map<Piece, Piece[]>();
  const claims = new Map<Piece, number>();
  for (const a of tails) {
    const end = a.lines[a.lines.length - 1];
    let low = 0;
    let high = heads.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (heads[mid].lines[0] < end - JOIN_NEAR_LINES) low = mid + 1;
      else high = mid;
    }
    const mine: Piece[] = [];
    for (let k = low; k < heads.length && heads[k].lines[0] <= end + JOIN_NEAR_LINES; k++) {
      if (!near(a, heads[k])) continue;
      mine.push(heads[k]);
      claims.set(heads[k], (claims.get(heads[k]) ?? 0) + 1);
    }
    candidates.set(a, mine);
  }
  for (const a of tails) {
    const mine = candidates.get(a) ?? [];
    if (mine.length !== 1 || claims.get(mine[0]) !== 1) continue;
    const b = mine[0];
    if (prev.has(b.id) || !near(a, b)) continue;
    unlinkAfter(next, prev, a.id);
    if (headOf(a.id) === b.id) unlinkBefore(next, prev, a.id);
    link(a, b);
  }
}
