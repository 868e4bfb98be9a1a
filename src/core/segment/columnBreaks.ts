// Links across a column break between a finished paragraph and an indented paragraph opening, re-chosen by vocabulary.
import type { PageLine } from '../model';
import { chainSimilarity } from './attach';
import type { Piece } from './pieces';

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
  const textOf = (p: Piece) => p.lines.map((i) => lines[i].text).join('');
  for (const [a, b] of pairs) { next.delete(a.id); prev.delete(b.id); }
  // The chain's text up to the end, and from the opening on, as far as the window reaches.
  const upTo = (id: number) => {
    let out = '';
    for (let k: number | undefined = id; k !== undefined && out.length < TEXT_WINDOW; k = prev.get(k)) out = textOf(pieces[k]) + out;
    return out;
  };
  const from = (id: number) => {
    let out = '';
    for (let k: number | undefined = id; k !== undefined && out.length < TEXT_WINDOW; k = next.get(k)) out += textOf(pieces[k]);
    return out;
  };
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
      if (Math.abs(b.lines[0] - a.lines[a.lines.length - 1]) > NEAR_LINES) continue;
      candidates.push({ score: chainSimilarity(endText[x], startText[y]) + (x === y ? ADJACENT_BONUS : 0), a, b });
    }
  });
  candidates.sort((p, q) => q.score - p.score);
  for (const { score, a, b } of candidates) {
    if (score < MIN_SIMILARITY) break;
    if (next.has(a.id) || prev.has(b.id) || headOf(a.id) === headOf(b.id)) continue;
    link(a, b);
  }
}
/**
 * Least gain in shared vocabulary (bigram cosine) for a sentence left open elsewhere to take a continuation from its
 * neighbour: on the dev pages 0.1 takes two continuations back rightly, 0.05–0.07 takes others wrongly as well.
 */
const STEAL_MIN_GAIN = 0.1;

/**
 * Where blank lines mark only column breaks, a sentence left open at a column's foot and a full-width line carrying
 * on at the next column's top are linked as neighbours (pass 1), though the open end may be another article's: when
 * pdftotext prints one article's column between the two halves of another's sentence, that sentence's first half is
 * cut off by a column break, a title or a dateline and left without a continuation. Such an end takes the
 * continuation of a neighbour link whose text shares clearly more of its own article's vocabulary than of the
 * neighbour's — provided its text is not more the neighbour's own (then the two are one article, and the neighbour
 * link keeps a sentence whole). The neighbour's open end is left without a continuation and may take another in turn;
 * each link changes hands once.
 */
export function stealOpenLinks(pieces: readonly Piece[], lines: readonly PageLine[], links: readonly (readonly [Piece, Piece])[],
  next: Map<number, number>, prev: Map<number, number>, link: (a: Piece, b: Piece) => void, isText: (line: number) => boolean): void {
  // In page order of the continuations, so that only those within about a page are looked at.
  const open = links.filter(([a, b]) => next.get(a.id) === b.id).sort((x, y) => x[1].lines[0] - y[1].lines[0]);
  if (open.length === 0) return;
  const textOf = (p: Piece) => p.lines.map((i) => lines[i].text).join('');
  const upTo = (id: number) => {
    let out = '';
    for (let k: number | undefined = id; k !== undefined && out.length < TEXT_WINDOW; k = prev.get(k)) out = textOf(pieces[k]) + out;
    return out;
  };
  const from = (id: number) => {
    let out = '';
    for (let k: number | undefined = id; k !== undefined && out.length < TEXT_WINDOW; k = next.get(k)) out += textOf(pieces[k]);
    return out;
  };
  const headOf = (id: number) => { let h = id; while (prev.has(h)) h = prev.get(h) ?? h; return h; };
  const lastLine = (p: Piece) => p.lines[p.lines.length - 1];
  const decided = new Set<number>();
  // A sentence whose next printed line carries straight on (no blank line, title or furniture between) was cut by a
  // misread column switch: its continuation is that line, not one elsewhere.
  const cutAtBreak = (p: Piece) => { const after = lastLine(p) + 1; return after >= lines.length || !isText(after); };
  const queue = pieces.filter((p) => p.endsOpen && !next.has(p.id) && cutAtBreak(p));
  for (let q = 0; q < queue.length; q++) {
    const t = queue[q];
    if (next.has(t.id)) continue;
    const tText = upTo(t.id);
    let best: { a: Piece; b: Piece; gain: number; index: number } | null = null;
    let low = 0;
    let high = open.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (open[mid][1].lines[0] < lastLine(t) - NEAR_LINES) low = mid + 1;
      else high = mid;
    }
    for (let index = low; index < open.length && open[index][1].lines[0] <= lastLine(t) + NEAR_LINES; index++) {
      const [a, b] = open[index];
      if (decided.has(index) || next.get(a.id) !== b.id || headOf(t.id) === headOf(b.id)) continue;
      const bText = from(b.id);
      const aText = upTo(a.id);
      const own = chainSimilarity(tText, bText);
      const gain = own - chainSimilarity(aText, bText);
      if (gain >= STEAL_MIN_GAIN && chainSimilarity(tText, aText) < own && (!best || gain > best.gain)) best = { a, b, gain, index };
    }
    const found = best as { a: Piece; b: Piece; gain: number; index: number } | null;
    if (!found) continue;
    next.delete(found.a.id);
    prev.delete(found.b.id);
    link(t, found.b);
    decided.add(found.index);
    queue.push(found.a);
  }
}
