// Summary bullets (`■…`): some papers open an article with a lead of one or more bullet paragraphs, set above or
// ahead of the running text. Where the extractor printed such a lead right after another article's last paragraph in
// one run of lines, the first bullet is where the new article begins: a body does not turn to a bullet in its middle.
import type { LineRole, PageLine } from '../../model';
import { SENTENCE_END, compact } from '../page/text';

const BULLET = /^[■◆]/;

/**
 * Body lines that open a bullet lead inside a run of running text: the line starts with a bullet, the line above
 * is body that finished its sentence, and no bullet stands anywhere in the run above it (a second bullet of the same
 * lead, or the text after a bullet opening a dateline line, belongs to that lead's article).
 */
export function bulletLeadStarts(lines: readonly PageLine[], roles: readonly LineRole[]): number[] {
  const starts: number[] = [];
  const isBody = (k: number) => !lines[k].blank && (roles[k] === 'body' || roles[k] === 'dateline');
  for (let i = 1; i < lines.length; i++) {
    if (roles[i] !== 'body' || !BULLET.test(compact(lines[i].text)) || !isBody(i - 1)) continue;
    if (!SENTENCE_END.test(compact(lines[i - 1].text))) continue;
    // The walk stops at the first bullet above, so each line is read at most twice over the page.
    let k = i - 1;
    let bulletAbove = false;
    while (k >= 0 && isBody(k)) {
      if (lines[k].text.includes('■') || lines[k].text.includes('◆')) { bulletAbove = true; break; }
      k--;
    }
    if (!bulletAbove) starts.push(i);
  }
  return starts;
}
