// Titles printed inside running text, on every page: body text never leaves a line set shorter than a paragraph's
// indented opening line open in mid-sentence, so short unpunctuated lines after a blank line, with the text above
// left open at full width, are a title set into the text (a headline over its subheadline). The text runs on across
// them, and the article they interrupt is the one they head.
import type { PageContext } from '../page/context';
import { HARD_END, SENTENCE_END, balancedMarks, compact } from '../page/text';
import { BOX_LABELS } from './blocks';

/**
 * A two- or three-line title (headline over subheadline) printed inside running text: after a blank line, with the
 * text above left open in mid-sentence at full width, unpunctuated lines of which one is set shorter than a
 * paragraph's indented opening line yet neither closes a sentence nor ends the run of text. Body text never leaves
 * a line that short open. (A title between blank lines, with the text above ending a page's part with a jump line,
 * heads text linked elsewhere: not taken here.)
 *
 * Returns the lines of such titles (headline over subheadline, or a wrapped headline).
 */
export function markTitlesInRunningText(ctx: PageContext): Set<number> {
  const { lines, roles, widths, columnWidth, forcedRole, lastNonBlank } = ctx;
  const inlineTitles = new Set<number>();
  for (let i = 1; i + 1 < lines.length; i++) {
    if (roles[i] !== 'body' || !lines[i - 1].blank) continue;
    const titleShaped = (k: number) => {
      const t = compact(lines[k].text);
      return roles[k] === 'body' && !lines[k].blank && !forcedRole.has(k) && t.length >= 4 && t.length <= 30 &&
        !/[，。；！？,;!?：:、…]/.test(t) && balancedMarks(t) && !BOX_LABELS.has(t);
    };
    if (!titleShaped(i)) continue;
    let end = i;
    while (end + 1 < lines.length && end - i < 2 && titleShaped(end + 1)) end++;
    if (end === i) continue;
    const p = lastNonBlank(i);
    // The text above runs on across the title: it fills its column without closing a sentence (a closing quote or
    // bracket may stand inside one).
    const above = p >= 0 ? compact(lines[p].text) : '';
    if (p < 0 || roles[p] !== 'body' || HARD_END.test(above) || /[；;：:…]$/.test(above) || widths[p] < columnWidth[p] - 2) continue;
    const next = end + 1;
    const directText = next < lines.length && !lines[next].blank && roles[next] === 'body';
    // A paragraph's opening line is indented by two characters: a line set shorter still yet running on is no body.
    const runsOnShort = (k: number) => widths[k] < columnWidth[k] - 5 && !SENTENCE_END.test(compact(lines[k].text));
    let cutShort = false;
    for (let k = i; k <= end; k++) if ((k < end || directText) && runsOnShort(k)) cutShort = true;
    if (!cutShort) continue;
    // Set into the text like this, a title's first line over one more line is the headline over its subheadline; over
    // two more lines (a long title wrapping) the titles' own shapes decide.
    roles[i] = 'headline';
    for (let k = i + 1; k <= end; k++) roles[k] = end - i === 1 ? 'subheadline' : 'headline';
    for (let k = i; k <= end; k++) inlineTitles.add(k);
    i = end;
  }
  return inlineTitles;
}
