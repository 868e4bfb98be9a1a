// Sentence continuity, read on every page: a title never carries on the sentence of the body line above it, so a
// title candidate set right under a body line left open in mid-sentence at most of the column's width is body after
// all (unless its size, spread type or a closing rubric marks it a title whatever stands above).
import type { PageContext } from '../page/context';
import { breaksWord, compact, lineBigrams } from '../page/text';
import { endsWithRubric, isSpacedDisplayLine } from '../roles/headline';
import { isIsolated } from '../page/lines';

/**
 * A candidate that carries on the sentence of the body line above it is body after all.
 */
export function unmarkRunningOnTitles(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forcedRole, continuesSentence } = ctx;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (roles[i] !== 'headline' || forcedRole.has(i) || !continuesSentence(i)) continue;
    // A line far wider than the column, or closing on a column rubric `（创新故事）`, is a title whatever stands above.
    const c = compact(lines[i].text);
    // (So is a short line standing alone with its characters spread apart: display type, see headline.ts.)
    if (widths[i] > columnWidth[i] * 1.3 || endsWithRubric(c) || isSpacedDisplayLine(lines[i].text, columnWidth[i], isIsolated(lines, i))) continue;
    roles[i] = 'body';
  }
}

/**
 * Nor does a title run on into the body line below it: the last line of a title block set exactly as a paragraph's
 * indented first line (two characters short of the column), whose last character makes a word with the first one of
 * the full line right under it (`…牵头办理的重` / `点督办建议…`), is that paragraph's opening line.
 */
export function unmarkTitlesRunningIntoText(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forcedRole } = ctx;
  let bigrams: ReadonlySet<string> | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (roles[i] !== 'headline' || forcedRole.has(i) || roles[i + 1] !== 'body' || lines[i + 1].blank) continue;
    if (widths[i] !== columnWidth[i] - 4 || widths[i + 1] < columnWidth[i + 1] - 1) continue;
    const c = compact(lines[i].text);
    if (endsWithRubric(c) || /[，。；！？：、,.;:!?—]$/.test(c)) continue;
    if (breaksWord(lines[i].text, lines[i + 1].text, bigrams ??= lineBigrams(lines))) roles[i] = 'body';
  }
}
