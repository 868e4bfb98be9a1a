// What the editor shows on hover at an offset: a byline's parsed names, or a broken number and its repaired value.
import type { Byline, Finding, PageAnalysis, TextRange } from '../model';

export type HoverTarget =
  | { readonly kind: 'byline'; readonly byline: Byline; readonly range: TextRange }
  | { readonly kind: 'number'; readonly original: string; readonly repaired: string; readonly range: TextRange; readonly finding: Finding };

/** Characters that make up a written number: digits (half- and full-width), separators, percent signs. */
const NUMBER_CHAR = /[0-9０-９.．,，%％‰·]/u;
const DIGIT = /[0-9０-９]/u;

/** The hover target at `offset`, preferring a broken number (the narrower thing) over the byline around it. */
export function hoverTargetAt(analysis: PageAnalysis, offset: number): HoverTarget | null {
  for (const finding of analysis.findings) {
    if (!finding.fix || offset < finding.range.start || offset > finding.range.end) continue;
    const repaired = repairedNumber(analysis.text, finding);
    if (repaired) return { kind: 'number', ...repaired, finding };
  }
  const line = lineAt(analysis, offset);
  if (line < 0) return null;
  for (const article of analysis.segmentation.articles) {
    const byline = article.byline;
    if (!byline || line < byline.startLine || line > byline.endLine) continue;
    const first = analysis.layout.lines[byline.startLine];
    const last = analysis.layout.lines[byline.endLine];
    if (!first || !last) continue;
    return { kind: 'byline', byline, range: { start: first.start, end: last.end } };
  }
  return null;
}

/**
 * When `finding`'s fix repairs a number, the number as written and as repaired: the fix's range widened over the
 * adjacent number characters (and the spaces the fix removes), so `64 . 29%` shows as `64.29%`.
 */
export function repairedNumber(text: string, finding: Finding): { original: string; repaired: string; range: TextRange } | null {
  const fix = finding.fix;
  if (!fix) return null;
  let start = Math.min(fix.range.start, finding.range.start);
  let end = Math.max(fix.range.end, finding.range.end);
  while (start > 0 && NUMBER_CHAR.test(text[start - 1])) start--;
  while (end < text.length && NUMBER_CHAR.test(text[end])) end++;
  const original = text.slice(start, end);
  const repaired = text.slice(start, fix.range.start) + fix.text + text.slice(fix.range.end, end);
  if (!DIGIT.test(original) || original === repaired || /[^\s0-9０-９.．,，%％‰·]/u.test(original)) return null;
  return { original, repaired, range: { start, end } };
}

/** 0-based line containing `offset`, by binary search over the layout; -1 outside the text. */
export function lineAt(analysis: PageAnalysis, offset: number): number {
  const lines = analysis.layout.lines;
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const line = lines[mid];
    if (offset < line.start) high = mid - 1;
    else if (offset > line.end + line.eol.length - (mid === lines.length - 1 ? 0 : 1)) low = mid + 1;
    else return mid;
  }
  return -1;
}
