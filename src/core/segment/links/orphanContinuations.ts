// Continuations left without their beginning after the other link passes: an open end linked on to a neighbour whose start
// tells nothing, or left alone with a word across the break.
import type { PageLine } from '../../model';
import { NEAR_LINES, chainSimilarity } from '../titles/attach';
import type { Lexicon } from '../page/lexicon';
import { breakWords, isDictionaryWord, isPageWord } from './breakWords';
import { chainReader, unlinkAfter } from './chainText';
import type { Piece } from './pieces';
import { isLetterSpaced } from '../page/text';

/** How many pieces before a continuation its beginning is looked for: the extractor printed a column or two between. */
const NEAR_PIECES = 4;

/**
 * A continuation (its first line runs a sentence on) has a beginning somewhere; a piece whose first line tells nothing
 * (letter-spaced, or opening on a digit) may as well open a paragraph. Where an open end was linked on to a neighbour of
 * that second kind, and a continuation printed a few pieces later has no beginning anywhere, the extractor printed a
 * column of another article between the sentence's halves: the open end goes to the continuation when its text shares
 * the open article's vocabulary more than the neighbour's does, and the neighbour opens its own chain.
 */
export function linkOrphanContinuations(pieces: readonly Piece[], lines: readonly PageLine[], next: Map<number, number>, prev: Map<number, number>,
  link: (a: Piece, b: Piece) => void, headOf: (id: number) => number): void {
  const { upTo, from } = chainReader(pieces, lines, next, prev);
  // The chain from `b` on ends with an article's end (a credit, a closing dateline, a jump line) right before `c`.
  const closesBefore = (b: Piece, c: Piece) => {
    let last = b;
    while (next.has(last.id)) last = pieces[next.get(last.id) ?? last.id];
    return last.closing && last.id + 1 === c.id;
  };
  for (const c of pieces) {
    if (c.startsOpen !== true || c.hasDateline || c.forced !== null || prev.has(c.id)) continue;
    for (let id = c.id - 2; id >= 0 && id >= c.id - NEAR_PIECES; id--) {
      const a = pieces[id];
      const b = pieces[id + 1];
      // (The neighbour ends its article, right before the continuation: the sentence cannot run on through it.)
      if (!a.endsOpen || next.get(a.id) !== b.id || b.startsOpen !== null || b.forced === 'merge' || headOf(a.id) === c.id) continue;
      if (!closesBefore(b, c)) continue;
      const aText = upTo(a.id);
      if (chainSimilarity(aText, from(c.id)) <= chainSimilarity(aText, from(b.id))) continue;
      unlinkAfter(next, prev, a.id);
      b.paraBreakBefore = true;
      link(a, c);
      break;
    }
  }
}

/**
 * An open end and a continuation both left alone after every other pass, whose halves make a word the page prints
 * elsewhere and the dictionary knows (`…第七轮磋` / `商过后…`), each the other's only such partner: one sentence's
 * halves, however little else their texts share. (The dictionary alone, or the page's pairs alone, meet by accident
 * too often across a whole page.)
 */
export function linkFreeHalvesByWord(pieces: readonly Piece[], lines: readonly PageLine[], lexicon: Lexicon | null, next: Map<number, number>,
  prev: Map<number, number>, link: (a: Piece, b: Piece) => void, headOf: (id: number) => number): void {
  if (!lexicon) return;
  const judge = breakWords(lines, lexicon);
  const tails = pieces.filter((p) => p.endsOpen && !next.has(p.id));
  // (A continuation whose first line is letter-spaced counts too: its width tells nothing of an indent.)
  const heads = pieces.filter((p) => (p.startsOpen === true || (p.startsOpen === null && isLetterSpaced(lines[p.lines[0]].text))) &&
    !p.hasDateline && p.forced === null && !prev.has(p.id));
  const pairs: [Piece, Piece][] = [];
  for (const a of tails) for (const b of heads) {
    if (Math.abs(b.lines[0] - a.lines[a.lines.length - 1]) > NEAR_LINES || headOf(a.id) === b.id) continue;
    const w = judge(a, b);
    if (isPageWord(w) && isDictionaryWord(w)) pairs.push([a, b]);
  }
  // How many such pairs each piece is in (counted once: a huge dump has many).
  const pairsOf = new Map<Piece, number>();
  for (const [a, b] of pairs) {
    pairsOf.set(a, (pairsOf.get(a) ?? 0) + 1);
    pairsOf.set(b, (pairsOf.get(b) ?? 0) + 1);
  }
  const count = (p: Piece) => pairsOf.get(p) ?? 0;
  for (const [a, b] of pairs) {
    if (count(a) !== 1 || count(b) !== 1 || next.has(a.id) || prev.has(b.id) || headOf(a.id) === b.id) continue;
    link(a, b);
  }
}
