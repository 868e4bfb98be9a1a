// Table-driven tests of the broken-number rule.
import rule from '../../../src/core/rules/broken-number';
import { describeRule } from './ruleTester';

/** A column of full 12-character lines, so the layout can estimate the column width. */
const COLUMN = '记者了解到在放管服改革中\n聊城加强顶层设计形成工作\n合力领导高度重视多次听取\n市政府办公室会同各';

describeRule(rule, {
  valid: [
    '占比64.29%，以85.05的综合成绩',
    // Two multi-digit numbers side by side are two numbers (a page header).
    'A16 2019.2.1 星期五',
    '每天到2-\n3个村庄',
    // Digits across a paragraph end are two numbers.
    '目前网办量317件。\n\n2019年',
  ],
  invalid: [
    {
      text: '64 . 29%',
      output: '64.29%',
      errors: [{ messageId: 'spacedPoint', line: 1, column: 1 }],
    },
    {
      text: '4月1 9日',
      output: '4月19日',
      errors: [{ messageId: 'spacedDigits', line: 1, column: 3 }],
    },
    {
      // One finding for the whole number, whose fix removes every space in it.
      text: '投资7 0 0 0万',
      output: '投资7000万',
      errors: [{ messageId: 'spacedDigits', line: 1, column: 3 }],
    },
    {
      text: '资1 6 6亿元',
      output: '资166亿元',
      errors: [{ messageId: 'spacedDigits', line: 1, column: 2 }],
    },
    {
      text: '气温偏高1—2 ℃。',
      output: '气温偏高1—2℃。',
      errors: [{ messageId: 'spacedPercent', line: 1, column: 7 }],
    },
    {
      text: '抽调1 4\n个机关干部',
      output: '抽调14\n个机关干部',
      errors: [{ messageId: 'spacedDigits', line: 1, column: 3 }],
    },
    {
      text: '增长6 . 8 %；',
      output: '增长6.8%；',
      errors: [{ messageId: 'spacedPoint', line: 1, column: 3 }],
    },
    {
      // A number cut by the line end of a full column.
      text: `${COLUMN}，共计20\n19年`,
      output: `${COLUMN}，共计2019年`,
      errors: [{ messageId: 'brokenAcrossLines', line: 4, column: 13 }],
    },
  ],
});
