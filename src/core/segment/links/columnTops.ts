// pdfminer prints a column's top box before the boxes at the foot of the column before it: the box lands between the two
// halves of a sentence of that column (the sentence goes on right after the box), and the column's foot, printed later,
// ends in mid-sentence with nothing after it to carry it on.
import type { Piece } from './pieces';
import { unlinkAfter } from './chainText';

/** How far (lines) a column's foot is from the top box it goes on in: about a column. */
const COLUMN_NEAR_LINES = 80;
/** Most open ends left alone at the end for the pass to pair: a few sentences cut by columns, not a page gone wrong. */
const LEFTOVER_TAILS_MAX = 3;
/** Most difference (lines) between two side-by-side columns' heights above the row they share. */
const ROW_SLACK_LINES = 2;

/** A continuation printed between the two halves of another sentence, that sentence linked across it. */
function printedInsideSentence(pieces: readonly Piece[], next: ReadonlyMap<number, number>, c: Piece): boolean {
  return c.id > 0 && pieces[c.id - 1].endsOpen && next.get(c.id - 1) === c.id + 1;
}

/**
 * After every other pass: a continuation left alone and printed inside another sentence is a column's top box; an open
 * end left alone printed after it, within about a column, is the foot of the column before (the nearest first). A pair
 * of print neighbours left alone (a title printed between them) is left to the title passes. Returns the links made.
 */
export function linkColumnTops(pieces: readonly Piece[], openTails: readonly Piece[], openHeads: readonly Piece[], next: Map<number, number>,
  prev: Map<number, number>, link: (a: Piece, b: Piece) => void, headOf: (id: number) => number): [Piece, Piece][] {
  if (openHeads.length === 0 || openTails.length < openHeads.length || openTails.length > LEFTOVER_TAILS_MAX) return [];
  const neighbours = new Set<Piece>();
  for (const a of openTails) for (const b of openHeads) if (b.id === a.id + 1) { neighbours.add(a); neighbours.add(b); }
  const pairs: { distance: number; a: Piece; c: Piece }[] = [];
  for (const c of openHeads) {
    if (neighbours.has(c) || !printedInsideSentence(pieces, next, c)) continue;
    for (const a of openTails) {
      const distance = a.lines[a.lines.length - 1] - c.lines[0];
      if (neighbours.has(a) || a.id < c.id || distance > COLUMN_NEAR_LINES || headOf(a.id) === c.id) continue;
      pairs.push({ distance, a, c });
    }
  }
  pairs.sort((x, y) => x.distance - y.distance);
  const made: [Piece, Piece][] = [];
  for (const { a, c } of pairs) {
    if (next.has(a.id) || prev.has(c.id) || headOf(a.id) === c.id) continue;
    link(a, c);
    made.push([a, c]);
  }
  return made;
}

const lineCount = (ps: readonly Piece[]) => ps.reduce((n, p) => n + p.lines.length, 0);

/**
 * A column's foot `a` linked to its next column's top box `c` (printed earlier, inside a sentence whose second half `t`
 * tops the foot's own column). Where the two columns were printed row by row further down (a piece linked over its
 * row-mate `y` to the piece after it), the chain from `t` reads column after column: `t`… then the next column's
 * pieces down to the rows it shares with `y`, then `y`… `a`. The next column's pieces belong after `c`: the split is
 * where the two columns' heights above the shared row agree (column tops level), `c` counted in the next column's.
 */
export function readColumnAfterTop(pieces: readonly Piece[], a: Piece, c: Piece, next: Map<number, number>, prev: Map<number, number>,
  link: (a: Piece, b: Piece) => void, headOf: (id: number) => number): void {
  const t = pieces[c.id + 1];
  if (prev.get(t.id) !== c.id - 1) return;
  // y: where the foot's column picks up again (the head of the foot's chain, or the piece the chain from t jumps back to).
  let y = pieces[headOf(a.id)];
  const run: Piece[] = [];
  for (let id: number | undefined = t.id; id !== undefined && id !== a.id; id = next.get(id)) {
    const p = pieces[id];
    if (run.length > 0 && p.id < run[run.length - 1].id) { y = p; break; }
    run.push(p);
  }
  if (y === t || run.includes(y) || y.id <= t.id || y.id >= run[run.length - 1].id) return;
  // y's row-mate (printed right before it) sits in the next column and links over y to the piece after it.
  const mate = pieces[y.id - 1];
  const mateAt = run.indexOf(mate);
  if (mateAt < 1 || next.get(mate.id) !== y.id + 1) return;
  let best = -1;
  let bestGap = Number.POSITIVE_INFINITY;
  for (let k = 1; k <= mateAt; k++) {
    const gap = Math.abs(lineCount(run.slice(0, k)) - lineCount([c, ...run.slice(k, mateAt)]));
    if (gap < bestGap) { best = k; bestGap = gap; }
  }
  if (best < 1 || bestGap > ROW_SLACK_LINES) return;
  const before = run[best - 1];
  const nextColumn = run.slice(best);
  const last = nextColumn[nextColumn.length - 1];
  const afterTop = next.get(c.id);
  const afterLast = next.get(last.id);
  const rest = afterTop ?? (afterLast === y.id ? undefined : afterLast);
  const unlink = (from: Piece) => unlinkAfter(next, prev, from.id);
  unlink(before);
  unlink(last);
  unlink(c);
  if (prev.has(y.id)) unlink(pieces[prev.get(y.id) ?? y.id]);
  link(before, y);
  link(c, nextColumn[0]);
  if (rest !== undefined && !prev.has(rest)) link(last, pieces[rest]);
}
