// A title closing on a column rubric wrapped over two lines (`…在祖国最西端（` / `某某荣誉称号获得者）`): the bracket
// the first line leaves open is closed by the second, so neither line alone ends on a rubric and the one-line cue
// (segmentPage) misses it. Right under a blank line, with no sentence finished in it, the pair is a title: running text
// that wraps a bracket that way closes its sentence, or carries on the text above.
import type { LineRole, PageLine } from '../../model';
import { endsWithRubric } from '../roles/headline';
import { compact } from '../page/text';

/** Most characters of such a title with its rubric. */
const MAX_CHARS = 60;

/** First lines of two-line titles closing on a rubric, right under a blank line. */
export function wrappedRubricTitles(lines: readonly PageLine[], roles: readonly LineRole[], forced: ReadonlyMap<number, LineRole>): number[] {
  const found: number[] = [];
  for (let i = 1; i + 1 < lines.length; i++) {
    if (!lines[i - 1].blank || roles[i] !== 'body' || roles[i + 1] !== 'body' || forced.has(i) || forced.has(i + 1)) continue;
    const first = compact(lines[i].text);
    const second = compact(lines[i + 1].text);
    if (!/[（(][^）)]*$/.test(first) || /[（(]/.test(second)) continue;
    const joined = first + second;
    if (joined.length > MAX_CHARS || /[。！？；]/.test(joined) || !endsWithRubric(joined)) continue;
    found.push(i);
  }
  return found;
}
