// Table-driven tests of the spurious-space rule.
import rule from '../../../src/core/rules/spurious-space';
import { describeRule } from './ruleTester';

/** Full 12-character lines, so the layout can estimate the column width. */
const COLUMN = '记者了解到在放管服改革中\n聊城加强顶层设计形成工作\n';

describeRule(rule, {
  valid: [
    // The last line of a paragraph is not stretched: a space between long words there may be deliberate.
    `${COLUMN}合力领导高度重视多次听取\n提升乳品质量 企业公开承诺。`,
    '获得满分或全省最高分，占比',
    // Spaces between words of two or more characters may be deliberate: headlines, bylines, slogans.
    '提升乳品质量 企业公开承诺',
    '(记者 谢晓丽 通讯员 苗素红)',
    '3个州进入紧急状态 受影响人口超过1.4亿',
    // A deliberately spaced two-character heading or signature.
    '减 负',
    '——编 者',
    '记者 王 伟 报道',
    // After a full-width comma or colon before a longer word (as in clean People's Daily text).
    '原则， 根据民用无人机发展实际需求',
    '编者按： 1958年3月13日',
    '多元互动的 ‘4+3+X’矛盾纠纷',
    // Latin and spaces that belong: not this rule's business.
    'A 股市场',
    'New York',
    // NBSP is left alone on purpose.
    '本报北京1月31日电\u00a0\u00a0（记者冯华）',
    // Two ideographic spaces are a paragraph indent.
    { text: '名片。\u3000\u3000数据来源', variants: false },
    // Leading and trailing spaces are joined away by clean text, not reported here.
    ' 开头',
    '结尾 ',
  ],
  invalid: [
    {
      text: '得 满 分 或 全',
      output: '得满分或全',
errors: [{ messageId: 'spuriousSpaces', line: 1, column: 2 }],
    },
    {
      text: '按下了“ 暂 停 键 ”，',
      output: '按下了“暂停键”，',
errors: [{ messageId: 'spuriousSpaces', line: 1, column: 5 }],
    },
    {
      text: '本 报 聊 城',
      output: '本报聊城',
errors: [{ messageId: 'spuriousSpaces', line: 1, column: 2 }],
    },
    {
      text: '投资 5 亿元的北京',
      output: '投资5亿元的北京',
errors: [{ messageId: 'spuriousSpaces', line: 1, column: 3 }],
    },
    {
      // Numbers are never spaced off from Chinese, even next to long words.
      text: '中选聘了 120 名辅警',
      output: '中选聘了120名辅警',
      errors: [
        { messageId: 'spuriousSpace', line: 1, column: 5 },
        { messageId: 'spuriousSpace', line: 1, column: 9 },
      ],
    },
    {
      // Before a full-width comma, after an opening bracket, before a closing one.
      text: '他指出 ，高新区\n者 唐学钰 王鑫 )',
      output: '他指出，高新区\n者 唐学钰 王鑫)',
      errors: [
        { messageId: 'spuriousSpace', line: 1, column: 4 },
        { messageId: 'spuriousSpace', line: 2, column: 9 },
      ],
    },
    {
      // A word cut by a line break counts whole: `记⏎者` is two characters, so the byline space stays.
      text: '讯 ( 记\n者 唐学钰',
      output: '讯(记\n者 唐学钰',
errors: [{ messageId: 'spuriousSpaces', line: 1, column: 2 }],
    },
    {
      // A full line inside a paragraph was stretched: every space between Chinese characters goes.
      text: `${COLUMN}周边中小城 市过于瘦弱特别\n合力领导高度重视多次听取\n专题汇报。`,
      output: `${COLUMN}周边中小城市过于瘦弱特别\n合力领导高度重视多次听取\n专题汇报。`,
      errors: [{ messageId: 'spuriousSpace', line: 3, column: 6 }],
    },
    {
      text: '98.5% 的 社区',
      output: '98.5%的社区',
errors: [{ messageId: 'spuriousSpaces', line: 1, column: 6 }],
    },
  ],
});
