// Titles closing on a column rubric (`…（人民论坛）`), a habit of every extractor: running text closes a bracket on a
// sentence's punctuation or carries on, so a line ending on a bracketed name that neither runs on below nor carries
// on the sentence above it is a title. (The rubric wrapped over two lines is wrappedRubrics.ts.)
import type { PageContext } from '../page/context';
import { HARD_END, compact } from '../page/text';
import { endsWithRubric } from '../roles/headline';

/**
 * A line closing on a column rubric (`解好基层治理“方程式”（人民论坛）`) that does not carry on a sentence is a title.
 */
export function markRubricTitles(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forcedRole, continuesSentence } = ctx;
  for (const line of lines) {
    const i = line.index;
    const c = compact(line.text);
    if (roles[i] !== 'body' || forcedRole.has(i) || c.length < 6 || c.length > 60 || /。/.test(c) || !endsWithRubric(c)) continue;
    // Nor is a line set within the column whose text runs on into a full running line right below it: a bracketed
    // name (`（重庆）`) may close a paragraph's opening line (the line below carries a clause or opens a quotation: `说：“`).
    const below = i + 1 < lines.length && !lines[i + 1].blank && roles[i + 1] === 'body' ? compact(lines[i + 1].text) : '';
    if (below && widths[i] < columnWidth[i] && widths[i + 1] >= columnWidth[i + 1] - 2 && /[，。；：！？]/.test(below)) continue;
    if (!continuesSentence(i)) { roles[i] = 'headline'; continue; }
    // A rubric title wrapped over two lines (`很多老旧小区的设施得` / `到了提升（民生关注）`): the line above carries no
    // punctuation, stops short of the column's edge (a running line fills it) and follows a finished sentence.
    const above = i - 1;
    const a = compact(lines[above].text);
    const beforeAbove = above - 1 >= 0 && !lines[above - 1].blank && roles[above - 1] === 'body' ? compact(lines[above - 1].text) : null;
    if (roles[above] === 'body' && !forcedRole.has(above) && a.length >= 2 && a.length <= 30 && !/[，。；！？：、,.;:!?…]/.test(a) &&
      widths[above] < columnWidth[above] - 1 && (beforeAbove === null || HARD_END.test(beforeAbove))) roles[above] = roles[i] = 'headline';
  }
}
