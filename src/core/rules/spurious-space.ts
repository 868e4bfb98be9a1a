// Rule: spaces an extractor put inside Chinese text, around full-width punctuation and between Chinese and numbers.
import { isAsciiBracket, isCjkContext, isCjkPunct, isClosing, isDigit, isHan, isLatin, isOpening, isPercent } from '../text/chars';
import type { Layout } from '../model';
import type { Gap } from '../text/gaps';
import { wordSpansJoin } from '../layout/layout';
import { deletion, type Rule, type RuleContext } from './rule';

/** No space belongs after an opening bracket or quote, or before a closing one or a full-width comma or stop. */
function touchesTightPunct(gap: Gap): boolean {
  if (isOpening(gap.prev)) return !isAsciiBracket(gap.prev) || isCjkContext(gap.next);
  if (isClosing(gap.next)) return !isAsciiBracket(gap.next) || isCjkContext(gap.prev);
  return false;
}

/** Whether the gap is one of this rule's: Chinese text (or numbers in it) on both sides, and a letter-spaced side. */
export function isSpuriousCjkGap(gap: Gap): boolean {
  if (touchesTightPunct(gap)) return true;
  if (isLatin(gap.prev) || isLatin(gap.next)) return false; // spaced-latin's business
  if (!isCjkContext(gap.prev) || !isCjkContext(gap.next)) return false;
  if (isDigit(gap.prev) && (isDigit(gap.next) || isPercent(gap.next))) return false; // broken-number's business
  // Chinese text never spaces a number off from the characters around it (`选聘了 120 名`, `一个 7人制`).
  if ((isHan(gap.prev) && isDigit(gap.next)) || (isDigit(gap.prev) && isHan(gap.next))) return true;
  // Between two words of two or more characters a space may be deliberate (`提升乳品质量 企业公开承诺`, bylines).
  return gap.leftCount <= 1 || gap.rightCount <= 1;
}

/** Han or full-width punctuation. */
function isCjkText(code: number): boolean {
  return isHan(code) || isCjkPunct(code);
}

/** Lines that fill their column and sit inside a paragraph: joined to the lines before and after them. */
function stretchedLines(layout: Layout): boolean[] {
  const result = new Array<boolean>(layout.lines.length).fill(false);
  let previousJoin: string = 'paragraph-end';
  for (const line of layout.lines) {
    if (line.blank) continue;
    const join = layout.joins[line.index];
    result[line.index] = layout.filled[line.index] && previousJoin !== 'paragraph-end' && join !== 'paragraph-end';
    previousJoin = join;
  }
  return result;
}

const rule: Rule = {
  id: 'spurious-space',
  meta: {
    description: {
      en: 'Spaces inside Chinese text, around full-width punctuation and quotes, or between Chinese and numbers',
      'zh-cn': '中文文字之间、全角标点和引号两侧、中文与数字之间的多余空格',
    },
    tags: ['spacing', 'extraction'],
    fixable: true,
    defaultSeverity: 'warning',
    docs: 'docs/rules/spurious-space.md',
  },
  messages: {
    spuriousSpace: {
      en: 'Spurious space between “{before}” and “{after}”.',
      'zh-cn': '“{before}”与“{after}”之间有多余空格。',
    },
    spuriousSpaces: {
      en: 'Spurious spaces in letter-spaced text: “{spaced}” → “{repaired}”.',
      'zh-cn': '字间有多余空格：“{spaced}” → “{repaired}”。',
    },
  },
  check(ctx) {
    const { text, segmenter, layout } = ctx;
    const stretched = stretchedLines(layout);
    const spurious: Gap[] = [];
    let line = 0;
    for (const gap of ctx.gaps) {
      while (line + 1 < layout.lines.length && layout.lines[line + 1].start <= gap.start) line++;
      // A full line in the middle of a paragraph never holds a space between Chinese characters: the extractor
      // stretched it (`周边中小城 市过`), whatever the length of the words around the space.
      const inStretchedLine = stretched[line] && isCjkText(gap.prev) && isCjkText(gap.next);
      // Between two longer words, a word the segmenter finds across the space (`强调共 同解决`) shows the space is damage.
      const splitsWord = segmenter !== null && !gap.protectedPair && isHan(gap.prev) && isHan(gap.next) && gap.leftCount > 1 && gap.rightCount > 1 &&
        wordSpansJoin(segmenter, text.slice(Math.max(0, gap.start - 3), gap.start), text.slice(gap.end, gap.end + 3));
      if (splitsWord || inStretchedLine || isSpuriousCjkGap(gap)) spurious.push(gap);
    }
    for (const run of letterSpacedRuns(text, spurious)) reportRun(ctx, run);
  },
};

/**
 * Spurious gaps grouped into letter-spaced runs (`得 满 分 或 全`): neighbours with one or two characters between
 * them and nothing else, so a run is one finding and one fix, as a person would mend it.
 */
function letterSpacedRuns(text: string, gaps: readonly Gap[]): Gap[][] {
  const runs: Gap[][] = [];
  for (const gap of gaps) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const between = last ? gap.start - last.end : 0;
    if (run && last && between >= 1 && between <= MAX_CHARS_BETWEEN && !/\s/u.test(text.slice(last.end, gap.start))) run.push(gap);
    else runs.push([gap]);
  }
  return runs;
}

/** At most this many characters stand between two spaces of one letter-spaced run (`1 9 日`, `“ 暂 停 键 ”`). */
const MAX_CHARS_BETWEEN = 2;

function reportRun(ctx: RuleContext, run: readonly Gap[]): void {
  const { text } = ctx;
  const first = run[0];
  if (run.length === 1) {
    // One range object for the finding and its fix: a bad page has a finding every few characters.
    const fix = deletion(first.start, first.end);
    ctx.report({
      messageId: 'spuriousSpace',
      data: { before: String.fromCharCode(first.prev), after: String.fromCharCode(first.next) },
      range: fix.range,
      fix,
    });
    return;
  }
  const last = run[run.length - 1];
  let repaired = '';
  for (let i = 1; i < run.length; i++) repaired += text.slice(run[i - 1].end, run[i].start);
  const range = { start: first.start, end: last.end };
  ctx.report({
    messageId: 'spuriousSpaces',
    data: {
      spaced: `${String.fromCharCode(first.prev)}${text.slice(range.start, range.end)}${String.fromCharCode(last.next)}`,
      repaired: `${String.fromCharCode(first.prev)}${repaired}${String.fromCharCode(last.next)}`,
    },
    range,
    fix: { range, text: repaired },
  });
}

export default rule;
