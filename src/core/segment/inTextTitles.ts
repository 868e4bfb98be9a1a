// Titles pdftotext prints among running text, where blank lines mark only column breaks: shapes that no body line has.
import type { LineRole, PageLine } from '../model';
import { isLetterSpaced } from './text';

/** Two phrases of like length set apart by a space (`立起足尖 触摸顶尖`), nothing else on the line. */
const TWO_PHRASES = /^([\u4e00-\u9fff“”《》]{2,10})[ \u3000]+([\u4e00-\u9fff“”《》]{2,10})$/;

/**
 * Marks as headlines the lines set as two parallel phrases of equal length (对仗, the way papers set main titles)
 * that stand at a column's top — after a blank line or right under a title — even though running text follows
 * them with no blank line between: pdftotext prints a title over a column whose text carries on from another one.
 * Running text never prints a space between two Han phrases, except letter-spaced to fill the column; an author's
 * sign-off (`北京西城 张三`) pairs a place with a shorter name.
 */
export function markParallelTitlesAtColumnTop(lines: readonly PageLine[], roles: LineRole[], widths: readonly number[],
  columnWidth: readonly number[], forced: ReadonlySet<number>): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    if (roles[i] !== 'body' || forced.has(i) || !(lines[i - 1].blank || roles[i - 1] === 'headline')) continue;
    const text = lines[i].text.trim();
    const m = TWO_PHRASES.exec(text);
    if (!m || m[1].length !== m[2].length || isLetterSpaced(text) || widths[i] > columnWidth[i] - 2) continue;
    roles[i] = 'headline';
  }
}
