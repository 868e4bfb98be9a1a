// Titles wrapped over two or three lines where blank lines part paragraphs: every paragraph of running text closes on
// sentence punctuation, so a short block of lines standing between blank lines with no punctuation at all is no
// paragraph. Set right above another title or a dateline it is the title of an article printed next to that one
// (a column of short news, each under its own title); elsewhere it may be a fragment a column break cut out of a
// sentence, and it is left to the body.
import type { LineRole, PageLine } from '../../model';
import { BOX_LABELS } from './blocks';
import { balancedMarks, compact } from '../page/text';
import { nextTextLine } from '../page/lines';

/** Most lines and characters such a title block holds. */
const MAX_RUN_LINES = 3;
const MAX_RUN_CHARS = 48;

export function markTitleRunsAboveTitles(lines: readonly PageLine[], roles: LineRole[], forced: ReadonlyMap<number, LineRole>): void {
  const free = (k: number) => k >= 0 && k < lines.length && !lines[k].blank && roles[k] === 'body' && !forced.has(k);
  for (let i = 0; i < lines.length; i++) {
    // (The page's first lines stand under its top edge as under a blank line.)
    if ((i > 0 && !lines[i - 1].blank) || !free(i)) continue;
    let end = i;
    while (free(end + 1) && end + 1 - i < MAX_RUN_LINES) end++;
    // Two lines at least (one line alone is judged by the passes for isolated lines), then a blank line.
    if (end === i || end + 1 >= lines.length || !lines[end + 1].blank) { i = end; continue; }
    const run = lines.slice(i, end + 1).map((l) => compact(l.text));
    const text = run.join('');
    const next = nextTextLine(lines, roles, end);
    const beforeTitle = next < lines.length && (roles[next] === 'headline' || roles[next] === 'dateline');
    if (beforeTitle && text.length >= 8 && text.length <= MAX_RUN_CHARS && !/[，。；！？：,;!?:、…]/.test(text) && balancedMarks(text) &&
      run.every((t) => !BOX_LABELS.has(t))) {
      for (let k = i; k <= end; k++) roles[k] = 'headline';
    }
    i = end;
  }
}
