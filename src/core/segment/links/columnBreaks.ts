// Links across a column break between a finished paragraph and an indented paragraph opening, re-chosen by vocabulary.
import type { PageLine } from '../../model';
import { chainSimilarity } from '../titles/attach';
import type { Piece } from './pieces';
import { chainReader } from './chainText';
import { bestPairs } from './assignment';

/** What being printed right after the finished paragraph adds to a pair's shared vocabulary (bigram cosine). */
const ADJACENT_BONUS = 0.05;
/** Least shared vocabulary for a finished paragraph and an opening printed elsewhere to be read as one article's. */
const MIN_SIMILARITY = 0.1;
/** How many column breaks before and after a finished paragraph offer it an opening (a page holds a dozen or so)… */
const NEAR_BREAKS = 16;
/** …and how far away (lines) they may lie: about a page. */
const NEAR_LINES = 600;
/** How much of a chain's text (characters) next to the break is compared. */
const TEXT_WINDOW = 3000;

/**
 * Where blank lines mark only column breaks (pdftotext), a column that ends on a finished paragraph says nothing about
 * which column carries its article on: the next one in print opens a paragraph whichever article it belongs to (on the
 * dev pages such neighbour links were wrong three times in four). Among the links made that way, each finished end
 * takes the opening whose text shares its article's vocabulary best, with a small bonus for the one printed right
 * after it; an end or opening whose best match is weak is left unlinked, for titles, datelines and the orphan pass
 * to place. Links between `ends` and `starts` are given as pairs (`ends[k]` was linked to `starts[k]`).
 */
export function relinkColumnBreaks(pieces: readonly Piece[], lines: readonly PageLine[], pairs: readonly (readonly [Piece, Piece])[],
  next: Map<number, number>, prev: Map<number, number>, link: (a: Piece, b: Piece) => void): void {
  if (pairs.length === 0) return;
  for (const [a, b] of pairs) { next.delete(a.id); prev.delete(b.id); }
  // The chain's text up to the end, and from the opening on, as far as the window reaches.
  const { upTo, from } = chainReader(pieces, lines, next, prev, TEXT_WINDOW);
  const headOf = (id: number) => { let h = id; while (prev.has(h)) h = prev.get(h) ?? h; return h; };
  const ends = pairs.map(([a]) => a);
  const starts = pairs.map(([, b]) => b);
  const endText = ends.map((a) => upTo(a.id));
  const startText = starts.map((b) => from(b.id));
  const candidates: { score: number; a: Piece; b: Piece }[] = [];
  // Only the column breaks nearby (pairs are in page order) are alternatives: a huge dump is not compared whole.
  ends.forEach((a, x) => {
    for (let y = Math.max(0, x - NEAR_BREAKS); y < starts.length && y <= x + NEAR_BREAKS; y++) {
      const b = starts[y];
      // (An end and an opening of one chain already would close a loop: no candidate.)
      if (Math.abs(b.lines[0] - a.lines[a.lines.length - 1]) > NEAR_LINES || headOf(a.id) === headOf(b.id)) continue;
      candidates.push({ score: chainSimilarity(endText[x], startText[y]) + (x === y ? ADJACENT_BONUS : 0), a, b });
    }
  });
  // The links are chosen all together, for the largest total of shared vocabulary (a page holds a dozen breaks or so;
  // a huge dump is matched greedily, best pair first). One end taking the opening it shares most with can leave
  // another end, whose only good match that opening was, with nothing.
  const chosen = bestPairs(candidates, MIN_SIMILARITY);
  chosen.sort((p, q) => q.score - p.score);
  for (const { score, a, b } of chosen) {
    if (score < MIN_SIMILARITY) break;
    if (next.has(a.id) || prev.has(b.id) || headOf(a.id) === headOf(b.id)) continue;
    link(a, b);
  }
}
