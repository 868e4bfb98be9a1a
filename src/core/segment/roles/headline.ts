// Headline candidates and the split of a headline block into kicker (引题), headline and subheadline (副题).
import { compact } from '../text';

/**
 * Whether a line can be (part of) a headline: no sentence punctuation at its end, not too long, and set wider than the
 * body column — or standing alone where the dump does not separate paragraphs by blank lines.
 */
export function isHeadlineCandidate(text: string, width: number, columnWidth: number, isolated: boolean, blankSeparated: boolean): boolean {
  const c = compact(text);
  if (c.length < 2 || c.length > 90) return false;
  if (/[，、；：,;:]$/.test(c) || /^[，。、；：）)]/.test(c)) return false;
  if (/[。]$/.test(c) && !/[（(][^）)]*[）)]。?$/.test(c)) return false;
  if (width > columnWidth + 5) return true;
  // Standing alone and wider than the column: set in a larger type than the body.
  if (isolated && width > columnWidth + 1) return true;
  // A headline shorter than the column only shows by standing alone in a dump that has no blank lines between
  // paragraphs.
  return isolated && !blankSeparated && c.length >= 4;
}

export interface HeadlineParts {
  readonly kicker: number | null;
  readonly headline: number;
  readonly subheadline: number | null;
}

/**
 * Splits the lines of one headline block (texts in source order; index into the array) into kicker, headline and
 * subheadline. Rules from how papers set them: a line ending in `——` is a kicker; a line opening with `——` is a
 * subheadline; a column rubric `（国际视点）` marks the headline; otherwise the longest line of normal length is the
 * headline, and very long descriptive lines are subheadlines.
 */
export function splitHeadlineBlock(texts: readonly string[]): HeadlineParts {
  const c = texts.map(compact);
  if (c.length === 1) return { kicker: null, headline: 0, subheadline: null };
  const rubric = c.findIndex((t) => /[（(][^（）()]{2,30}[）)]$/.test(t) && !/^——/.test(t));
  const dashEnd = c.findIndex((t) => /——$/.test(t));
  const dashStart = c.findIndex((t) => /^——/.test(t));
  let head: number;
  if (rubric >= 0) head = rubric;
  else {
    const normal = c.map((t, i) => ({ i, n: t.length })).filter(({ i, n }) => n <= 32 && i !== dashEnd && i !== dashStart);
    const pool = normal.length > 0 ? normal : c.map((t, i) => ({ i, n: t.length }));
    head = pool.reduce((best, x) => (x.n > best.n ? x : best)).i;
    if (dashEnd >= 0 && dashEnd + 1 < c.length && dashStart !== dashEnd + 1) head = dashEnd + 1;
  }
  const before = head > 0 ? head - 1 : null;
  const after = head + 1 < c.length ? head + 1 : null;
  return { kicker: before, headline: head, subheadline: after };
}
