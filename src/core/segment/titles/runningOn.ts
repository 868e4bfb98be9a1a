// Sentence continuity, read on every page: a title never carries on the sentence of the body line above it, so a
// title candidate set right under a body line left open in mid-sentence at most of the column's width is body after
// all (unless its size or a closing rubric marks it a title whatever stands above).
import type { PageContext } from '../page/context';
import { compact } from '../page/text';
import { endsWithRubric } from '../roles/headline';

/**
 * A candidate that carries on the sentence of the body line above it is body after all.
 */
export function unmarkRunningOnTitles(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forcedRole, continuesSentence } = ctx;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (roles[i] !== 'headline' || forcedRole.has(i) || !continuesSentence(i)) continue;
    // A line far wider than the column, or closing on a column rubric `（创新故事）`, is a title whatever stands above.
    const c = compact(lines[i].text);
    if (widths[i] > columnWidth[i] * 1.3 || endsWithRubric(c)) continue;
    roles[i] = 'body';
  }
}
