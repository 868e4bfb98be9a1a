// Layout reconstruction: physical lines, the column widths estimated from the text, hard wraps, column breaks and paragraphs.
import type { JoinKind, Layout, LayoutParagraph, PageLine } from '../model';
import type { Segmenter } from '../segmenter/segmenter';
import { wordAcrossJoin } from '../segmenter/wordAcross';
import { isClosing, isClosingQuote, isHan, isInlineSpace, isOpening, isTerminal, isWordChar, isCjkPunct } from '../text/chars';

/** Display width in half-width cells: East Asian wide and full-width characters count 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // low surrogate: counted with its high half
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/**
 * Display width without the inline spaces an extractor may have stretched the line with. Typesetters squeeze full-width
 * punctuation by up to half, so it is counted `punctCells` cells (2 = as set, 1 = fully squeezed); curly quotes and
 * middle dots are half-width in many papers' fonts and count 1.
 */
export function contentWidth(text: string, punctCells: 1 | 2 = 2): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isInlineSpace(code) || (code >= 0xdc00 && code <= 0xdfff)) continue;
    if ((code >= 0x2018 && code <= 0x201d) || code === 0xb7) width += 1;
    else if (isCjkPunct(code)) width += punctCells;
    else width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** `contentWidth` with punctuation as set and fully squeezed, in one pass over the line. */
function bothWidths(text: string): { wideWidth: number; narrowWidth: number } {
  let wideWidth = 0;
  let punct = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isInlineSpace(code) || (code >= 0xdc00 && code <= 0xdfff)) continue;
    if ((code >= 0x2018 && code <= 0x201d) || code === 0xb7) wideWidth += 1;
    else if (isCjkPunct(code)) {
      wideWidth += 2;
      punct++;
    } else wideWidth += isWide(code) ? 2 : 1;
  }
  return { wideWidth, narrowWidth: wideWidth - punct };
}

function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0xd800 && code <= 0xdbff) || (code >= 0x2018 && code <= 0x201d) ||
    code === 0x2026 || code === 0x2014;
}

/** Only whitespace (as `String.prototype.trim` sees it), without allocating a trimmed copy. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code !== 0x3000 && code !== 0xa0 && code !== 0xfeff && !(code >= 0x2000 && code <= 0x200a) &&
      code !== 0x1680 && code !== 0x2028 && code !== 0x2029 && code !== 0x202f && code !== 0x205f) return false;
    if (code < 0x20 && !(code >= 0x09 && code <= 0x0d)) return false;
  }
  return true;
}

/** Splits text into lines, keeping every character: `lines.map(l => l.text + l.eol).join('') === text`. */
export function splitLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  let start = 0;
  const pattern = /\r\n|\r|\n/g;
  for (;;) {
    const match = pattern.exec(text);
    const end = match ? match.index : text.length;
    const lineText = text.slice(start, end);
    lines.push({ index: lines.length, start, end, text: lineText, eol: match ? match[0] : '', width: displayWidth(lineText), blank: isBlank(lineText) });
    if (!match) break;
    start = end + match[0].length;
  }
  return lines;
}

/** Lines looked at on each side when estimating the local column width. */
const WINDOW = 12;
/** Lines narrower than this (cells) are headings, signatures or furniture: they say nothing about the column width. */
const MIN_COLUMN = 8;
/** Widths are histogrammed up to this many cells; wider lines are never column text. */
const MAX_COLUMN = 256;
/** A line fills its column when its content width lies within these margins of the column width (half-width digits and
 * punctuation make justified lines vary by a cell or two). */
const FILL_BELOW = 2;
const FILL_ABOVE = 3;
const INDENT = 4;

/**
 * For each line, the width of the column it sits in: the most common content width (±1 cell) among the nearby non-blank
 * lines, when at least 3 lines and a quarter of the window agree; 0 otherwise (free text, one paragraph per line).
 */
function estimateLocalColumnWidths(lines: readonly PageLine[], widths: readonly number[]): number[] {
  const result = new Array<number>(lines.length).fill(0);
  const nonBlank = lines.filter((l) => !l.blank).map((l) => l.index);
  const counts = new Int32Array(MAX_COLUMN + 3);
  const add = (k: number, delta: number) => {
    const w = widths[nonBlank[k]];
    if (w >= MIN_COLUMN && w <= MAX_COLUMN) counts[w] += delta;
  };
  let lo = 0;
  let hi = -1;
  for (let k = 0; k < nonBlank.length; k++) {
    while (hi < Math.min(nonBlank.length - 1, k + WINDOW)) add(++hi, 1);
    while (lo < k - WINDOW) add(lo++, -1);
    let best = 0;
    let bestSupport = 0;
    for (let m = lo; m <= hi; m++) {
      const v = widths[nonBlank[m]];
      if (v < MIN_COLUMN || v > MAX_COLUMN) continue;
      const support = counts[v - 1] + counts[v] + counts[v + 1];
      if (support > bestSupport || (support === bestSupport && v > best)) {
        best = v;
        bestSupport = support;
      }
    }
    if (bestSupport >= 3 && bestSupport * 4 >= hi - lo + 1) result[nonBlank[k]] = best;
  }
  return result;
}

/** Column widths of the whole page, most common first: peaks of the local estimates. */
function summarizeColumnWidths(local: readonly number[]): number[] {
  const tally = new Map<number, number>();
  for (const w of local) if (w > 0) tally.set(w, (tally.get(w) ?? 0) + 1);
  const sorted = [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const peaks: number[] = [];
  for (const [w, n] of sorted) {
    if (n < 3) break;
    if (peaks.every((p) => Math.abs(p - w) > 1)) peaks.push(w);
  }
  return peaks;
}

/** The extractor stretched the line: some space has a single word character on each side (`得 满 分`, `1 7`). */
function hasLetterSpacing(text: string): boolean {
  const word = (i: number) => i >= 0 && i < text.length && isWordChar(text.charCodeAt(i));
  for (let i = 1; i < text.length - 1; i++) {
    if (isInlineSpace(text.charCodeAt(i)) && word(i - 1) && word(i + 1) && !word(i - 2) && !word(i + 2)) return true;
  }
  return false;
}

function lastNonSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (!isInlineSpace(text.charCodeAt(i))) return i;
  return -1;
}

function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (!isInlineSpace(text.charCodeAt(i))) return i;
  return -1;
}

/** The line ends a sentence: `。！？；…`, or a closing quote or bracket right after one (`。”`). */
export function endsSentence(text: string): boolean {
  const last = lastNonSpace(text);
  if (last < 0) return true;
  const code = text.charCodeAt(last);
  if (isTerminal(code)) return true;
  // A closing round bracket at the end of a line usually closes a credit (`效果。 (秦晓丹)`, `王鑫 )` after a byline
  // opened on the line before): the paragraph may end there.
  if (code === 0x29 || code === 0xff09) return true;
  if (isClosingQuote(code)) {
    for (let i = last - 1; i >= 0; i--) {
      const prev = text.charCodeAt(i);
      if (isClosingQuote(prev) || isInlineSpace(prev)) continue;
      return isTerminal(prev);
    }
  }
  return false;
}

/** The line stops where a sentence cannot: after a comma, an enumeration comma, a colon, an opening quote or bracket, a dash. */
function endsMidSentence(text: string): boolean {
  const last = lastNonSpace(text);
  if (last < 0) return false;
  const code = text.charCodeAt(last);
  return code === 0xff0c || code === 0x3001 || code === 0xff1a || code === 0x2c || isOpening(code) || code === 0x2014 || code === 0x2d;
}

/** More round brackets opened than closed on the line: `本报聊城4月19日讯(记者`. */
function hasUnclosedBracket(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28 || code === 0xff08) depth++;
    else if ((code === 0x29 || code === 0xff09) && depth > 0) depth--;
  }
  return depth > 0;
}

/** Up to `n` Han characters at the end (or start) of a line, spaces skipped. */
function hanEdge(text: string, n: number, fromEnd: boolean): string {
  let out = '';
  for (let k = 0; k < text.length && out.length < n; k++) {
    const i = fromEnd ? text.length - 1 - k : k;
    const code = text.charCodeAt(i);
    if (isInlineSpace(code)) continue;
    if (!isHan(code)) break;
    out = fromEnd ? text[i] + out : out + text[i];
  }
  return out;
}

/** The segmenter puts one word across the join of the two lines (`日|前`, `位|列`). */
export function wordSpansJoin(segmenter: Segmenter, before: string, after: string): boolean {
  return wordAcrossJoin(segmenter, hanEdge(before, 3, true), hanEdge(after, 3, false)) !== null;
}

interface JoinDecision {
  readonly kind: JoinKind;
  readonly certain: boolean;
  /** The text itself proves the sentence goes on (an open bracket, a next line that starts with closing punctuation). */
  readonly proven?: boolean;
}

function decideJoin(before: string, after: string, gap: boolean, fills: boolean, isolated: boolean, indented: boolean,
  nextIndented: boolean, blankSeparatesParagraphs: boolean, segmenter: Segmenter | null): JoinDecision {
  const start = firstNonSpace(after);
  const nextCannotStart = start >= 0 && isClosing(after.charCodeAt(start));
  const continued = gap ? 'column-break' : 'hard-wrap';
  if (nextCannotStart) return { kind: continued, certain: true, proven: true };
  if (endsSentence(before)) {
    // A full line ending a sentence with no blank line after it: on pages that mark paragraphs with blank lines the
    // paragraph goes on; on pages that do not, a next line indented like a first line starts a new paragraph, and
    // otherwise the sentence that ends at the column edge is more often inside a paragraph than at its end.
    const goesOn = !gap && fills && (blankSeparatesParagraphs || !nextIndented);
    return goesOn ? { kind: 'hard-wrap', certain: false } : { kind: 'paragraph-end', certain: false };
  }
  if (hasUnclosedBracket(before)) return { kind: continued, certain: true, proven: true };
  if (endsMidSentence(before)) return { kind: continued, certain: true };
  // A full line alone between blank lines is a heading that happens to be as wide as the column, unless it is indented
  // like a paragraph's first line.
  if (fills && !(gap && isolated && !indented)) return { kind: continued, certain: true };
  if (segmenter && wordSpansJoin(segmenter, before, after)) return { kind: continued, certain: false };
  // No blank line after a line that stops mid-sentence, on a page whose paragraphs end with blank lines: it goes on.
  if (!gap && blankSeparatesParagraphs) return { kind: 'hard-wrap', certain: false };
  return { kind: 'paragraph-end', certain: false };
}

export function buildLayout(text: string, segmenter: Segmenter | null): Layout {
  const lines = splitLines(text);
  // Widths with punctuation as set (wide) and fully squeezed (narrow); the column is estimated on their mean.
  const wide: number[] = [];
  const narrow: number[] = [];
  for (const l of lines) {
    const { wideWidth, narrowWidth } = l.blank ? { wideWidth: 0, narrowWidth: 0 } : bothWidths(l.text);
    wide.push(wideWidth);
    narrow.push(narrowWidth);
  }
  const widths = wide.map((w, i) => Math.round((w + narrow[i]) / 2));
  const lineColumnWidths = estimateLocalColumnWidths(lines, widths);
  const filled: boolean[] = [];
  for (const l of lines) {
    const i = l.index;
    const column = lineColumnWidths[i];
    if (l.blank || column === 0 || narrow[i] > column + FILL_ABOVE) {
      filled.push(false);
      continue;
    }
    // The first line of a paragraph (after a blank, a sentence end or a short line) is indented by two characters.
    // Only a line that follows a truly full line (no indent allowance) mid-sentence cannot be a first line.
    const afterFullLine = i > 0 && !lines[i - 1].blank && wide[i - 1] >= lineColumnWidths[i - 1] - FILL_BELOW &&
      filled[i - 1] && !endsSentence(lines[i - 1].text);
    const indent = afterFullLine ? 0 : INDENT;
    // A justified line with few characters is stretched with spaces: it filled the column too.
    filled.push(wide[i] >= column - FILL_BELOW - indent ||
      (widths[i] * 5 >= column * 3 && hasLetterSpacing(l.text) && !endsSentence(l.text)));
  }

  const nextNonBlank = new Array<number>(lines.length).fill(-1);
  for (let i = lines.length - 2, next = lines[lines.length - 1].blank ? -1 : lines.length - 1; i >= 0; i--) {
    nextNonBlank[i] = next;
    if (!lines[i].blank) next = i;
  }

  // Does this page mark paragraph ends with blank lines? Look at short lines that end a sentence (paragraph ends).
  let shortEnds = 0;
  let shortEndsBeforeBlank = 0;
  for (const line of lines) {
    const column = lineColumnWidths[line.index];
    if (line.blank || column === 0 || widths[line.index] >= column - FILL_BELOW || !endsSentence(line.text)) continue;
    if (nextNonBlank[line.index] < 0) continue;
    shortEnds++;
    if (lines[line.index + 1].blank) shortEndsBeforeBlank++;
  }
  const blankSeparatesParagraphs = shortEnds > 0 && shortEndsBeforeBlank * 2 > shortEnds;

  const joins: JoinKind[] = lines.map(() => 'paragraph-end');
  const joinCertain: boolean[] = lines.map(() => false);
  const proven: boolean[] = lines.map(() => false);
  for (const line of lines) {
    if (line.blank) continue;
    const next = nextNonBlank[line.index];
    if (next < 0) continue;
    const gap = next > line.index + 1;
    const isolated = line.index === 0 || lines[line.index - 1].blank;
    const indented = widths[line.index] < lineColumnWidths[line.index] - FILL_BELOW;
    const nextIndented = filled[next] && wide[next] < lineColumnWidths[next] - FILL_BELOW;
    const decision = decideJoin(line.text, lines[next].text, gap, filled[line.index], isolated, indented, nextIndented,
      blankSeparatesParagraphs, segmenter);
    // After a column break the text goes on at full width; a next line indented like a paragraph's first line means
    // the extractor's reading order may have jumped (interleaved columns): keep the join, but not as a certain one.
    proven[line.index] = decision.proven === true;
    // A blank line before an indented first line is a paragraph end after all, unless the text proves otherwise.
    const jumped = decision.kind === 'column-break' && gap && nextIndented && !decision.proven;
    for (let k = line.index; k < next; k++) {
      joins[k] = jumped ? 'paragraph-end' : decision.kind;
      joinCertain[k] = decision.certain && !jumped;
    }
  }

  // Extractors interleave columns, so the line after a blank one is often not the continuation. Unless the text
  // proves the sentence goes on, a column break is certain only when the next line is column text that goes on
  // itself: full, and hard-wrapped into the line after it (on the development pages, 82% of such joins are right;
  // of the others, under a fifth).
  for (const line of lines) {
    if (line.blank || joins[line.index] !== 'column-break' || !joinCertain[line.index] || proven[line.index]) continue;
    const next = nextNonBlank[line.index];
    if (next >= 0 && filled[next] && joins[next] === 'hard-wrap') continue;
    for (let k = line.index; k < next; k++) joinCertain[k] = false;
  }

  const paragraphs: LayoutParagraph[] = [];
  let run: number[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    run.push(line.index);
    if (joins[line.index] === 'paragraph-end' || nextNonBlank[line.index] < 0) {
      paragraphs.push({ lines: run, range: { start: lines[run[0]].start, end: line.end } });
      run = [];
    }
  }
  return { lines, columnWidths: summarizeColumnWidths(lineColumnWidths), joins, paragraphs, lineColumnWidths, filled, joinCertain };
}
