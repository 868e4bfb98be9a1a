// Sentence halves told by the word they make across the break.
import type { LineRole, PageLine } from '../../model';
import { unlinkAfter, unlinkBefore } from './chainText';
import type { Piece } from './pieces';
import type { Lexicon } from '../page/lexicon';
import { compact, isHan, isLetterSpaced, lastChar } from '../page/text';
import { breakWords, isPageWord, makesWord, mayMakeWord } from './breakWords';
import { nonBlankFrom } from '../page/lines';

/** How far from an open end (lines) its continuation is looked for: about a page. */
export const JOIN_NEAR_LINES = 600;
/** Whether another article's start (a dateline piece or a title printed right after it) cut off the piece's end: the
 * extractor went on with another block there, and what follows the piece is printed elsewhere. */
export function cutOffByArticle(pieces: readonly Piece[], roles: readonly LineRole[], next: ReadonlyMap<number, number>, p: Piece): boolean {
  if (next.has(p.id) || p.id + 1 >= pieces.length) return false;
  const after = pieces[p.id + 1];
  return after.hasDateline || titleBetween(roles, p, after);
}

/** Whether a title line stands between the end of `a` and the start of `b`. */
function titleBetween(roles: readonly LineRole[], a: Piece, b: Piece): boolean {
  for (let i = a.lines[a.lines.length - 1] + 1; i < b.lines[0]; i++) if (roles[i] === 'headline') return true;
  return false;
}

/**
 * Chinese text wraps in mid-word, so the two halves of a sentence broken at a column's foot mostly make a word across
 * the break, one the article uses elsewhere (`…干细胞标` + `准——…` makes `标准`). An extractor that prints side-by-side
 * columns block by block puts another article's continuation right after an open end, and the neighbour link takes
 * it. Where the piece printed next (set full width, or with a first line that tells nothing) makes a pair of characters
 * the page never uses, and exactly one continuation left without its start makes a word of the page with the open end,
 * the open end goes on there instead (a continuation whose first line is letter-spaced counts too: its width tells
 * nothing, but only its start is indented or not, and the word says it carries on). Failing that, where exactly one open end that another article's start cut off
 * makes a word of the page with the neighbour, that end takes the neighbour (the extractor printed the neighbour's
 * article's next block after the open end; an open end not cut off may be the neighbour's half as well).
 */
export function relinkByJoinedWords(pieces: readonly Piece[], lines: readonly PageLine[], roles: readonly LineRole[], next: Map<number, number>,
  prev: Map<number, number>, link: (a: Piece, b: Piece) => void, headOf: (id: number) => number, lexicon: Lexicon | null = null): void {
  const judge = breakWords(lines, lexicon);
  const joins = (a: Piece, b: Piece) => isPageWord(judge(a, b));
  const isFreeHead = (p: Piece) => p.startsOpen !== false && !p.hasDateline && p.forced !== 'article' && !prev.has(p.id);
  const isCutOffTail = (p: Piece) => p.endsOpen && cutOffByArticle(pieces, roles, next, p);
  // A letter-spaced line opening on a digit or letter tells nothing by the pair across the break: it makes no word.
  const makesNoWord = (a: Piece, b: Piece) => {
    const w = judge(a, b);
    return (w.judgeable && w.pageCount === 0) || (!w.judgeable && isHan(lastChar(lines[a.lines[a.lines.length - 1]].text)) && isLetterSpaced(lines[b.lines[0]].text));
  };
  // A neighbour opening on a quotation mark after a Han character: the break tells no word either way (pdfminer prints
  // such a box next to an open end it does not carry on). Where exactly one box completes a word of the page with the
  // open end, it takes the neighbour's place, even a one-line box printed after a finished sentence (that link was
  // only the next box the extractor came to); where none does, the neighbour stays.
  const quoteAfterHan = (a: Piece, b: Piece) => !judge(a, b).judgeable && isHan(lastChar(lines[a.lines[a.lines.length - 1]].text)) &&
    /^[“‘]/.test(compact(lines[b.lines[0]].text));
  /** A one-line box finishing a sentence, linked on to a finished sentence: that link is only the next box printed. */
  const afterFinished = (p: Piece) => {
    const before = prev.get(p.id);
    return before !== undefined && p.lines.length === 1 && p.forced === null && !pieces[before].endsOpen && !judge(pieces[before], p).judgeable &&
      p.startsOpen !== false && !p.hasDateline;
  };
  /** The one piece within about a page of `line` that `fits`, or null (none or several). */
  const onlyOne = (from: number, line: number, fits: (p: Piece) => boolean): Piece | null => {
    let found: Piece | null = null;
    // Pieces are in line order: walk out from the piece both ways while within about a page.
    for (let k = from + 1; k < pieces.length && pieces[k].lines[0] - line <= JOIN_NEAR_LINES; k++) {
      if (!fits(pieces[k])) continue;
      if (found !== null) return null;
      found = pieces[k];
    }
    for (let k = from - 1; k >= 0 && line - pieces[k].lines[0] <= JOIN_NEAR_LINES; k--) {
      if (!fits(pieces[k])) continue;
      if (found !== null) return null;
      found = pieces[k];
    }
    return found;
  };
  const acrossFurniture = (from: number, to: number) => {
    for (let i = from + 1; i < to; i++) if (roles[i] === 'furniture') return true;
    return false;
  };
  /** The open end within about a page of `b` that another article's start cut off, nearest to `b`, that `fits`. */
  const nearestCutOffTail = (b: Piece, fits: (t: Piece) => boolean): Piece | null => {
    const line = b.lines[0];
    const distance = (t: Piece) => Math.abs(t.lines[t.lines.length - 1] - line);
    let nearest: Piece | null = null;
    for (const t of pieces) {
      if (distance(t) > JOIN_NEAR_LINES || !isCutOffTail(t) || !fits(t)) continue;
      if (nearest === null || distance(t) < distance(nearest)) nearest = t;
    }
    return nearest;
  };
  /** `later` is read after `from` in its chain (linking it before `from` would close a loop). */
  const follows = (from: Piece, later: Piece) => {
    for (let k: number | undefined = from.id; k !== undefined; k = next.get(k)) if (k === later.id) return true;
    return false;
  };
  for (const a of pieces) {
    const bId = next.get(a.id);
    if (bId === undefined || !a.endsOpen) continue;
    const b = pieces[bId];
    const quoted = quoteAfterHan(a, b);
    if (b.startsOpen === false || b.forced === 'merge' || !(makesNoWord(a, b) || quoted)) continue;
    const end = a.lines[a.lines.length - 1];
    const head = onlyOne(a.id, end, (h) => (isFreeHead(h) || (quoted && afterFinished(h))) && h.id !== headOf(a.id) && joins(a, h));
    if (quoted && head === null) continue;
    if (head !== null) {
      unlinkAfter(next, prev, a.id);
      unlinkBefore(next, prev, head.id);
      link(a, head);
      // A neighbour printed across page furniture (a folio, the page's running head) was only the next box the
      // extractor came to after leaving the open end's column; left without its start, it carries on the nearest open
      // end that another article's start cut off (pdfminer prints a column's boxes close together).
      const nearest = acrossFurniture(end, b.lines[0]) ? nearestCutOffTail(b, (t) => t !== a && headOf(t.id) !== b.id && !follows(b, t)) : null;
      if (nearest !== null) link(nearest, b);
      continue;
    }
    const tail = onlyOne(b.id, b.lines[0], (t) => t !== a && isCutOffTail(t) && joins(t, b));
    if (tail !== null && !follows(b, tail)) {
      unlinkAfter(next, prev, a.id);
      link(tail, b);
    }
  }
}

/**
 * An extractor that prints a column box by box may print a paragraph's short opening block after the text it opens:
 * the chain then starts in mid-sentence and ends on that opening, left open. Where the opening's open end and the
 * chain's first line make a word of the page across the break (`…潘美` + `儿发现…` in a page that prints `美儿`), the
 * opening goes in front of the chain. Only an opening (a block starting a paragraph) moves, so no sentence is cut.
 */
export function frontLateOpenings(pieces: readonly Piece[], lines: readonly PageLine[], next: Map<number, number>, prev: Map<number, number>,
  link: (a: Piece, b: Piece) => void, headOf: (id: number) => number, lexicon: Lexicon | null = null): void {
  const judge = breakWords(lines, lexicon);
  const joins = (a: Piece, b: Piece) => makesWord(judge(a, b));
  for (const tail of pieces) {
    if (!tail.endsOpen || next.has(tail.id) || tail.startsOpen !== false || tail.hasDateline || tail.forced === 'article') continue;
    const before = prev.get(tail.id);
    if (before === undefined) continue;
    const head = pieces[headOf(tail.id)];
    if (head.startsOpen !== true || head.hasDateline || !joins(tail, head)) continue;
    unlinkBefore(next, prev, tail.id);
    link(tail, head);
  }
}

/**
 * A sentence announcing a quotation (`…说：`) at a column's foot that another article's start cut off goes on with the
 * quotation printed elsewhere: where exactly one block within about a page opens on a quote mark set full width (a
 * continuation, not a paragraph's indented opening) and carries on nothing, it is the quotation.
 */
export function linkCutOffQuotes(pieces: readonly Piece[], lines: readonly PageLine[], roles: readonly LineRole[], next: Map<number, number>,
  prev: Map<number, number>, link: (a: Piece, b: Piece) => void, headOf: (id: number) => number): void {
  const opensQuote = (p: Piece) => /^[“「『]/.test(compact(lines[p.lines[0]].text));
  const announcesQuote = (p: Piece) => /[：:]$/.test(compact(lines[p.lines[p.lines.length - 1]].text)) && !p.closing;
  for (const a of pieces) {
    if (!announcesQuote(a) || !cutOffByArticle(pieces, roles, next, a)) continue;
    const end = a.lines[a.lines.length - 1];
    const isQuotation = (b: Piece) =>
      b.startsOpen === true && !prev.has(b.id) && !b.hasDateline && b.forced !== 'article' && opensQuote(b) && headOf(a.id) !== b.id;
    // Pieces are in line order: walk out from the colon both ways while within about a page.
    const found: Piece[] = [];
    for (let k = a.id + 1; k < pieces.length && pieces[k].lines[0] - end <= JOIN_NEAR_LINES && found.length < 2; k++) if (isQuotation(pieces[k])) found.push(pieces[k]);
    for (let k = a.id - 1; k >= 0 && end - pieces[k].lines[0] <= JOIN_NEAR_LINES && found.length < 2; k--) if (isQuotation(pieces[k])) found.push(pieces[k]);
    if (found.length === 1) link(a, found[0]);
  }
}

/**
 * A paragraph's last line printed right under a title (`说。` under `…（某某获得者）`, more text below it) is no
 * article's first text: an article never opens on a paragraph's tail. pdftotext printed another article's blocks
 * between the sentence's halves, and the title above the tail belongs to the article whose column ended open right
 * before a title (the extractor went on with the title block there). Where exactly one such cut-off open end lies
 * within about a page and the two halves make a pair of characters the page uses, the tail finishes that sentence.
 */
export function linkTailsUnderTitles(pieces: readonly Piece[], lines: readonly PageLine[], roles: readonly LineRole[], next: Map<number, number>,
  prev: Map<number, number>, link: (a: Piece, b: Piece) => void, headOf: (id: number) => number, lexicon: Lexicon | null = null): void {
  const judge = breakWords(lines, lexicon);
  const titleRightAbove = (p: Piece) => {
    const i = nonBlankFrom(lines, p.lines[0] - 1, -1);
    return i >= 0 && roles[i] === 'headline';
  };
  const cutOffByTitle = (p: Piece) => {
    return p.endsOpen && !next.has(p.id) && p.id + 1 < pieces.length && titleBetween(roles, p, pieces[p.id + 1]);
  };
  for (const tail of pieces) {
    if (tail.startsOnTail !== true || tail.hasDateline || tail.forced === 'article' || prev.has(tail.id) || !titleRightAbove(tail)) continue;
    const line = tail.lines[0];
    let found: Piece | null = null;
    let several = false;
    // Pieces are in line order: walk back from the tail while within about a page.
    for (let k = tail.id - 1; k >= 0 && line - pieces[k].lines[0] <= JOIN_NEAR_LINES; k--) {
      const open = pieces[k];
      if (!cutOffByTitle(open) || headOf(open.id) === tail.id) continue;
      if (found !== null) { several = true; break; }
      found = open;
    }
    if (found === null || several || !mayMakeWord(judge(found, tail))) continue;
    link(found, tail);
  }
}

/** How many neighbour links one rotation shifts at most: the extractor's misprinted run spans a few column boxes. */
const ROTATION_MAX_LINKS = 4;

/**
 * pdftotext printing side-by-side columns block by block may put each article's next block one place late: every
 * open end in a run then takes the block printed after it, the next article's continuation, and the pairs they make
 * across the breaks are no words of the page. The first continuation of such a run sits right under a title (an
 * article's start the neighbour link read across), and the run's last block carried on is a paragraph's tail or a
 * continuation no open end took. Shifting every open end of the run one place on (each takes the next end's
 * continuation, the last end the block left alone after the run, the first continuation goes back under its title)
 * is kept only where the pairs then made are words the page uses more often, counted together.
 */
export function rotateNoWordLinks(pieces: readonly Piece[], lines: readonly PageLine[], roles: readonly LineRole[], next: Map<number, number>,
  prev: Map<number, number>, link: (a: Piece, b: Piece) => void, headOf: (id: number) => number, lexicon: Lexicon | null = null): boolean {
  const judge = breakWords(lines, lexicon);
  let rotated = false;
  // Open ends linked on to a continuation they make no word with (both sides Han, the pair never printed).
  const noWord: { a: Piece; b: Piece }[] = [];
  for (const a of pieces) {
    const bId = next.get(a.id);
    if (bId === undefined || !a.endsOpen) continue;
    const b = pieces[bId];
    const w = judge(a, b);
    if (b.startsOpen === false || b.forced === 'merge' || b.hasDateline || !w.judgeable || w.pageCount !== 0) continue;
    noWord.push({ a, b });
  }
  // A continuation no open end took: without a link before it, or a paragraph's tail a finished clause before it took
  // (a sentence's tail carries on an open end where one is missing it).
  const isLeftAlone = (p: Piece) => {
    if (p.hasDateline || p.forced !== null) return false;
    const before = prev.get(p.id);
    if (before === undefined) return p.startsOpen === true || p.startsOnTail === true;
    return p.startsOnTail === true && !pieces[before].endsOpen;
  };
  const taken = new Set<number>();
  for (let i = 0; i < noWord.length; i++) {
    const first = noWord[i];
    if (taken.has(i) || !titleBetween(roles, first.a, first.b)) continue;
    // The links after it within about a page, any of which may belong to the run (others are the page's own breaks).
    const later: number[] = [];
    for (let j = i + 1; j < noWord.length && later.length < ROTATION_MAX_LINKS; j++) {
      if (noWord[j].a.lines[0] - first.a.lines[0] > JOIN_NEAR_LINES) break;
      if (!taken.has(j)) later.push(j);
    }
    let best: { run: number[]; tail: Piece; evidence: number } | null = null;
    for (let mask = 1; mask < 1 << later.length; mask++) {
      const run = [i, ...later.filter((_, k) => (mask & (1 << k)) !== 0)];
      const lastLink = noWord[run[run.length - 1]];
      // The block left alone printed first after the run's last continuation takes the run's last open end.
      let tail: Piece | null = null;
      for (let k = lastLink.b.id + 1; k < pieces.length && pieces[k].lines[0] - lastLink.b.lines[0] <= JOIN_NEAR_LINES; k++) {
        if (isLeftAlone(pieces[k])) { tail = pieces[k]; break; }
      }
      if (tail === null || headOf(lastLink.a.id) === tail.id) continue;
      let evidence = 0;
      let fits = true;
      for (let k = 0; k < run.length; k++) {
        const to = k + 1 < run.length ? noWord[run[k + 1]].b : tail;
        const w = judge(noWord[run[k]].a, to);
        if (!w.judgeable) fits = false;
        evidence += w.pageCount;
      }
      if (fits && evidence > 0 && (!best || evidence > best.evidence)) best = { run, tail, evidence };
    }
    if (!best) continue;
    const run = best.run;
    for (const k of run) {
      taken.add(k);
      unlinkAfter(next, prev, noWord[k].a.id);
    }
    unlinkBefore(next, prev, best.tail.id);
    for (let k = 0; k < run.length; k++) link(noWord[run[k]].a, k + 1 < run.length ? noWord[run[k + 1]].b : best.tail);
    rotated = true;
  }
  return rotated;
}
