// Table-driven tests of the column-break rule (the layout decides; the rule reports and joins).
import rule from '../../../src/core/rules/column-break';
import { describeRule } from './ruleTester';

/** A column of full 12-character lines, so the layout can estimate the column width. */
const COLUMN = '记者了解到在放管服改革中\n聊城加强顶层设计形成工作\n合力领导高度重视多次听取\n';

describeRule(rule, {
  valid: [
    // A sentence end before the blank line is a paragraph end.
    `${COLUMN}专题汇报作为重要抓手列入。\n\n议事日程成立协调小组了。`,
    // A short line without punctuation before a blank line is a heading.
    '要闻\n\n聊城市改革评估成绩全省第五',
  ],
  invalid: [
    {
      // A full line that stops mid-sentence, then a blank line: the extractor moved to the next column.
      text: `${COLUMN}领导高度重视，市委常委\n\n会议、市政府常务会议多次听\n取专题汇报。`,
      output: `${COLUMN}领导高度重视，市委常委会议、市政府常务会议多次听\n取专题汇报。`,
      errors: [{ messageId: 'columnBreak', line: 4, column: 12 }],
    },
    {
      // The same, but the next line is short: extractors interleave columns, so the join is only offered.
      text: `${COLUMN}领导高度重视，市委常委\n\n会议。`,
      output: `${COLUMN}领导高度重视，市委常委\n\n会议。`,
      errors: [{ messageId: 'columnBreak', line: 4, column: 12, preferred: false }],
    },
    {
      // An unclosed bracket carries the sentence over the blank line, whatever the width.
      text: '本报聊城4月19日讯(记者\n\n谢晓丽 通讯员 苗素红)',
      output: '本报聊城4月19日讯(记者谢晓丽 通讯员 苗素红)',
      errors: [{ messageId: 'columnBreak', line: 1, column: 14 }],
    },
    {
      // A line ending on an enumeration comma.
      text: `${COLUMN}此外，聊城聚焦企业开办、\n\n工程建设项目、不动产登记\n等重点领域。`,
      output: `${COLUMN}此外，聊城聚焦企业开办、工程建设项目、不动产登记\n等重点领域。`,
      errors: [{ messageId: 'columnBreak', line: 4, column: 13 }],
    },
  ],
});
