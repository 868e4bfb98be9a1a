// Rule: spaces an extractor left at the start or end of a line of Chinese text (` 找 记 者 上 壹 点`, `万 ⏎美`).
import { isCjkContext, isInlineSpace } from '../text/chars';
import { deletion, type Rule } from './rule';

/** Two or more ideographic spaces at a line start are a paragraph indent: they belong. */
function isIndent(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== 0x3000) return false;
  return true;
}

const rule: Rule = {
  id: 'line-edge-space',
  meta: {
    description: {
      en: 'Spaces at the start or end of a line of Chinese text',
      'zh-cn': '中文行首或行尾的多余空格',
    },
    tags: ['spacing', 'extraction'],
    fixable: true,
    defaultSeverity: 'info',
    docs: 'docs/rules/line-edge-space.md',
  },
  messages: {
    leadingSpace: { en: 'Space at the start of the line before “{after}”.', 'zh-cn': '行首“{after}”前有多余空格。' },
    trailingSpace: { en: 'Space at the end of the line after “{before}”.', 'zh-cn': '行尾“{before}”后有多余空格。' },
  },
  check(ctx) {
    const { text, layout } = ctx;
    for (const line of layout.lines) {
      if (line.blank) continue;
      let start = line.start;
      while (start < line.end && isInlineSpace(text.charCodeAt(start))) start++;
      if (start > line.start && isCjkContext(text.charCodeAt(start)) && !isIndent(text, line.start, start)) {
        ctx.report({ messageId: 'leadingSpace', data: { after: text[start] }, range: { start: line.start, end: start }, fix: deletion(line.start, start) });
      }
      let end = line.end;
      while (end > start && isInlineSpace(text.charCodeAt(end - 1))) end--;
      if (end < line.end && isCjkContext(text.charCodeAt(end - 1))) {
        ctx.report({ messageId: 'trailingSpace', data: { before: text[end - 1] }, range: { start: end, end: line.end }, fix: deletion(end, line.end) });
      }
    }
  },
};

export default rule;
