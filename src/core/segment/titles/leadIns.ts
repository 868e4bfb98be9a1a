/**
 * A report built of several sections may open each with a lead-in naming a place (`某地，某某中心——`) that leads on
 * with a dash into the section's text. Printed right under the article's title, set apart by blank lines like a title
 * line, it reads as one; yet a title block's `——` kicker leads into the title below it, never into text. A title line
 * ending on `——` with body text right below it and a title above it is such a lead-in: body, together with the lines
 * above it that it completes in a word of the page (the lead-in wraps in mid-word like any text).
 */
import type { LineRole, PageLine } from '../../model';
import { compact, firstChar, hanPairCounts, isHan, lastChar } from '../page/text';
import { nonBlankFrom } from '../page/lines';

/** How often the page must use the pair of characters a wrapped lead-in makes across its break. */
const WRAP_MIN_COUNT = 2;

/** The lines (title lines so far) that are lead-ins into their article's text. */
export function leadInsUnderTitles(lines: readonly PageLine[], roles: readonly LineRole[], forced: ReadonlySet<number>): number[] {
  const out: number[] = [];
  const text = (i: number) => compact(lines[i].text);
  const nonBlank = (i: number, step: 1 | -1) => {
    const k = nonBlankFrom(lines, i + step, step);
    return k >= 0 && k < lines.length ? k : -1;
  };
  let counts: ReadonlyMap<string, number> | undefined;
  /** `above`'s last character and `below`'s first make a word of the page across the break. */
  const wraps = (above: number, below: number) => {
    const x = lastChar(lines[above].text);
    const y = firstChar(lines[below].text);
    return isHan(x) && isHan(y) && ((counts ??= hanPairCounts(lines)).get(x + y) ?? 0) >= WRAP_MIN_COUNT;
  };
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== 'headline' || forced.has(i) || !/——$/.test(text(i))) continue;
    const below = nonBlank(i, 1);
    if (below < 0 || roles[below] !== 'body') continue;
    let top = i;
    for (let p = nonBlank(top, -1); p >= 0 && roles[p] === 'headline' && !forced.has(p) && !/——$/.test(text(p)) && wraps(p, top); p = nonBlank(top, -1)) top = p;
    const title = nonBlank(top, -1);
    if (title < 0 || roles[title] !== 'headline') continue;
    for (let k = top; k <= i; k++) if (!lines[k].blank) out.push(k);
  }
  return out;
}
