// Two articles sharing a band of columns (pdftotext): their open ends and continuations follow each other in print order.
import type { Piece } from './pieces';

/** How far (lines) a continuation may lie after each open end of the run: a band of column blocks (dev: 60–100 score the same, 200 links across bands). */
const INTERLEAVED_NEAR_LINES = 60;

/** How many times the other pairing's shared vocabulary the chosen pairing's must be. */
const PAIRING_MARGIN = 2;
/** Least shared vocabulary (bigram cosine, summed over the two links) for the chosen pairing. */
const PAIRING_MIN_SIMILARITY = 0.1;

/**
 * pdftotext prints a band of side-by-side column blocks one after the other, then the next band: where two articles
 * share a band of columns, two open sentence ends (A1, B1) are followed by the two continuations that finish them,
 * either in the same order (A2 B2: the columns printed row by row) or nested (B2 A2: one article's block printed
 * whole inside the other's). The halves of a sentence often share too few words for the vocabulary links (bigram
 * cosine 0.05–0.15), but the choice between the two pairings is clear: the one whose links share more vocabulary, by
 * a wide margin. Only a run of exactly two unlinked open ends followed by exactly two unlinked continuations, all
 * near one another, is paired so. `tails` and `heads` are the candidates of the vocabulary pass; `similarity` gives
 * the shared vocabulary of an open end's text and a continuation's.
 */
export function linkInterleavedRuns(tails: readonly Piece[], heads: readonly Piece[], next: ReadonlyMap<number, number>,
  prev: ReadonlyMap<number, number>, link: (a: Piece, b: Piece) => void, headOf: (id: number) => number,
  similarity: (a: Piece, b: Piece) => number): void {
  // Print order of the events: a piece's start (a continuation) comes before its end (an open end).
  const events: { kind: 'tail' | 'head'; piece: Piece }[] = [];
  const openTails = new Set(tails.filter((p) => !next.has(p.id)).map((p) => p.id));
  const openHeads = new Set(heads.filter((p) => !prev.has(p.id)).map((p) => p.id));
  const ordered = [...new Set([...tails, ...heads])].sort((a, b) => a.id - b.id);
  for (const piece of ordered) {
    if (openHeads.has(piece.id)) events.push({ kind: 'head', piece });
    if (openTails.has(piece.id)) events.push({ kind: 'tail', piece });
  }
  const near = (a: Piece, b: Piece) => b.lines[0] > a.lines[a.lines.length - 1] && b.lines[0] - a.lines[a.lines.length - 1] <= INTERLEAVED_NEAR_LINES;
  const free = (a: Piece, b: Piece) => !next.has(a.id) && !prev.has(b.id) && headOf(a.id) !== b.id;
  let k = 0;
  while (k < events.length) {
    if (events[k].kind !== 'tail') { k++; continue; }
    const runTails: Piece[] = [];
    while (k < events.length && events[k].kind === 'tail') runTails.push(events[k++].piece);
    const runHeads: Piece[] = [];
    while (k < events.length && events[k].kind === 'head') runHeads.push(events[k++].piece);
    if (runTails.length !== 2 || runHeads.length !== 2) continue;
    const [a1, a2] = runTails;
    const [b1, b2] = runHeads;
    if (![a1, a2].every((a) => [b1, b2].every((b) => near(a, b)))) continue;
    const inOrder = similarity(a1, b1) + similarity(a2, b2);
    const nested = similarity(a1, b2) + similarity(a2, b1);
    const pairs = inOrder >= nested ? [[a1, b1], [a2, b2]] : [[a1, b2], [a2, b1]];
    if (Math.max(inOrder, nested) < PAIRING_MIN_SIMILARITY || Math.max(inOrder, nested) < PAIRING_MARGIN * Math.min(inOrder, nested)) continue;
    for (const [a, b] of pairs) if (free(a, b)) link(a, b);
  }
}
