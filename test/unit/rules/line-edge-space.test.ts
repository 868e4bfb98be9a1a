// Table-driven tests of the line-edge-space rule.
import rule from '../../../src/core/rules/line-edge-space';
import { describeRule } from './ruleTester';

describeRule(rule, {
  valid: [
    '找记者上壹点\n要闻',
    // A paragraph indent of two ideographic spaces belongs.
    { text: '\u3000\u3000新冠肺炎疫情发生以来', variants: false },
    // Latin text is not this rule's business.
    ' New York ',
    '   \n\n',
  ],
  invalid: [
    {
      text: ' 找记者上壹点\n要闻',
      output: '找记者上壹点\n要闻',
      errors: [{ messageId: 'leadingSpace', line: 1, column: 1 }],
    },
    {
      text: '投资7000万 \n美元',
      output: '投资7000万\n美元',
      errors: [{ messageId: 'trailingSpace', line: 1, column: 8 }],
    },
    {
      // (No U+3000 variant: two ideographic spaces at a line start are an indent.)
      text: '  效果。  ',
      output: '效果。',
      variants: false,
      errors: [
        { messageId: 'leadingSpace', line: 1, column: 1 },
        { messageId: 'trailingSpace', line: 1, column: 6 },
      ],
    },
  ],
});
