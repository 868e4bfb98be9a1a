// Titles wrapped over two or three lines where blank lines part paragraphs: every paragraph of running text closes on
// sentence punctuation, so a short block of lines standing between blank lines with no punctuation at all is no
// paragraph. Set right above another title or a dateline it is the title of an article printed next to that one
// (a column of short news, each under its own title); elsewhere it may be a fragment a column break cut out of a
// sentence, and it is left to the body.
import type { LineRole, PageLine } from '../../model';
import { BOX_LABELS } from './blocks';
import { HARD_END, balancedMarks, compact } from '../page/text';
import { nextTextLine } from '../page/lines';

/** Most lines and characters such a title block holds. */
const MAX_RUN_LINES = 3;
const MAX_RUN_CHARS = 48;
/** A title set in the body's narrow column wraps over more lines (a kicker and a headline, each over two or three). */
const MAX_NARROW_RUN_LINES = 6;

/**
 * Also a title, wherever it stands: a block of such lines none of which reaches the column's edge, right after a
 * finished sentence. A fragment a column break cut out of running text fills its column to the last line (only a
 * paragraph's first line is indented, its last line closes on punctuation); after a finished sentence no fragment of
 * that sentence can follow. (`widths`/`columnWidth` are the page's line and column widths; without them only runs
 * above another title count.)
 */
export function markTitleRunsAboveTitles(lines: readonly PageLine[], roles: LineRole[], forced: ReadonlyMap<number, LineRole>,
  widths?: readonly number[], columnWidth?: readonly number[]): void {
  const free = (k: number) => k >= 0 && k < lines.length && !lines[k].blank && roles[k] === 'body' && !forced.has(k);
  for (const [i, end] of runsBetweenBlanks(lines, free)) {
    const run = lines.slice(i, end + 1).map((l) => compact(l.text));
    const text = run.join('');
    const next = nextTextLine(lines, roles, end);
    const beforeTitle = run.length <= MAX_RUN_LINES && next < lines.length && (roles[next] === 'headline' || roles[next] === 'dateline');
    const afterFinished = followsFinishedText(lines, roles, i);
    const narrow = widths !== undefined && columnWidth !== undefined && afterFinished &&
      lines.slice(i, end + 1).every((l) => widths[l.index] < columnWidth[l.index] - 1);
    const shaped = balancedMarks(text) && run.every((t) => !BOX_LABELS.has(t));
    // Right above a dateline, a kicker's clause may hold commas (`其他各界人士、海外华侨华人` / `…也纷纷报名`): no
    // line of the block reaches the column's edge and no sentence ends in it.
    const narrowOverDateline = widths !== undefined && columnWidth !== undefined && next < lines.length && roles[next] === 'dateline' &&
      lines.slice(i, end + 1).every((l) => widths[l.index] < columnWidth[l.index] - 1) && !/[。；！？;!?…]/.test(text) && !/[，,：:]$/.test(text);
    if (shaped && text.length >= 8 && ((text.length <= MAX_RUN_CHARS && (beforeTitle || narrow) && !/[，。；！？：,;!?:、…]/.test(text)) ||
      (text.length <= MAX_RUN_CHARS + 12 && narrowOverDateline))) {
      for (let k = i; k <= end; k++) roles[k] = 'headline';
    }
  }
}

/**
 * Titles between two articles where no blank line parts anything (`pdftotext -raw` prints each title where the page's
 * content stream has it: after its own body or before the next one's). A short run of lines right after a finished
 * sentence (or a closing credit) and right before an opening dateline ends no sentence and carries none on: every
 * paragraph of running text closes on sentence punctuation, and the dateline opens the next article. Whose title the
 * run is stays for the attachment to decide by its words.
 */
export function markTitleRunsBeforeDatelines(lines: readonly PageLine[], roles: LineRole[], forced: ReadonlyMap<number, LineRole>,
  closingDatelines: ReadonlySet<number>): void {
  const free = (k: number) => k >= 0 && k < lines.length && !lines[k].blank && roles[k] === 'body' && !forced.has(k);
  for (let d = 0; d < lines.length; d++) {
    if (roles[d] !== 'dateline' || closingDatelines.has(d)) continue;
    let top = d;
    while (free(top - 1) && d - top < MAX_RUN_LINES + 1 && !HARD_END.test(compact(lines[top - 1].text))) top--;
    if (top === d) continue;
    // The line above the run: a finished sentence or a closing credit (no blank line between: those pages have their
    // own pass).
    const above = top - 1;
    if (above < 0 || lines[above].blank) continue;
    const finished = (roles[above] === 'body' && HARD_END.test(compact(lines[above].text))) || roles[above] === 'byline' || closingDatelines.has(above);
    if (!finished) continue;
    const run = lines.slice(top, d).map((l) => compact(l.text));
    const text = run.join('');
    if (run.length > MAX_RUN_LINES + 1 || text.length < 4 || text.length > MAX_RUN_CHARS || /[。；！？;!?]/.test(text) ||
      run.some((t) => /[，、：,:]$/.test(t) || BOX_LABELS.has(t)) || !balancedMarks(text)) continue;
    for (let k = top; k < d; k++) roles[k] = 'headline';
  }
}

/**
 * A kicker (引题) set in the body's narrow measure over a title, a blank line between them, on pages where blank lines
 * do not part every block: a run of lines between blank lines, none reaching the column's edge, that finishes no
 * sentence (a kicker's clause may hold commas, `著名的…家，…的杰出领导人`) and ends on no comma, right after a
 * finished sentence and right above a title line. Running text cut by a column break fills its column to the last
 * line, and a paragraph's last line closes on punctuation: such a run is no paragraph. Returns the title lines under
 * such kickers: each joins its kicker's block across the blank line.
 */
export function markKickersOverTitles(lines: readonly PageLine[], roles: LineRole[], forced: ReadonlyMap<number, LineRole>,
  widths: readonly number[], columnWidth: readonly number[]): Set<number> {
  const titlesUnder = new Set<number>();
  const free = (k: number) => k >= 0 && k < lines.length && !lines[k].blank && roles[k] === 'body' && !forced.has(k);
  for (const [i, end] of runsBetweenBlanks(lines, free)) {
    const next = nextTextLine(lines, roles, end);
    const afterFinished = followsFinishedText(lines, roles, i);
    const text = lines.slice(i, end + 1).map((l) => compact(l.text)).join('');
    const narrow = lines.slice(i, end + 1).every((l) => widths[l.index] < columnWidth[l.index] - 1);
    if (next < lines.length && roles[next] === 'headline' && afterFinished && narrow && text.length >= 8 && text.length <= MAX_RUN_CHARS + 12 &&
      !/[。；！？;!?…]/.test(text) && !/[，,：:、]$/.test(text) && balancedMarks(text)) {
      for (let k = i; k <= end; k++) roles[k] = 'headline';
      titlesUnder.add(next);
    }
  }
  return titlesUnder;
}

/**
 * Runs of two lines or more (at most MAX_NARROW_RUN_LINES) of free lines, each with a blank line (or the page's top
 * edge) above and a blank line below, in page order. (One line alone is judged by the passes for isolated lines.)
 * Yielded lazily: a caller may change the roles of a run before the next one is looked for.
 */
function* runsBetweenBlanks(lines: readonly PageLine[], free: (k: number) => boolean): Generator<[number, number]> {
  for (let i = 0; i < lines.length; i++) {
    if ((i > 0 && !lines[i - 1].blank) || !free(i)) continue;
    let end = i;
    while (free(end + 1) && end + 1 - i < MAX_NARROW_RUN_LINES) end++;
    if (end > i && end + 1 < lines.length && lines[end + 1].blank) yield [i, end];
    i = end;
  }
}

/** The text before line `i` (past blanks, markers and furniture) is a finished sentence or a closing credit, or the
 * page starts there. */
function followsFinishedText(lines: readonly PageLine[], roles: readonly LineRole[], i: number): boolean {
  let above = i - 1;
  while (above >= 0 && (lines[above].blank || roles[above] === 'marker' || roles[above] === 'furniture')) above--;
  return above < 0 || (roles[above] === 'body' && HARD_END.test(compact(lines[above].text))) || roles[above] === 'byline';
}
