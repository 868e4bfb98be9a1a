// Titles pdftotext prints among running text, where blank lines mark only column breaks: shapes that no body line has.
import type { PageLine } from '../../model';
import { HARD_END, breaksWord, compact, hanPairCounts, isHan, isLetterSpaced } from '../page/text';
import { nonBlankFrom } from '../page/lines';
import type { PageContext } from '../page/context';

/** Two phrases of like length set apart by a space (`立起足尖 触摸顶尖`), nothing else on the line. */
const TWO_PHRASES = /^([\u4e00-\u9fff“”《》]{2,10})[ \u3000]+([\u4e00-\u9fff“”《》]{2,10})$/;

/**
 * Marks as headlines the lines set as two parallel phrases of equal length (对仗, the way papers set main titles)
 * that stand at a column's top — after a blank line or right under a title — even though running text follows
 * them with no blank line between: pdftotext prints a title over a column whose text carries on from another one.
 * Running text never prints a space between two Han phrases, except letter-spaced to fill the column; an author's
 * sign-off (`北京西城 张三`) pairs a place with a shorter name.
 */
export function markParallelTitlesAtColumnTop(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forced } = ctx;
  for (let i = 1; i + 1 < lines.length; i++) {
    if (roles[i] !== 'body' || forced.has(i) || !(lines[i - 1].blank || roles[i - 1] === 'headline')) continue;
    const text = lines[i].text.trim();
    const m = TWO_PHRASES.exec(text);
    if (!m || m[1].length !== m[2].length || isLetterSpaced(text) || widths[i] > columnWidth[i] - 2) continue;
    roles[i] = 'headline';
  }
}

/** Sentence punctuation no title line carries inside it. */
const SENTENCE_MARKS = /[，。；！？：,;!?:]/;

/**
 * Whether `line` is an intertitle (小标题) printed inside a run of running text: the line above finishes a paragraph,
 * the line itself is shorter than an indented paragraph opening (one of those is as likely a paragraph's first line)
 * and carries no sentence punctuation, and the line below is short
 * too — a paragraph opening, not the rest of a sentence (a wrapped sentence's next line fills the column). The break
 * after it must not fall inside a word the page uses elsewhere.
 */
export function isIntertitleInRun(lines: readonly PageLine[], above: number, line: number, below: number,
  indented: (i: number) => boolean, shorterThanOpening: (i: number) => boolean, bigrams: ReadonlySet<string>): boolean {
  const text = compact(lines[line].text);
  if (text.length < 4 || SENTENCE_MARKS.test(text) || /[”’」』）)…]$/.test(text)) return false;
  if (!HARD_END.test(compact(lines[above].text)) || !shorterThanOpening(line) || !indented(below)) return false;
  return !breaksWord(lines[line].text, lines[below].text, bigrams);
}


/** Least number of the title's character pairs the page must print away from the title's own column stretch. */
const FOREIGN_MIN_PAIRS = 3;
/** Most of its pairs the column stretch around it may print (a common word like `推动` proves nothing). */
const FOREIGN_MAX_LOCAL_PAIRS = 1;

/** The distinct pairs of adjacent Han characters of a text. */
function hanPairs(text: string): Set<string> {
  const c = compact(text);
  const out = new Set<string>();
  for (let k = 0; k + 1 < c.length; k++) if (isHan(c[k]) && isHan(c[k + 1])) out.add(c[k] + c[k + 1]);
  return out;
}

/**
 * Where blank lines mark only column breaks, a short unpunctuated line at a column's top (after a blank line, the
 * column above having finished its paragraph) over a paragraph opening looks like an intertitle (小标题) — but an
 * intertitle names what the text around it says, and this one shares no words with the column stretch it stands in
 * while the page prints its words elsewhere: it is another article's title, printed where its column begins, and the
 * text below it carries on the article above. Marks such lines as headlines and returns them, so that the running
 * text is read across them.
 */
export function markForeignTitlesAtColumnTop(ctx: PageContext): Set<number> {
  const { lines, roles, widths, columnWidth, forced } = ctx;
  const found = new Set<number>();
  let pageCounts: ReadonlyMap<string, number> | undefined;
  for (let i = 2; i + 1 < lines.length; i++) {
    if (roles[i] !== 'body' || forced.has(i) || !lines[i - 1].blank || roles[i + 1] !== 'body' || lines[i + 1].blank) continue;
    const text = compact(lines[i].text);
    if (text.length < 6 || SENTENCE_MARKS.test(text) || /[、”’」』）)…]/.test(text) || isLetterSpaced(lines[i].text)) continue;
    if (widths[i] > columnWidth[i] - 6 || widths[i + 1] > columnWidth[i + 1] - 3) continue;
    const above = nonBlankFrom(lines, i - 1, -1);
    if (above < 0 || roles[above] !== 'body' || !HARD_END.test(compact(lines[above].text))) continue;
    // The column stretch around the line: from the blank line before the text above to the next blank line below.
    let from = above;
    while (from > 0 && !lines[from - 1].blank) from--;
    let to = i + 1;
    while (to + 1 < lines.length && !lines[to + 1].blank) to++;
    const own = hanPairs(text);
    const local = new Map<string, number>();
    for (let k = from; k <= to; k++) {
      if (k === i) continue;
      for (const pair of hanPairs(lines[k].text)) if (own.has(pair)) local.set(pair, (local.get(pair) ?? 0) + 1);
    }
    if (local.size > FOREIGN_MAX_LOCAL_PAIRS) continue;
    pageCounts ??= hanPairCounts(lines);
    let elsewhere = 0;
    for (const pair of own) if ((pageCounts.get(pair) ?? 0) - (local.get(pair) ?? 0) > 1) elsewhere++;
    if (elsewhere < FOREIGN_MIN_PAIRS + local.size) continue;
    roles[i] = 'headline';
    found.add(i);
  }
  return found;
}
