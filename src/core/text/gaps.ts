// Finds the runs of inline spaces inside lines and measures the words on each side: the shared input of the spacing rules.
import { isHan, isInlineSpace, isLineBreak, isWordChar } from './chars';

/** A run of inline spaces with text on both sides in the same line. */
export interface Gap {
  readonly start: number;
  readonly end: number;
  /** Code of the character just before and just after the run. */
  readonly prev: number;
  readonly next: number;
  /**
   * Word characters (Han, digits, Latin) on each side, counted outwards from the gap after skipping the punctuation
   * that touches it, capped at 2; a word that a line break (with no space) cuts in two counts whole. `≤ 1` means the
   * side is a single letter-spaced character, the mark of an extractor that stretched the line.
   */
  leftCount: number;
  rightCount: number;
  /** The side is exactly one Han character touching the gap (`减 负`), candidate for a deliberately spaced pair. */
  readonly leftSingleHan: boolean;
  readonly rightSingleHan: boolean;
  /** Two single Han characters spaced on purpose (`减 负`): the space belongs. */
  protectedPair: boolean;
  /** The count reached 2 only by crossing a line break. */
  readonly leftCrossed: boolean;
  readonly rightCrossed: boolean;
}

/** ASCII marks that hold a token together between letters or digits: `4+3+X`, `2019.2.1`, `COVID-19`. */
function isJoiner(code: number): boolean {
  return code === 0x2b || code === 0x2e || code === 0x2d || code === 0x2f || code === 0x3a || code === 0x5f || code === 0x26;
}

/** Counts word characters leftwards from `index` (inclusive), crossing one bare line break; capped at 2. */
function countLeft(text: string, index: number): { count: number; skipped: boolean; crossed: boolean } {
  let i = index;
  let skipped = false;
  while (i >= 0) {
    const code = text.charCodeAt(i);
    if (isWordChar(code) || isInlineSpace(code) || isLineBreak(code)) break;
    skipped = true;
    i--;
  }
  let count = 0;
  let crossed = false;
  while (i >= 0 && count < 2) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      count++;
      i--;
      continue;
    }
    if (count > 0 && isJoiner(code) && i > 0 && isWordChar(text.charCodeAt(i - 1))) {
      i--;
      continue;
    }
    if (isLineBreak(code)) {
      // Cross exactly one line break (\n, \r or \r\n) when the previous line ends in a word character.
      let j = i - 1;
      if (code === 0x0a && j >= 0 && text.charCodeAt(j) === 0x0d) j--;
      if (j >= 0 && isWordChar(text.charCodeAt(j))) {
        i = j;
        crossed = true;
        continue;
      }
    }
    break;
  }
  return { count, skipped, crossed };
}

/** Counts word characters rightwards from `index` (inclusive), crossing one bare line break; capped at 2. */
function countRight(text: string, index: number): { count: number; skipped: boolean; crossed: boolean } {
  let i = index;
  let skipped = false;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isWordChar(code) || isInlineSpace(code) || isLineBreak(code)) break;
    skipped = true;
    i++;
  }
  let count = 0;
  let crossed = false;
  while (i < text.length && count < 2) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      count++;
      i++;
      continue;
    }
    if (count > 0 && isJoiner(code) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    if (isLineBreak(code)) {
      let j = i + 1;
      if (code === 0x0d && j < text.length && text.charCodeAt(j) === 0x0a) j++;
      if (j < text.length && isWordChar(text.charCodeAt(j))) {
        i = j;
        crossed = true;
        continue;
      }
    }
    break;
  }
  return { count, skipped, crossed };
}

/** Two ideographic spaces are a paragraph indent, not a gap an extractor made. */
function isIndent(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== 0x3000) return false;
  return true;
}

/**
 * Every inline-space run between two non-space characters of one line, in order, with the pair rule applied: two single
 * Han characters spaced apart with longer words (or nothing) around them (`减 负`, a two-character name padded to three)
 * are deliberate typography, so their sides count as whole words.
 */
export function scanGaps(text: string): Gap[] {
  const gaps: Gap[] = [];
  const n = text.length;
  // The regex engine skips the (many) characters between spaces much faster than a charCodeAt loop.
  const spaces = /[ \t\u3000]+/g;
  for (let match = spaces.exec(text); match; match = spaces.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start === 0 || end === n) continue;
    const prev = text.charCodeAt(start - 1);
    const next = text.charCodeAt(end);
    if (isLineBreak(prev) || isLineBreak(next) || isIndent(text, start, end)) continue;
    const left = countLeft(text, start - 1);
    const right = countRight(text, end);
    gaps.push({
      start, end, prev, next, leftCount: left.count, rightCount: right.count,
      leftSingleHan: !left.skipped && left.count === 1 && isHan(prev),
      rightSingleHan: !right.skipped && right.count === 1 && isHan(next), protectedPair: false,
      leftCrossed: left.crossed, rightCrossed: right.crossed,
    });
  }
  protectSpacedPairs(text, gaps);
  return gaps;
}

function sharesToken(text: string, before: Gap, after: Gap): boolean {
  for (let i = before.end; i < after.start; i++) if (isLineBreak(text.charCodeAt(i))) return false;
  return true;
}

function protectSpacedPairs(text: string, gaps: Gap[]): void {
  for (let k = 0; k < gaps.length; k++) {
    const gap = gaps[k];
    if (!gap.leftSingleHan || !gap.rightSingleHan) continue;
    const before = k > 0 && sharesToken(text, gaps[k - 1], gap) ? gaps[k - 1] : null;
    const after = k + 1 < gaps.length && sharesToken(text, gap, gaps[k + 1]) ? gaps[k + 1] : null;
    // The words around the pair must be long within the line: a line break joins words only as a guess.
    if ((before && (before.leftCount < 2 || before.leftCrossed)) || (after && (after.rightCount < 2 || after.rightCrossed))) continue;
    gap.leftCount = 2;
    gap.rightCount = 2;
    gap.protectedPair = true;
    if (before) before.rightCount = 2;
    if (after) after.leftCount = 2;
  }
}
