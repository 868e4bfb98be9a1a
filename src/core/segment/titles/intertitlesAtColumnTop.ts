// Intertitles (小标题) pdftotext prints at a column's top, where blank lines mark only column breaks.
import type { LineRole, PageLine } from '../../model';
import { HARD_END, compact } from '../page/text';

/** Sentence punctuation no intertitle carries. */
const SENTENCE_MARKS = /[，。；！？：、,;!?:]/;

/**
 * An article's intertitles share one type and length (a paper sets them as a series: `构建现代产业体系`,
 * `打造水绿相融格局`). Inside a run of text they stand between a finished paragraph and an indented opening; at a
 * column's top the same line stands after the blank line that marks the column break and reads like a one-line title
 * over an article without dateline. Where the article read since the last title prints in its running text an
 * intertitle of the very same length and width, the column above finished its paragraph and an indented paragraph
 * opens right below (no dateline, no credit), the line is one more of that article's intertitles: returns such title
 * lines, to be read as body.
 */
export function intertitlesAtColumnTop(lines: readonly PageLine[], roles: readonly LineRole[], widths: readonly number[],
  columnWidth: readonly number[], forced: ReadonlySet<number>): number[] {
  const shape = (i: number) => `${compact(lines[i].text).length}/${widths[i]}`;
  const titleShaped = (i: number) => {
    const text = compact(lines[i].text);
    return text.length >= 4 && text.length <= 12 && !SENTENCE_MARKS.test(text) && widths[i] <= columnWidth[i] - 6;
  };
  const indented = (i: number) => widths[i] <= columnWidth[i] - 3 && widths[i] >= columnWidth[i] - 7;
  // Intertitles inside runs (a finished paragraph's last line above, an indented opening below), by shape, of the
  // article read since the last title line: another article's intertitles say nothing of this one.
  const seen = new Set<string>();
  const found: number[] = [];
  for (let i = 1; i + 1 < lines.length; i++) {
    if (roles[i] === 'body' && roles[i - 1] === 'body' && roles[i + 1] === 'body' && !lines[i - 1].blank && !lines[i + 1].blank &&
      titleShaped(i) && HARD_END.test(compact(lines[i - 1].text)) && indented(i + 1)) seen.add(shape(i));
    if (roles[i] !== 'headline') continue;
    if (atColumnTop(i) && seen.has(shape(i))) { found.push(i); continue; }
    seen.clear();
  }
  return found;

  /** A lone title line after a column break, over an indented opening, the column above having finished its paragraph. */
  function atColumnTop(i: number): boolean {
    if (forced.has(i) || !lines[i - 1].blank || roles[i + 1] !== 'body' || lines[i + 1].blank || !titleShaped(i) || !indented(i + 1)) return false;
    let above = i - 1;
    while (above >= 0 && lines[above].blank) above--;
    return above >= 0 && roles[above] === 'body' && HARD_END.test(compact(lines[above].text));
  }
}
