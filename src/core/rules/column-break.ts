// Rule: a blank line in the middle of a sentence, left where the extractor jumped to the next column (`(记者⏎⏎谢晓丽`).
import { isDigit, isLatin, isSpaceOrBreak } from '../text/chars';
import type { Rule } from './rule';

const rule: Rule = {
  id: 'column-break',
  meta: {
    description: {
      en: 'Blank lines inside a sentence where the extractor moved to the next column',
      'zh-cn': '提取工具换栏时在句子中间留下的空行',
    },
    tags: ['layout', 'extraction'],
    fixable: true,
    defaultSeverity: 'warning',
    docs: 'docs/rules/column-break.md',
  },
  messages: {
    columnBreak: {
      en: 'Column break inside a sentence: “{before}” goes on with “{after}”.',
      'zh-cn': '句子中间的换栏空行：“{before}”后应接“{after}”。',
    },
  },
  check(ctx) {
    const { text, layout } = ctx;
    for (const line of layout.lines) {
      if (line.blank || layout.joins[line.index] !== 'column-break') continue;
      let end = line.end;
      while (end > line.start && isSpaceOrBreak(text.charCodeAt(end - 1))) end--;
      let next = line.end;
      while (next < text.length && isSpaceOrBreak(text.charCodeAt(next))) next++;
      if (end === line.start || next >= text.length) continue;
      const before = text.charCodeAt(end - 1);
      const after = text.charCodeAt(next);
      if (isDigit(before) && isDigit(after)) continue; // broken-number reports and fixes that join
      ctx.report({
        messageId: 'columnBreak',
        data: { before: text.slice(Math.max(line.start, end - 4), end), after: text.slice(next, Math.min(text.length, next + 4)) },
        range: { start: end, end: next },
        // Two Latin words keep one space between them; everything else joins directly.
        fix: { range: { start: end, end: next }, text: isLatin(before) && isLatin(after) ? ' ' : '' },
        preferred: layout.joinCertain[line.index],
      });
    }
  },
};

export default rule;
