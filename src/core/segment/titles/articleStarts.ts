// Where an article must begin — the page's first text, right after an article's closing credit or closing dateline,
// right above an opening dateline — a short unpunctuated line is a title even when nothing else (width, blank lines)
// sets it apart: the page's habit of closing articles with credits and opening them with datelines tells where one
// article ends and the next one starts. On a page set one paragraph to a line these are the only titles.
import type { LineRole, PageLine } from '../../model';
import type { PageContext } from '../page/context';
import { isIsolated, nextTextLine } from '../page/lines';
import { HARD_END, balancedMarks, compact } from '../page/text';
import { BOX_LABELS } from './blocks';

/**
 * An unpunctuated line standing alone where an article must begin — the page's first text, or right after an
 * article's closing credit — is a title even when set no wider than the column.
 */
export function markTitlesWhereArticlesBegin(ctx: PageContext): void {
  const { lines, roles, forcedRole, closingDatelines, coveredBy, lastNonBlank } = ctx;
  let previous: LineRole | null = null;
  for (const line of lines) {
    const i = line.index;
    if (line.blank || roles[i] === 'marker' || roles[i] === 'furniture') continue;
    const c = compact(line.text);
    const startPosition = previous === null || previous === 'byline' ||
      (previous === 'dateline' && (closingDatelines.has(lastNonBlank(i)) || coveredBy.has(lastNonBlank(i))));
    // Right after a closing credit even a two-character line (a photo story's `跳远`) is a title; at the page top
    // such a short line is more likely a label.
    const shortest = previous === null ? 4 : 2;
    if (roles[i] === 'body' && startPosition && isIsolated(lines, i) && !forcedRole.has(i) && c.length >= shortest && c.length <= 40 &&
      !/[，。；！？,;!?]/.test(c) && !BOX_LABELS.has(c)) roles[i] = 'headline';
    previous = roles[i];
  }
}

/**
 * Right after an article's closing credit a new article's title block may follow without blank lines: up to three
 * short unpunctuated lines, then a dateline or running text.
 */
export function markTitlesAfterCredits(ctx: PageContext): void {
  const { lines, roles, forcedRole, closingDatelines } = ctx;
  for (let i = 0; i < lines.length; i++) {
    if (!(roles[i] === 'byline' || closingDatelines.has(i))) continue;
    let end = i + 1;
    while (end < lines.length && end - i <= 3 && roles[end] === 'body' && !lines[end].blank && !forcedRole.has(end)) {
      const c = compact(lines[end].text);
      // A line leaving a bracket or quote open (`国务院日前发布《关于`) runs on into the text below: no title.
      if (c.length < 2 || c.length > 30 || /[，。；！？,;!?]/.test(c.replace(/——$/, '')) || BOX_LABELS.has(c) || !balancedMarks(c)) break;
      end++;
    }
    if (end === i + 1) continue;
    const after = end < lines.length ? roles[end] : 'blank';
    if (end - i - 1 <= 3 && (after === 'dateline' || after === 'body' || after === 'blank')) for (let k = i + 1; k < end; k++) roles[k] = 'headline';
  }
}

/**
 * A leading dateline opens an article: up to three short unpunctuated lines right above it, after a finished
 * sentence, are that article's title even with no blank line around them (pdftotext -raw prints none).
 */
export function markTitlesAboveDatelines(ctx: PageContext): void {
  const { lines, roles, forcedRole, closingDatelines, coveredBy } = ctx;
  for (let d = 1; d < lines.length; d++) {
    if (roles[d] !== 'dateline' || closingDatelines.has(d) || coveredBy.has(d)) continue;
    let top = d;
    while (top - 1 >= 0 && d - top < 3 && roles[top - 1] === 'body' && !forcedRole.has(top - 1) && shortUnpunctuated(lines, top - 1)) top--;
    if (top === d || top === 0 || roles[top - 1] !== 'body' || !HARD_END.test(compact(lines[top - 1].text))) continue;
    for (let k = top; k < d; k++) roles[k] = 'headline';
  }
}

/**
 * Where one line holds one paragraph, a short line inside the text is a paragraph of its own (an intertitle, a list
 * item, a one-sentence paragraph): only a title block where an article must begin — the page's first text, or right
 * after a closing credit or dateline — is a title. That is up to three lines that read as titles (short, no sentence
 * punctuation, no list bullet) over a credit or a line of running text (sentence punctuation).
 */
export function keepOnlyArticleStartTitles(ctx: PageContext): void {
  const { lines, roles, forcedRole, closingDatelines, coveredBy } = ctx;
  for (let k = 0; k < lines.length; k++) if (roles[k] === 'headline' && !forcedRole.has(k)) roles[k] = 'body';
  const nextText = (k: number) => nextTextLine(lines, roles, k);
  const titleShaped = (k: number) => {
    const c = compact(lines[k].text);
    return roles[k] === 'body' && !forcedRole.has(k) && c.length >= 4 && c.length <= 40 && !/[，。；！？,;!?：:]/.test(c) &&
      !/^[■●▲◆]/.test(c) && balancedMarks(c) && !BOX_LABELS.has(c);
  };
  const starts = [nextText(-1)];
  for (let k = 0; k < lines.length; k++) {
    if ((roles[k] === 'byline' || closingDatelines.has(k) || coveredBy.has(k)) && !coveredBy.has(nextText(k))) starts.push(nextText(k));
  }
  for (const start of starts) {
    const block: number[] = [];
    let k = start;
    while (k < lines.length && block.length < 3 && titleShaped(k)) { block.push(k); k = nextText(k); }
    const opensBody = k < lines.length && (roles[k] === 'byline' ||
      ((roles[k] === 'body' || roles[k] === 'dateline') && /[，。；！？：:]/.test(compact(lines[k].text))));
    if (block.length > 0 && opensBody) for (const j of block) roles[j] = 'headline';
  }
}

/** A short line without sentence punctuation that is no box label: a title line's shape. */
function shortUnpunctuated(lines: readonly PageLine[], i: number): boolean {
  const c = compact(lines[i].text);
  return c.length >= 2 && c.length <= 30 && !/[，。；！？,;!?：:]/.test(c) && balancedMarks(c) && !BOX_LABELS.has(c);
}
