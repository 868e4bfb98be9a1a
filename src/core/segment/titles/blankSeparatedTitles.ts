// Titles where blank lines part paragraphs (pdfminer prints each text box apart): every paragraph's last line closes
// a sentence, so a short line standing alone between blank lines that neither closes nor carries on a sentence is no
// paragraph's tail. Run only on pages with that habit (`blankSeparated`).
import type { PageContext } from '../page/context';
import { isIsolated, neighbourLine } from '../page/lines';
import { HARD_END, SENTENCE_END, balancedMarks, compact } from '../page/text';
import { BOX_LABELS } from './blocks';

/**
 * Where blank lines part paragraphs, a short line standing alone with no punctuation at all, right after a finished
 * sentence, neither ends nor carries on a sentence: a paragraph's broken-off last line ends on punctuation. It is a
 * title in the column's type when it is as short as a column's name (`来论`), or when another title follows it (a
 * photo story's `秋日农忙` printed above the next article's headline); longer ones inside running text are the
 * article's own intertitles (小标题), which stay in its body.
 */
export function markShortTitlesAfterSentences(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forcedRole, lastNonBlank } = ctx;
  for (const line of lines) {
    const i = line.index;
    if (roles[i] !== 'body' || forcedRole.has(i) || !isIsolated(lines, i)) continue;
    const c = compact(line.text);
    if (c.length < 2 || c.length > 12 || widths[i] > columnWidth[i] * 0.75 || /[，。、；：！？,.;:!?…]/.test(c) ||
      !balancedMarks(c) || BOX_LABELS.has(c) || /^——/.test(c)) continue;
    const p = lastNonBlank(i);
    const n = neighbourLine(lines, roles, i, 1);
    if (c.length > 4 && (n === null || roles[n] !== 'headline')) continue;
    if (p >= 0 && roles[p] === 'body' && HARD_END.test(compact(lines[p].text))) roles[i] = 'headline';
  }
}

/**
 * Where blank lines separate paragraphs, a paragraph's last line closes a sentence: a short line standing alone,
 * right after text left open in mid-sentence and set well short of the column, is a title printed at a column top.
 */
export function markTitlesAfterOpenText(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forcedRole, lastNonBlank, carriesOnInWord } = ctx;
  for (let i = 1; i + 1 < lines.length; i++) {
    const c = compact(lines[i].text);
    if (roles[i] !== 'body' || forcedRole.has(i) || !isIsolated(lines, i) || c.length < 4 || c.length > 24) continue;
    if (/[。！？；!?;…：:、]/.test(c) || /——$/.test(c) || widths[i] >= columnWidth[i] - 4 || BOX_LABELS.has(c)) continue;
    const p = lastNonBlank(i);
    // A quote or bracket left open or closed here ties the line to the text around it; so does a word broken
    // across the two lines.
    if (!balancedMarks(c)) continue;
    if (p < 0 || roles[p] !== 'body' || SENTENCE_END.test(compact(lines[p].text)) || widths[p] < columnWidth[p] * 0.8) continue;
    if (!carriesOnInWord(i)) roles[i] = 'headline';
  }
}
