// Sentence halves told by the word they make across the break.
import type { LineRole, PageLine } from '../model';
import type { Piece } from './pieces';
import { compact, isHan } from './text';

/** How far from an open end (lines) its continuation is looked for: about a page. */
const JOIN_NEAR_LINES = 600;
/** How often the page must use the pair of characters a continuation makes with the open end. */
const JOIN_MIN_COUNT = 2;

/** How often each pair of adjacent Han characters occurs within the page's lines. */
export function hanPairCounts(lines: readonly PageLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const c = compact(line.text);
    for (let i = 0; i + 1 < c.length; i++) {
      if (!isHan(c[i]) || !isHan(c[i + 1])) continue;
      const pair = c[i] + c[i + 1];
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Chinese text wraps in mid-word, so the two halves of a sentence broken at a column's foot mostly make a word across
 * the break, one the article uses elsewhere (`…干细胞标` + `准——…` makes `标准`). An extractor that prints side-by-side
 * columns block by block puts another article's continuation right after an open end, and the neighbour link takes
 * it. Where the piece printed next (set full width, or with a first line that tells nothing) makes a pair of characters
 * the page never uses, and exactly one continuation left without its start makes one the page uses again and again,
 * the open end goes on there instead.
 */
export function relinkByJoinedWords(pieces: readonly Piece[], lines: readonly PageLine[], next: Map<number, number>, prev: Map<number, number>,
  link: (a: Piece, b: Piece) => void, headOf: (id: number) => number): void {
  const counts = hanPairCounts(lines);
  const firstChar = (p: Piece) => compact(lines[p.lines[0]].text)[0] ?? '';
  const lastChar = (p: Piece) => {
    const c = compact(lines[p.lines[p.lines.length - 1]].text);
    return c.length > 0 ? c[c.length - 1] : '';
  };
  const pairCount = (a: Piece, b: Piece) => {
    const x = lastChar(a);
    const y = firstChar(b);
    return isHan(x) && isHan(y) ? counts.get(x + y) ?? 0 : -1;
  };
  const isFreeHead = (p: Piece) => p.startsOpen === true && !p.hasDateline && p.forced !== 'article' && !prev.has(p.id);
  for (const a of pieces) {
    const bId = next.get(a.id);
    if (bId === undefined || !a.endsOpen) continue;
    const b = pieces[bId];
    if (b.startsOpen === false || b.forced === 'merge' || pairCount(a, b) !== 0) continue;
    const end = a.lines[a.lines.length - 1];
    // Pieces are in line order: walk out from the open end both ways while within about a page.
    let found: Piece | null = null;
    let rivals = 0;
    const consider = (h: Piece) => {
      if (!isFreeHead(h) || h.id === headOf(a.id) || pairCount(a, h) < JOIN_MIN_COUNT) return;
      if (found === null) found = h;
      else rivals++;
    };
    for (let k = a.id + 1; k < pieces.length && pieces[k].lines[0] - end <= JOIN_NEAR_LINES; k++) consider(pieces[k]);
    for (let k = a.id - 1; k >= 0 && end - pieces[k].lines[0] <= JOIN_NEAR_LINES; k--) consider(pieces[k]);
    if (found === null || rivals > 0) continue;
    next.delete(a.id);
    prev.delete(b.id);
    link(a, found);
  }
}

/**
 * The same word across the break, read from the continuation's side: a continuation linked (by order or by shared
 * vocabulary) to an open end it makes no word with, while exactly one sentence left open elsewhere, with nothing
 * after it, makes with it a word the page uses again and again (`…泗塘工` + `业区…`), goes on that sentence instead.
 * The end it leaves is left open for what follows (often a one-line intertitle or title the extractor printed as a box
 * of its own, whose lack of end punctuation looked like an open sentence).
 */
export function relinkStolenContinuations(pieces: readonly Piece[], lines: readonly PageLine[], roles: readonly LineRole[], next: Map<number, number>, prev: Map<number, number>,
  link: (a: Piece, b: Piece) => void, headOf: (id: number) => number): void {
  const counts = hanPairCounts(lines);
  const firstChar = (p: Piece) => compact(lines[p.lines[0]].text)[0] ?? '';
  const lastChar = (p: Piece) => {
    const c = compact(lines[p.lines[p.lines.length - 1]].text);
    return c.length > 0 ? c[c.length - 1] : '';
  };
  const pairCount = (a: Piece, b: Piece) => {
    const x = lastChar(a);
    const y = firstChar(b);
    return isHan(x) && isHan(y) ? counts.get(x + y) ?? 0 : -1;
  };
  // An open end with more text right below it (no blank line between) is not left alone: the text below may carry
  // its sentence on whatever the widths guessed (pieces are in line order).
  const textRightBelow = (p: Piece) => p.id + 1 < pieces.length && pieces[p.id + 1].lines[0] === p.lines[p.lines.length - 1] + 1;
  // A continuation printed right under a title is left to the passes that read the title's own evidence first (see
  // columnTopTitles.ts): which article it carries on decides which chain the title opens.
  const underTitle = (p: Piece) => {
    let k = p.lines[0] - 1;
    while (k >= 0 && lines[k].blank) k--;
    return k >= 0 && roles[k] === 'headline';
  };
  const isFreeTail = (p: Piece) => p.endsOpen && !p.closing && !next.has(p.id) && !textRightBelow(p);
  for (const b of pieces) {
    const aId = prev.get(b.id);
    if (aId === undefined || b.forced === 'merge' || b.startsOpen !== true || underTitle(b)) continue;
    const a = pieces[aId];
    if (pairCount(a, b) !== 0) continue;
    const start = b.lines[0];
    let found: Piece | null = null;
    let rivals = 0;
    const consider = (c: Piece) => {
      if (!isFreeTail(c) || headOf(c.id) === b.id || pairCount(c, b) < JOIN_MIN_COUNT) return;
      if (found === null) found = c;
      else rivals++;
    };
    // Pieces are in line order: walk out from the continuation both ways while within about a page.
    for (let k = b.id - 1; k >= 0 && start - pieces[k].lines[pieces[k].lines.length - 1] <= JOIN_NEAR_LINES; k--) consider(pieces[k]);
    for (let k = b.id + 1; k < pieces.length && pieces[k].lines[0] - start <= JOIN_NEAR_LINES; k++) consider(pieces[k]);
    if (found === null || rivals > 0) continue;
    next.delete(a.id);
    prev.delete(b.id);
    link(found, b);
  }
}
