// Two sentence halves exchanged at a break: an open end left alone finishes a longer word with a continuation that an
// earlier pass gave to another open end, which itself finishes a longer word with a continuation left alone.
import type { PageLine } from '../../model';
import type { Lexicon } from '../page/lexicon';
import { NEAR_LINES } from '../titles/attach';
import { breakWords, isDictionaryWord, wordEvidence } from './breakWords';
import { unlinkBefore } from './chainText';
import type { Piece } from './pieces';

/**
 * pdfminer prints a column's boxes out of order, so a neighbour link made by page order may join a sentence's end to
 * another sentence's continuation where the two happen to make a short word (`…只要大家群` + `力资源部…` makes `群力`).
 * The dictionary alone meets by accident too often to link halves left alone; but where both sides of an exchange say
 * so, it is the better reading:
 * - an open end that no pass linked (`…这家公司人`) makes a strictly stronger word with that continuation
 *   (`人力资源部`) than its current predecessor does, and no other continuation near it makes as strong a one;
 * - the predecessor makes a strictly stronger word than its current one with a continuation nothing precedes
 *   (`群|策群力`), likewise its one strongest.
 * Then each open end takes its stronger word. Only exchanges: a lone long word moves nothing (it would leave the other
 * open end stranded, and a fragment placed by vocabulary alone often lands in the wrong article).
 * - A continuation counts where its first line tells nothing (one line alone, letter-spaced) and where it follows a
 *   finished sentence (its predecessor leaves no Han character before the break); the holder's ties with continuations
 *   another sentence's Han character already goes on into do not count.
 * - The piece such a move cuts off (the one the taken continuation followed) where it starts in mid-sentence carries
 * on the one open end left alone it makes its strongest word with, where that end makes its strongest with it too.
 */
export function exchangeForLongerWords(pieces: readonly Piece[], lines: readonly PageLine[], lexicon: Lexicon | null, next: Map<number, number>,
  prev: Map<number, number>, link: (a: Piece, b: Piece) => void, headOf: (id: number) => number): void {
  if (!lexicon) return;
  const judge = breakWords(lines, lexicon);
  const evidence = (a: Piece, b: Piece) => wordEvidence(judge(a, b));
  // (A piece whose first line tells nothing, one line alone or letter-spaced, may carry a sentence on too.)
  const mayContinue = (p: Piece) => p.startsOpen !== false && !p.hasDateline && p.forced === null;
  /** The one continuation among `candidates` (those `accept` takes) making the strongest dictionary word with `a`, or
   * null (none or a tie). */
  const longestFor = (a: Piece, candidates: readonly Piece[], accept: (c: Piece) => boolean = () => true) => {
    let best: Piece | null = null;
    let bestEvidence = 0;
    let tied = false;
    // Pieces are in line order: only those within about a page of the open end are looked at.
    const end = a.lines[a.lines.length - 1];
    for (let k = firstAtOrAfter(candidates, end - NEAR_LINES); k < candidates.length && candidates[k].lines[0] <= end + NEAR_LINES; k++) {
      const c = candidates[k];
      if (c === a || !accept(c) || !isDictionaryWord(judge(a, c))) continue;
      const e = evidence(a, c);
      if (e > bestEvidence) { best = c; bestEvidence = e; tied = false; } else if (e === bestEvidence) tied = true;
    }
    return tied ? null : best;
  };
  const continuations = pieces.filter(mayContinue);
  /** Nothing precedes the continuation, or what does leaves no Han character before the break (a finished sentence). */
  const isFree = (p: Piece) => {
    const before = prev.get(p.id);
    return before === undefined || !judge(pieces[before], p).judgeable;
  };
  const freed: Piece[] = [];
  for (const c of pieces) {
    if (!c.endsOpen || c.closing || next.has(c.id)) continue;
    const b = longestFor(c, continuations);
    if (b === null) continue;
    const aId = prev.get(b.id);
    if (aId === undefined) continue;
    const a = pieces[aId];
    const held = evidence(a, b);
    if (!a.endsOpen || b.forced === 'merge' || evidence(c, b) <= held) continue;
    const d = longestFor(a, continuations, (p) => p !== b && isFree(p));
    if (d === null || evidence(a, d) <= held || d === c) continue;
    unlinkBefore(next, prev, b.id);
    const before = prev.get(d.id);
    unlinkBefore(next, prev, d.id);
    // (Neither link may close a loop: `c` read on from `b`, or `d` heading `a`'s chain.)
    if (headOf(c.id) === b.id || headOf(a.id) === d.id) {
      link(a, b);
      if (before !== undefined) link(pieces[before], d);
      continue;
    }
    link(c, b);
    link(a, d);
    if (before !== undefined) freed.push(pieces[headOf(before)]);
  }
  // A chain the exchange cut off that starts in mid-sentence carries on the one open end left alone it makes its
  // strongest word with, where that end makes its strongest with it too.
  for (const h of freed) {
    if (prev.has(h.id) || !mayContinue(h)) continue;
    let end: Piece | null = null;
    let endEvidence = 0;
    let tied = false;
    for (const e of pieces) {
      if (!e.endsOpen || e.closing || next.has(e.id) || headOf(e.id) === h.id || Math.abs(h.lines[0] - e.lines[e.lines.length - 1]) > NEAR_LINES ||
        !isDictionaryWord(judge(e, h))) continue;
      const x = evidence(e, h);
      if (x > endEvidence) { end = e; endEvidence = x; tied = false; } else if (x === endEvidence) tied = true;
    }
    if (end !== null && !tied && longestFor(end, continuations) === h) link(end, h);
  }
}

/** The index of the first piece (in line order) starting at or after `line`. */
function firstAtOrAfter(pieces: readonly Piece[], line: number): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pieces[mid].lines[0] < line) low = mid + 1;
    else high = mid;
  }
  return low;
}
