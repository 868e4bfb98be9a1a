// Titles where blank lines mark only column breaks (pdftotext) or none at all (pdftotext -raw): a paragraph starts
// with an indented line and runs on full width, so short unpunctuated runs between blank lines, lines set narrower
// than the column right above text, and lines set clearly wider than the column are titles. Run only on pages
// without blank lines between paragraphs (`!blankSeparated`).
import type { PageContext } from '../page/context';
import { HARD_END, balancedMarks, compact } from '../page/text';
import { BOX_LABELS } from './blocks';

/**
 * Where blank lines mark only column breaks, a short run of unpunctuated lines standing between blank lines (or
 * right before a dateline) is a headline wrapped in a narrow column.
 */
export function markNarrowTitleRuns(ctx: PageContext): void {
  const { lines, roles, forcedIn } = ctx;
  let k = 0;
  while (k < lines.length) {
    if (roles[k] !== 'body' || (k > 0 && !lines[k - 1].blank && roles[k - 1] !== 'headline' && roles[k - 1] !== 'furniture')) { k++; continue; }
    let end = k;
    while (end + 1 < lines.length && roles[end + 1] === 'body' && !lines[end + 1].blank) end++;
    const after = end + 1 < lines.length ? roles[end + 1] : 'blank';
    const run = lines.slice(k, end + 1).map((l) => compact(l.text));
    const total = run.join('').length;
    if (end - k < 4 && (after === 'blank' || after === 'dateline') && total >= 4 && total <= 48 &&
      run.every((t) => !/[。，；！？,;]$/.test(t)) && !/[。；]/.test(run.join('')) && !forcedIn(k, end)) {
      for (let j = k; j <= end; j++) roles[j] = 'headline';
    }
    k = end + 1;
  }
}

/**
 * Where blank lines mark column breaks only, a short unpunctuated line after a blank line, set narrower than the
 * column and followed by text, is a title printed right above its body. (A line closing on a colon leads into the
 * text below it: `——城市更有活力：` opens a list item.)
 */
export function markTitlesAboveText(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forcedRole } = ctx;
  for (let i = 1; i + 1 < lines.length; i++) {
    const c = compact(lines[i].text);
    if (roles[i] !== 'body' || forcedRole.has(i) || !lines[i - 1].blank || lines[i + 1].blank || roles[i + 1] !== 'body') continue;
    if (c.length >= 4 && c.length <= 30 && !/[，。；！？,;!?、]/.test(c) && !/[：:]$/.test(c) && widths[i] < columnWidth[i] - 4 && !BOX_LABELS.has(c) &&
      /[，。；！？]/.test(compact(lines[i + 1].text))) roles[i] = 'headline';
  }
}

/**
 * Where blank lines mark only column breaks (pdftotext -raw prints none at all), a title printed in running text
 * shows by its size: an unpunctuated line set clearly wider than the column, right after a finished sentence.
 * Body lines overrun their column by a cell or two at most (narrow digits, squeezed quotes).
 */
export function markWideTitlesInText(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forcedRole, stretched, lastNonBlank } = ctx;
  for (let i = 1; i < lines.length; i++) {
    const c = compact(lines[i].text);
    if (roles[i] !== 'body' || forcedRole.has(i) || stretched.has(i) || c.length < 4 || c.length > 40) continue;
    if (/[，。；！？,;!?：:、]/.test(c) || !balancedMarks(c) || BOX_LABELS.has(c) || widths[i] <= columnWidth[i] + 3) continue;
    const p = lastNonBlank(i);
    if (p >= 0 && roles[p] === 'body' && HARD_END.test(compact(lines[p].text))) roles[i] = 'headline';
  }
}
