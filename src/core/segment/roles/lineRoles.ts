// Line roles read line by line once the page's layout is known: pull quotes, closing datelines (alone or with a
// credit in one bracket, wrapped over lines), credits (leading, wrapped, bare names), photo credits and captions, and
// the title candidates a line's own shape marks (set wider than the column, or standing alone). Every extractor
// prints these shapes the same way; where blank lines mark only column breaks a whole sentence standing alone and
// wider than the column is a caption as well.
import type { PageLine } from '../../model';
import { creditNames, creditText } from '../article';
import { cleanInline } from '../clean';
import type { PageContext } from '../page/context';
import { isIsolated, isIsolatedOrEdge, neighbourLine, nonBlankFrom } from '../page/lines';
import { compact } from '../page/text';
import { isOnlyDatelineAndCredit, matchBareCredit, matchLeadingCredit, parseCredit } from './byline';
import { findInterruptingQuotes, findPullQuotes, isPhotoCredit, looksLikeCaption } from './caption';
import { matchClosingDateline, matchClosingDatelineCredit, matchLeadingDateline } from './dateline';
import { isHeadlineCandidate, isSpacedDisplayLine } from './headline';
import { findWrappedCredit } from './wrappedCredits';

/** Caption blocks (pull quotes) wrapped over several lines. */
export interface CaptionBlocks {
  /** A block's last line, by its first line. */
  readonly lastLine: ReadonlyMap<number, number>;
  /** Lines of a block after its first. */
  readonly inner: ReadonlySet<number>;
}

/**
 * Pull quotes: a sentence set apart that repeats the body nearby is a caption, however many lines it wraps over.
 * Marks their lines as captions and returns the blocks.
 */
export function markPullQuotes(ctx: PageContext): CaptionBlocks {
  const { lines, roles, forcedRole, unwrapped, blankSeparated } = ctx;
  const captionBlocks = new Map<number, number>();
  const captionInner = new Set<number>();
  // Text set one paragraph to a line has no pull quotes set apart: a sentence standing there twice is two paragraphs.
  const compactLines = unwrapped ? [] : lines.map((l) => (l.blank ? '' : compact(l.text)));
  const free = (k: number) => roles[k] === 'body' && !forcedRole.has(k);
  const pullQuotes = unwrapped ? [] : findPullQuotes(compactLines, free, !blankSeparated);
  // (Where blank lines mark only column breaks, a quote may also stand inside running text with no blank line at all.)
  if (!unwrapped && !blankSeparated) {
    const taken = new Set(pullQuotes.flatMap((b) => [b.first, b.last]));
    for (const block of findInterruptingQuotes(compactLines, free)) if (!taken.has(block.first) && !taken.has(block.last)) pullQuotes.push(block);
  }
  for (const block of pullQuotes) {
    for (let k = block.first; k <= block.last; k++) roles[k] = 'caption';
    captionBlocks.set(block.first, block.last);
    for (let k = block.first + 1; k <= block.last; k++) captionInner.add(k);
  }
  return { lastLine: captionBlocks, inner: captionInner };
}

/**
 * Closing datelines and credits (recorded in the context with the lines they span), opening datelines, captions and
 * title candidates, for every body line no marker forces.
 */
export function markLineRoles(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forcedRole, blankSeparated, closingDatelines, closingCredits, coveredBy } = ctx;
  for (const line of lines) {
    const i = line.index;
    if (roles[i] !== 'body' || forcedRole.has(i)) continue;
    const c = compact(line.text);
    const closing = matchClosingDateline(c);
    if (closing) { roles[i] = 'dateline'; closingDatelines.set(i, closing); continue; }
    // `（据新华社电 记者阿依努尔、宿` / `传义）`: dateline and credit in one bracket, over up to four lines (a long list
    // of reporters wraps in a narrow column).
    const span: number[] = [];
    if (/^\s*[（(]/.test(line.text)) {
      for (let k = i; k < lines.length && k < i + 4 && !lines[k].blank && roles[k] === 'body' && !forcedRole.has(k); k++) span.push(k);
    }
    for (let n = 1; n <= span.length; n++) {
      const raw = span.slice(0, n).map((k) => lines[k].text).join('\n');
      const both = matchClosingDatelineCredit(raw);
      const parsed = both ? parseCredit(both.credit.replace(/\n/g, ' ')) : null;
      if (!both || !parsed) continue;
      const last = span[n - 1];
      for (const k of span.slice(0, n)) roles[k] = 'dateline';
      closingDatelines.set(i, { ...both.dateline, raw: cleanInline(raw) });
      closingCredits.set(i, { text: creditText(both.credit, creditNames(parsed)), parsed, startLine: i, endLine: last });
      for (const k of span.slice(1, n)) coveredBy.set(k, i);
      break;
    }
    if (closingDatelines.has(i)) continue;
    if (coveredBy.has(i)) continue;
    if (matchLeadingDateline(c) || (/^(?:据)?(?:本报|新华社|中新社)/.test(c) && c.length <= 16 && startsDatelineAcross(lines, i))) { roles[i] = 'dateline'; continue; }
    const credit = matchLeadingCredit(line.text);
    // A credit line right under a dateline standing alone (`本报某地1月1日电` / `（记者 王五）`) is the dateline's
    // credit: it stays in the article's opening, which the body below carries on.
    const underLoneDateline = i > 0 && roles[i - 1] === 'dateline' && !closingDatelines.has(i - 1) && !coveredBy.has(i - 1) &&
      isOnlyDatelineAndCredit(lines[i - 1].text, true);
    if (credit && compact(line.text.slice(credit.length)).length === 0 && !underLoneDateline) {
      roles[i] = 'byline';
      closingCredits.set(i, { text: creditText(line.text.trim()), parsed: credit.parsed, startLine: i, endLine: i });
      continue;
    }
    // A credit wrapped over lines of its own closes the article above (one right under an opening dateline leads it).
    const above = neighbourLine(lines, roles, i, -1);
    const wrapped = above !== null && roles[above] === 'dateline' && !closingDatelines.has(above) ? null : findWrappedCredit(lines, i, (k) => roles[k] === 'body' && !forcedRole.has(k));
    if (wrapped) {
      const last = wrapped.lines[wrapped.lines.length - 1];
      for (const k of wrapped.lines) roles[k] = 'byline';
      for (const k of wrapped.lines.slice(1)) coveredBy.set(k, i);
      closingCredits.set(i, { text: creditText(wrapped.raw, creditNames(wrapped.parsed)), parsed: wrapped.parsed, startLine: i, endLine: last });
      continue;
    }
    const bare = c.length <= 24 ? matchBareCredit(line.text) : null;
    if (bare && isIsolatedOrEdge(lines, roles, i)) {
      roles[i] = 'byline';
      closingCredits.set(i, { text: creditText(line.text.trim()), parsed: bare, startLine: i, endLine: i });
      continue;
    }
    if (isPhotoCredit(line.text)) { roles[i] = 'caption'; continue; }
    const isolated = isIsolated(lines, i);
    if ((isolated || widths[i] > columnWidth[i] * 1.3 + 4) && looksLikeCaption(line.text, widths[i], columnWidth[i])) { roles[i] = 'caption'; continue; }
    // Where blank lines mark only column breaks, a whole sentence standing alone and wider than the column is a caption.
    if (!blankSeparated && isolated && widths[i] > columnWidth[i] + 2 && /[。！]$/.test(c) && c.length >= 8 && c.length <= 120) { roles[i] = 'caption'; continue; }
    if (isHeadlineCandidate(line.text, widths[i], columnWidth[i], isolated, blankSeparated) || isSpacedDisplayLine(line.text, columnWidth[i], isolated)) {
      roles[i] = 'headline';
    }
  }
}

/** Whether the line and the next non-blank line make an opening dateline together (`本报北京` / `1月14日电`). */
function startsDatelineAcross(lines: readonly PageLine[], i: number): boolean {
  const j = nonBlankFrom(lines, i + 1, 1);
  return j < lines.length && matchLeadingDateline(compact(lines[i].text) + compact(lines[j].text)) !== null;
}
