// Rule: spaces an extractor put inside Chinese text, around full-width punctuation and between Chinese and numbers.
import { isAsciiBracket, isCjkContext, isCjkPunct, isClosing, isDigit, isHan, isLatin, isOpening, isPercent } from '../text/chars';
import type { Layout } from '../model';
import type { Gap } from '../text/gaps';
import { wordSpansJoin } from '../layout/layout';
import { deletion, type Rule } from './rule';

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
  },
  check(ctx) {
    const { text, segmenter, layout } = ctx;
    const stretched = stretchedLines(layout);
    let line = 0;
    for (const gap of ctx.gaps) {
      while (line + 1 < layout.lines.length && layout.lines[line + 1].start <= gap.start) line++;
      // A full line in the middle of a paragraph never holds a space between Chinese characters: the extractor
      // stretched it (`周边中小城 市过`), whatever the length of the words around the space.
      const inStretchedLine = stretched[line] && isCjkText(gap.prev) && isCjkText(gap.next);
      // Between two longer words, a word the segmenter finds across the space (`强调共 同解决`) shows the space is damage.
      const splitsWord = segmenter !== null && !gap.protectedPair && isHan(gap.prev) && isHan(gap.next) && gap.leftCount > 1 && gap.rightCount > 1 &&
        wordSpansJoin(segmenter, text.slice(Math.max(0, gap.start - 3), gap.start), text.slice(gap.end, gap.end + 3));
      if (!splitsWord && !inStretchedLine && !isSpuriousCjkGap(gap)) continue;
      // One range object for the finding and its fix: a bad page has a finding every few characters.
      const fix = deletion(gap.start, gap.end);
      ctx.report({
        messageId: 'spuriousSpace',
        data: { before: String.fromCharCode(gap.prev), after: String.fromCharCode(gap.next) },
        range: fix.range,
        fix,
      });
    }
  },
};

export default rule;
