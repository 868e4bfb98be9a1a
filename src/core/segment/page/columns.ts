// Column geometry read from the dump itself: the local body column width and whether blank lines separate paragraphs.
import type { LineRole, PageLine } from '../../model';
import { HARD_END, compact, isLetterSpaced } from './text';

const WINDOW = 24;
const MIN_WIDTH = 12;

/**
 * For every line, the width (cells) of the body column around it: the most common width of the body lines within
 * a window. Justified columns give most of their lines exactly that width; articles on one page may differ.
 */
export function estimateColumnWidths(lines: readonly PageLine[], widths: readonly number[], roles: readonly LineRole[]): number[] {
  const usable = lines.map((l) => roles[l.index] === 'body' && widths[l.index] >= MIN_WIDTH);
  const global = modeOf(widths.filter((_, i) => usable[i])) ?? 24;
  const result: number[] = new Array<number>(lines.length).fill(global);
  const counts = new Map<number, number>();
  const add = (i: number, delta: number) => {
    if (i < 0 || i >= lines.length || !usable[i]) return;
    counts.set(widths[i], (counts.get(widths[i]) ?? 0) + delta);
  };
  for (let i = 0; i < Math.min(WINDOW, lines.length); i++) add(i, 1);
  for (let i = 0; i < lines.length; i++) {
    add(i + WINDOW, 1);
    add(i - WINDOW - 1, -1);
    let best = -1;
    let bestCount = 0;
    for (const [w, c] of counts) {
      // Ties go to the wider value: a column's full lines are its widest common lines.
      if (c > bestCount || (c === bestCount && w > best)) { best = w; bestCount = c; }
    }
    if (bestCount >= 3) result[i] = best;
  }
  return result;
}

function modeOf(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) { best = v; bestCount = c; }
  return best;
}

/** Whether the dump puts blank lines between paragraphs (pdfminer does; pdftotext does only at column breaks). */
export function isBlankSeparated(lines: readonly PageLine[], roles: readonly LineRole[]): boolean {
  let body = 0;
  let followedByBlank = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (roles[i] !== 'body') continue;
    body++;
    if (lines[i + 1].blank) followedByBlank++;
  }
  return body > 0 && followedByBlank / body > 0.1;
}

/** Least share of blank lines on a page whose blank lines mark its column breaks (pdftotext -raw prints next to none). */
const COLUMN_BREAK_BLANKS = 0.01;

/**
 * Whether blank lines mark this page's column and box breaks, and only those: paragraphs are not parted by blank
 * lines (`blankSeparated`, see isBlankSeparated), yet the page holds some (pdftotext's layout output).
 */
export function blankMarksColumnBreaks(lines: readonly PageLine[], blankSeparated: boolean): boolean {
  if (blankSeparated) return false;
  let blanks = 0;
  for (const line of lines) if (line.blank) blanks++;
  return blanks >= lines.length * COLUMN_BREAK_BLANKS;
}

/**
 * Whether this page's typesetting squeezes curly quotes to one cell. Lines inside a paragraph fill their column, so
 * measured with full-width quotes they come out at the column width when quotes are full width, and wider by one cell
 * per quote when they are squeezed; the page's lines vote.
 */
export function quotesSqueezed(lines: readonly PageLine[], roles: readonly LineRole[], widths: readonly number[], columnWidth: readonly number[]): boolean {
  let full = 0;
  let squeezed = 0;
  for (let i = 1; i + 1 < lines.length; i++) {
    if (roles[i] !== 'body' || roles[i - 1] !== 'body' || roles[i + 1] !== 'body') continue;
    const quotes = (lines[i].text.match(/[\u2018-\u201d]/g) ?? []).length;
    if (quotes === 0 || isLetterSpaced(lines[i].text)) continue;
    const excess = widths[i] - columnWidth[i];
    if (excess === 0) full++;
    else if (excess === quotes) squeezed++;
  }
  return squeezed > full;
}

/** Wider than any printed column (some 20–40 cells): a line this wide holds a paragraph the dump did not wrap. */
const UNWRAPPED_WIDTH = 100;

/**
 * Whether the dump sets one paragraph per line instead of wrapping the text at the column measure (clean text, web
 * copy). In a wrapped column only a paragraph's last line finishes a sentence (a fifth of the lines at most on the
 * dev pages) and no line runs far wider than a column; here most lines do one or the other. On such a page the
 * column-width evidence means nothing: a short line is a short paragraph, not an indented opening or a title.
 * Width is counted by text, not lines: a page of short list items after one long unwrapped paragraph is unwrapped too.
 */
export function isParagraphPerLine(lines: readonly PageLine[], roles: readonly LineRole[], widths: readonly number[]): boolean {
  let body = 0;
  let finished = 0;
  let total = 0;
  let unwrapped = 0;
  const usable: number[] = [];
  for (const line of lines) {
    if (roles[line.index] !== 'body') continue;
    body++;
    if (HARD_END.test(compact(line.text))) finished++;
    total += widths[line.index];
    if (widths[line.index] >= UNWRAPPED_WIDTH) unwrapped += widths[line.index];
    if (widths[line.index] >= MIN_WIDTH) usable.push(widths[line.index]);
  }
  // Short paragraphs in a narrow column finish sentences often too, but their full lines share the column width
  // (a quarter of the lines and more on the dev pages); unwrapped paragraphs hardly ever come out equally wide.
  const mode = modeOf(usable);
  const columnShows = mode !== null && usable.filter((w) => w === mode).length * 4 >= Math.max(12, body);
  return body >= 2 && ((finished * 2 >= body && !columnShows) || unwrapped * 3 >= total);
}
