// Rule: numbers an extractor broke apart: spaced digits, spaced decimal points and percent signs, digits split by a line break.
import { isDigit, isInlineSpace, isPercent, isSpaceOrBreak } from '../text/chars';
import type { TextEdit } from '../model';
import { deletion, type Rule, type RuleContext } from './rule';

/** Length of the run of digits that ends at `index` (going left) or starts there (going right), capped at 2. */
function digitRun(text: string, index: number, step: -1 | 1): number {
  let count = 0;
  for (let i = index; i >= 0 && i < text.length && count < 2 && isDigit(text.charCodeAt(i)); i += step) count++;
  return count;
}

/** One whitespace repair inside a number; the repairs of one written number are reported together. */
interface NumberRepair {
  readonly kind: 'spacedDigits' | 'spacedPoint' | 'spacedPercent' | 'brokenAcrossLines';
  readonly edit: TextEdit;
}

/** `64 . 29`: the spaces and the point are replaced by the point alone. */
function findSpacedPoints(text: string, repairs: NumberRepair[]): void {
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
    repairs.push({ kind: 'spacedPoint', edit: { range: { start, end }, text: text[i] } });
  }
}

/** Digits on both sides of a line join that the layout says goes on (hard wrap or column break). */
function findBrokenAcrossLines(ctx: RuleContext, repairs: NumberRepair[]): void {
  const { text, layout } = ctx;
  for (const line of layout.lines) {
    if (line.blank || layout.joins[line.index] === 'paragraph-end') continue;
    let end = line.end;
    while (end > line.start && isInlineSpace(text.charCodeAt(end - 1))) end--;
    if (end === line.start || !isDigit(text.charCodeAt(end - 1))) continue;
    let next = end;
    while (next < text.length && isSpaceOrBreak(text.charCodeAt(next))) next++;
    if (next >= text.length || !isDigit(text.charCodeAt(next))) continue;
    repairs.push({ kind: 'brokenAcrossLines', edit: deletion(end, next) });
  }
}

/** Characters a repaired number may contain between its repairs: digits, decimal points, percent and degree signs. */
function isNumberChar(code: number): boolean {
  return isDigit(code) || isPercent(code) || code === 0x2e || code === 0xff0e;
}

/** Repairs in text order, grouped by the written number they belong to (only number characters between them). */
function groupByNumber(text: string, repairs: NumberRepair[]): NumberRepair[][] {
  const sorted = [...repairs].sort((a, b) => a.edit.range.start - b.edit.range.start);
  const groups: NumberRepair[][] = [];
  for (const repair of sorted) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (last && last.edit.range.end >= repair.edit.range.start) continue; // overlapping repairs: keep the first
    if (group && last && isRunOf(text, last.edit.range.end, repair.edit.range.start, isNumberChar)) group.push(repair);
    else groups.push([repair]);
  }
  return groups;
}

function isRunOf(text: string, start: number, end: number, test: (code: number) => boolean): boolean {
  for (let i = start; i < end; i++) if (!test(text.charCodeAt(i))) return false;
  return true;
}

/** One finding per written number: its range is the whole number, its fix removes every space inside it at once. */
function reportNumber(ctx: RuleContext, group: readonly NumberRepair[]): void {
  const { text } = ctx;
  let start = group[0].edit.range.start;
  let end = group[group.length - 1].edit.range.end;
  while (start > 0 && isNumberChar(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
  let repaired = '';
  let at = start;
  for (const { edit } of group) {
    repaired += text.slice(at, edit.range.start) + edit.text;
    at = edit.range.end;
  }
  repaired += text.slice(at, end);
  const kinds = new Set(group.map((r) => r.kind));
  const messageId = kinds.has('brokenAcrossLines') ? 'brokenAcrossLines' : kinds.has('spacedPoint') ? 'spacedPoint' : kinds.has('spacedDigits') ? 'spacedDigits' : 'spacedPercent';
  ctx.report({
    messageId,
    data: { number: text.slice(start, end).replace(/\r?\n|\r/g, '⏎'), repaired },
    range: { start, end },
    fix: { range: { start, end }, text: repaired },
  });
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
    spacedDigits: { en: 'Number split by spaces: “{number}” → “{repaired}”.', 'zh-cn': '数字被空格拆开：“{number}” → “{repaired}”。' },
    spacedPoint: { en: 'Spaced decimal point: “{number}” → “{repaired}”.', 'zh-cn': '小数点两侧有空格：“{number}” → “{repaired}”。' },
    spacedPercent: { en: 'Space before the sign: “{number}” → “{repaired}”.', 'zh-cn': '符号前有空格：“{number}” → “{repaired}”。' },
    brokenAcrossLines: { en: 'Number split across lines: “{number}” → “{repaired}”.', 'zh-cn': '数字被换行拆开：“{number}” → “{repaired}”。' },
  },
  check(ctx) {
    const { text } = ctx;
    const repairs: NumberRepair[] = [];
    for (const gap of ctx.gaps) {
      if (!isDigit(gap.prev)) continue;
      if (isPercent(gap.next)) {
        repairs.push({ kind: 'spacedPercent', edit: deletion(gap.start, gap.end) });
      } else if (isDigit(gap.next) && (digitRun(text, gap.start - 1, -1) <= 1 || digitRun(text, gap.end, 1) <= 1)) {
        // `7 0 0 0`, `3 9条`; two multi-digit numbers side by side (`A16 2019.2.1`) are left alone.
        repairs.push({ kind: 'spacedDigits', edit: deletion(gap.start, gap.end) });
      }
    }
    findSpacedPoints(text, repairs);
    findBrokenAcrossLines(ctx, repairs);
    for (const group of groupByNumber(text, repairs)) reportNumber(ctx, group);
  },
};

export default rule;
