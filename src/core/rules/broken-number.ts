// Rule: numbers an extractor broke apart: spaced digits, spaced decimal points and percent signs, digits split by a line break.
import { isDigit, isInlineSpace, isPercent, isSpaceOrBreak } from '../text/chars';
import { deletion, type Rule, type RuleContext } from './rule';

/** Length of the run of digits that ends at `index` (going left) or starts there (going right), capped at 2. */
function digitRun(text: string, index: number, step: -1 | 1): number {
  let count = 0;
  for (let i = index; i >= 0 && i < text.length && count < 2 && isDigit(text.charCodeAt(i)); i += step) count++;
  return count;
}

/** `64 . 29`: one finding per point, replacing the spaces and the point by the point alone. */
function checkSpacedPoints(ctx: RuleContext): void {
  const { text } = ctx;
  const points = /[.．]/g;
  for (let match = points.exec(text); match; match = points.exec(text)) {
    const i = match.index;
    if (i === 0 || i === text.length - 1) continue;
    let start = i;
    while (start > 0 && isInlineSpace(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < text.length && isInlineSpace(text.charCodeAt(end))) end++;
    if ((start === i && end === i + 1) || start === 0 || end === text.length) continue;
    if (!isDigit(text.charCodeAt(start - 1)) || !isDigit(text.charCodeAt(end))) continue;
    ctx.report({
      messageId: 'spacedPoint',
      data: { number: `${text[start - 1]}${text[i]}${text[end]}` },
      range: { start, end },
      fix: { range: { start, end }, text: text[i] },
    });
  }
}

/** Digits on both sides of a line join that the layout says goes on (hard wrap or column break). */
function checkBrokenAcrossLines(ctx: RuleContext): void {
  const { text, layout } = ctx;
  for (const line of layout.lines) {
    if (line.blank || layout.joins[line.index] === 'paragraph-end') continue;
    let end = line.end;
    while (end > line.start && isInlineSpace(text.charCodeAt(end - 1))) end--;
    if (end === line.start || !isDigit(text.charCodeAt(end - 1))) continue;
    let next = end;
    while (next < text.length && isSpaceOrBreak(text.charCodeAt(next))) next++;
    if (next >= text.length || !isDigit(text.charCodeAt(next))) continue;
    ctx.report({
      messageId: 'brokenAcrossLines',
      data: { before: text[end - 1], after: text[next] },
      range: { start: end, end: next },
      fix: deletion(end, next),
    });
  }
}

const rule: Rule = {
  id: 'broken-number',
  meta: {
    description: {
      en: 'Numbers broken by the extractor: digits split by spaces or a line break, spaced decimal points and percent signs',
      'zh-cn': '被提取工具拆开的数字：数字之间的空格或换行、小数点和百分号两侧的空格',
    },
    tags: ['numbers', 'spacing', 'extraction'],
    fixable: true,
    defaultSeverity: 'error',
    docs: 'docs/rules/broken-number.md',
  },
  messages: {
    spacedDigits: { en: 'Number split by a space between “{before}” and “{after}”.', 'zh-cn': '数字“{before}”与“{after}”之间被空格拆开。' },
    spacedPoint: { en: 'Spaced decimal point in “{number}”.', 'zh-cn': '小数“{number}”的小数点两侧有空格。' },
    spacedPercent: { en: 'Space between “{before}” and “{sign}”.', 'zh-cn': '“{before}”与“{sign}”之间有空格。' },
    brokenAcrossLines: { en: 'Number split across lines between “{before}” and “{after}”.', 'zh-cn': '数字“{before}”与“{after}”被换行拆开。' },
  },
  check(ctx) {
    const { text } = ctx;
    for (const gap of ctx.gaps) {
      if (!isDigit(gap.prev)) continue;
      const before = String.fromCharCode(gap.prev);
      if (isPercent(gap.next)) {
        ctx.report({
          messageId: 'spacedPercent', data: { before, sign: String.fromCharCode(gap.next) },
          range: { start: gap.start, end: gap.end }, fix: deletion(gap.start, gap.end),
        });
      } else if (isDigit(gap.next) && (digitRun(text, gap.start - 1, -1) <= 1 || digitRun(text, gap.end, 1) <= 1)) {
        // `7 0 0 0`, `3 9条`; two multi-digit numbers side by side (`A16 2019.2.1`) are left alone.
        ctx.report({
          messageId: 'spacedDigits', data: { before, after: String.fromCharCode(gap.next) },
          range: { start: gap.start, end: gap.end }, fix: deletion(gap.start, gap.end),
        });
      }
    }
    checkSpacedPoints(ctx);
    checkBrokenAcrossLines(ctx);
  },
};

export default rule;
