// Headline candidates and the split of a headline block into kicker (引题), headline and subheadline (副题).
import { compact, compactWidth, isLetterSpaced } from '../page/text';
import { looksLikeName } from './names';

/**
 * Whether a line can be (part of) a headline: no sentence punctuation at its end, not too long, and set wider than the
 * body column — or standing alone where the dump does not separate paragraphs by blank lines.
 */
export function isHeadlineCandidate(text: string, width: number, columnWidth: number, isolated: boolean, blankSeparated: boolean): boolean {
  const c = compact(text);
  if (c.length < 2 || c.length > 90) return false;
  if (/[，、；：,;:]$/.test(c) || /^[，。、；：）)]/.test(c)) return false;
  if (/[。]$/.test(c) && !/[（(][^）)]*[）)]。?$/.test(c)) return false;
  // A full stop inside closing quotes ends a quoted sentence of the body, not a title.
  if (/。[”’」』]$/.test(c)) return false;
  if (width > columnWidth + 5) return true;
  // Standing alone and wider than the column: set in a larger type than the body.
  if (isolated && width > columnWidth + 1) return true;
  // Standing alone and closing on a column rubric (`（艺海观澜）`), which only titles carry.
  if (isolated && endsWithRubric(c) && c.length >= 8) return true;
  // A headline shorter than the column only shows by standing alone in a dump that has no blank lines between
  // paragraphs.
  return isolated && !blankSeparated && c.length >= 4;
}

/**
 * A short line standing alone, its characters spread apart and without punctuation, is set in display type (a title):
 * justification spreads only full lines of running text, and a paragraph's short last line is never spread.
 */
export function isSpacedDisplayLine(text: string, columnWidth: number, isolated: boolean): boolean {
  if (!isolated || !isLetterSpaced(text)) return false;
  const c = compact(text);
  // (Its own characters' width: the page context counts a stretched line as filling its column.)
  return c.length >= 4 && compactWidth(text) <= columnWidth * 0.6 && !/[，。；！？、：,.;!?:…—]/.test(c);
}

export interface HeadlineParts {
  readonly kicker: number | null;
  readonly headline: number;
  readonly subheadline: number | null;
}

/** A column rubric closing a title: `（国际视点）`, one level of nesting allowed (`（…三项制度（上））`). */
const RUBRIC = /[（(](?:[^（）()]|[（(][^（）()]*[）)]){2,60}[）)]$/;

/** Whether a (whitespace-free) line closes on a column rubric in Chinese. */
export function endsWithRubric(compactText: string): boolean {
  const m = RUBRIC.exec(compactText);
  // A title comes before the rubric; notes such as `（作者为…）` or `（记者…）` are no rubric.
  return m !== null && m.index >= 2 && /[\u4e00-\u9fff]{2}/.test(m[0]) && !/^[（(](?:[A-Za-z0-9]|作者|记者|本报|据|注|下转|上接|图)/.test(m[0]);
}
/** A (whitespace-free) title without the column rubric it closes on, if any. */
export function withoutRubric(compactText: string): string {
  if (!endsWithRubric(compactText)) return compactText;
  const m = RUBRIC.exec(compactText);
  return m ? compactText.slice(0, m.index) : compactText;
}
/** A name and `出席` or `主持` closing a title part: who attended or chaired, the way subheadlines report it. */
const ATTENDED = /(?:^|[ \u3000])[\u4e00-\u9fff]{2,4}(?:出席|主持)$/;
/**
 * A name followed at once by a visit or meeting verb (`张三看望慰问…`, `李四会见…`): a leader's part in the news, which
 * papers set as the subheadline under the event the main title reports.
 */
const VISITED = /^([\u4e00-\u9fff]{2,3}?)(?:看望|慰问|会见|会晤|接见|出席|主持|考察|视察|调研|致信|致电|致辞)/;
function opensOnVisit(compactText: string): boolean {
  const m = VISITED.exec(compactText);
  return m !== null && looksLikeName(m[1]);
}
/** A part opening on what is to come: a time ahead (`未来一周`, `年底前`, `十月`) or `将` (will). */
const LATER = /^(?:将|未来|今后|下一步|年底|年内|月底|近期|[一二三四五六七八九十]{1,2}月)/;
/** A line opening on a time ahead (`未来一周…`, `年底前…`) starts a subheadline rather than carrying a title on. */
export function opensOnTimeAhead(compactText: string): boolean {
  return LATER.test(compactText) && !compactText.startsWith('将');
}
/** Two phrases set apart by a space, the way parallel main titles are printed: `净化文化环境 欢乐祥和过年`. */
const PARALLEL = /[\u4e00-\u9fff”》][ \u3000]+[\u4e00-\u9fff“《]/;

/** Whether a title line is set as two parallel phrases (`净化文化环境 欢乐祥和过年`). */
export function isParallelTitle(text: string): boolean {
  return PARALLEL.test(text.trim());
}

/**
 * Splits the parts of one title block (texts in source order) into kicker, headline and subheadline, by how papers
 * set them: a part ending in `——` is a kicker and one opening with `——` a subheadline; the main title is the one
 * with a column rubric `（国际视点）`, or the one set as two parallel phrases; a part that opens with a figure
 * or states figures (`36项指标…`, `7.7万人`) or runs long is a subheadline; a question or exclamation is the headline. Otherwise the kicker comes
 * first: papers print the 引题 above the main title more often than a 副题 below it.
 */
export function splitHeadlineBlock(texts: readonly string[]): HeadlineParts {
  const raw = texts.map((t) => t.trim());
  const c = texts.map(compact);
  const n = c.length;
  if (n === 1) return { kicker: null, headline: 0, subheadline: null };
  const around = (head: number): HeadlineParts => ({ kicker: head > 0 ? head - 1 : null, headline: head, subheadline: head + 1 < n ? head + 1 : null });
  const only = (test: (i: number) => boolean) => {
    const hits = c.map((_, i) => i).filter(test);
    return hits.length === 1 ? hits[0] : -1;
  };
  const dashEnd = c.findIndex((t) => /——$/.test(t));
  if (dashEnd >= 0 && dashEnd + 1 < n) return around(dashEnd + 1);
  const dashStart = c.findIndex((t) => /^——/.test(t));
  if (dashStart > 0) return around(dashStart - 1);
  const rubric = only((i) => endsWithRubric(c[i]));
  if (rubric >= 0) return around(rubric);
  // `…协商议政 汪洋主持`, `韩正出席`: a last part naming who attended or chaired is a subheadline (it reads as
  // parallel phrases, so this comes first).
  if (n === 2 && ATTENDED.test(raw[1]) && !ATTENDED.test(raw[0])) return around(0);
  // Likewise a last part opening on a name and a visit or meeting verb, under a first part that does not.
  if (n === 2 && opensOnVisit(c[1]) && !opensOnVisit(c[0])) return around(0);
  const parallel = only((i) => isParallelTitle(raw[i]) && c[i].length <= 24);
  if (parallel >= 0) return around(parallel);
  const question = only((i) => /[？！?!]$/.test(c[i]));
  if (question >= 0) return around(question);
  if (n === 2) {
    // A subheadline sums up in figures (`36项指标…`, `7.7万人同时在线`).
    const figures = (t: string) => /[0-9０-９]+(?:[.．][0-9]+)?[万亿项个名%％]/.test(t);
    if (/^[0-9０-９]/.test(c[1]) || c[1].length > 32 || (figures(c[1]) && !figures(c[0]))) return around(0);
    // A subheadline tells what comes next (`未来一周…`, `年底前将…`, `将规范…`); a main title under a kicker states
    // the news itself.
    if (LATER.test(c[1])) return around(0);
    if (c[0].length > 32) return around(1);
    return around(1);
  }
  // Parts after the first that read as running text (a clause closed by `，` or `；`, over 32 characters in all) are
  // one long subheadline wrapped over several lines under a short main title.
  if (c[0].length <= 32 && c.slice(1).some((t) => /[，；][^，；]/.test(t)) && c.slice(1).join('').length > 32) return around(0);
  // Three or more parts: the middle one is the main title.
  return around(1);
}
