// An open end another article's start cut off, and the run of wordless neighbour links after it that took its
// continuation one place late.
import type { LineRole, PageLine } from '../../model';
import type { Lexicon } from '../page/lexicon';
import { JOIN_NEAR_LINES, cutOffByArticle } from './joins';
import { breakWords, isPageWord, completesDanglingCharacter } from './breakWords';
import type { Piece } from './pieces';

/** How many neighbour links one rotation shifts at most: the extractor's interleaved run spans a few column boxes. */
const ROTATION_MAX_LINKS = 3;

/**
 * pdfminer prints the boxes of two articles set side by side interleaved, and where blank lines part every block no
 * neighbour link is made across the title that cut one article's column off: that open end is left alone. The
 * continuation it waits for was printed a few blocks later, right after another open end, which took it as its
 * neighbour though the two make no word; that end's own continuation stands after the next such end, and so on. The
 * last end of the run lost the block after the continuation it took: that continuation's chain ends on a finished
 * sentence, and the next block printed after it (whose first line tells nothing of an indent) was hung on it only
 * because the extractor printed it there. Shifting the run one place back (the cut-off end takes the first
 * continuation, each end the next one's, the last end that block) is kept where the cut-off end and the first
 * continuation make a word (one the page prints, or a dictionary word the end holds a single character of), and every
 * other end but the last makes a word of the page with the continuation it takes. Each shift must make a word where the
 * neighbour link made none, so a run of sentences that merely end on a word boundary stays as printed.
 */
export function rotateIntoCutOffEnds(pieces: readonly Piece[], lines: readonly PageLine[], roles: readonly LineRole[], next: Map<number, number>,
  prev: Map<number, number>, link: (a: Piece, b: Piece) => void, lexicon: Lexicon | null): void {
  if (!lexicon) return;
  const judge = breakWords(lines, lexicon);
  // Open ends linked on to a neighbour they make no word with (both sides Han, no pair the page prints, no dictionary word).
  const noWord: { a: Piece; b: Piece }[] = [];
  for (const a of pieces) {
    const bId = next.get(a.id);
    if (bId === undefined || !a.endsOpen || bId !== a.id + 1) continue;
    const b = pieces[bId];
    const w = judge(a, b);
    if (b.startsOpen !== true || b.forced !== null || b.hasDateline || !w.judgeable || w.pageCount !== 0 || w.dictionaryLength !== 0) continue;
    noWord.push({ a, b });
  }
  if (noWord.length === 0) return;
  /** `later` is read after `from` in its chain (bounded: a loop being tested for may not include `from`). */
  const follows = (from: Piece, later: Piece) => {
    let steps = 0;
    for (let k: number | undefined = from.id; k !== undefined && steps <= pieces.length; k = next.get(k), steps++) if (k === later.id) return true;
    return false;
  };
  /** The block printed after the chain from `b` that was hung on its finished last sentence only as the next block. */
  const blockAfterChain = (b: Piece): Piece | null => {
    let last = b;
    while (next.has(last.id)) {
      const after = pieces[next.get(last.id) ?? last.id];
      if (after.id === last.id + 1 && after.startsOpen === null && !last.endsOpen && !last.closing && after.forced === null && !after.hasDateline) {
        return after;
      }
      last = after;
    }
    return null;
  };
  const taken = new Set<number>();
  for (const t of pieces) {
    if (!t.endsOpen || t.closing || next.has(t.id) || !cutOffByArticle(pieces, roles, next, t)) continue;
    const tEnd = t.lines[t.lines.length - 1];
    let first = noWord.findIndex((l) => l.a.id > t.id);
    if (first < 0) continue;
    const run: number[] = [];
    // Consecutive no-word links after the cut: the first continuation must make a word with the cut-off end, each
    // end but the last one with the next link's continuation.
    for (; first < noWord.length && run.length < ROTATION_MAX_LINKS; first++) {
      if (noWord[first].a.lines[0] - tEnd > JOIN_NEAR_LINES) break;
      if (taken.has(first)) continue;
      const to = noWord[first].b;
      const from = run.length === 0 ? t : noWord[run[run.length - 1]].a;
      const w = judge(from, to);
      const joins = run.length === 0 ? isPageWord(w) || completesDanglingCharacter(w) : isPageWord(w);
      if (!joins) {
        if (run.length === 0) continue;
        break;
      }
      run.push(first);
    }
    if (run.length < 2) continue;
    const lastLink = noWord[run[run.length - 1]];
    const block = blockAfterChain(lastLink.b);
    if (block === null || !judge(lastLink.a, block).judgeable) continue;
    const ends = [t, ...run.map((k) => noWord[k].a)];
    const starts = [...run.map((k) => noWord[k].b), block];
    const cut: [number, number][] = run.map((k) => [noWord[k].a.id, noWord[k].b.id]);
    const blockBefore = prev.get(block.id);
    if (blockBefore !== undefined) cut.push([blockBefore, block.id]);
    for (const [a, b] of cut) {
      next.delete(a);
      prev.delete(b);
    }
    ends.forEach((end, k) => { next.set(end.id, starts[k].id); prev.set(starts[k].id, end.id); });
    // (A shift that would read a chain round in a loop is undone.)
    if (ends.some((end) => follows(pieces[next.get(end.id) ?? end.id], end))) {
      for (const end of ends) { prev.delete(next.get(end.id) ?? -1); next.delete(end.id); }
      for (const [a, b] of cut) { next.set(a, b); prev.set(b, a); }
      continue;
    }
    for (const k of run) taken.add(k);
    ends.forEach((end, k) => link(end, starts[k]));
  }
}
