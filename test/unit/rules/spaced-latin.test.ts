// Table-driven tests of the spaced-latin rule.
import rule from '../../../src/core/rules/spaced-latin';
import { describeRule } from './ruleTester';

describeRule(rule, {
  valid: [
    '美国SNM超硬新材料',
    // A single letter before a Chinese word may belong there.
    '沪深 A 股市场',
    // Two Latin words keep their space.
    '据新华社 New York Times 报道',
    '使用 APP 办理',
    'APP 150个',
    // Longer words around a symbol: an expression or a name, not letter spacing.
    'the ratio NM / SEC is',
    '2018 - 2019',
    '视频会议+网络直播',
  ],
  invalid: [
    {
      text: '美 国 S NM超硬',
      output: '美 国SNM超硬',
      errors: [
        { messageId: 'spaceBeforeLatin', line: 1, column: 4 },
        { messageId: 'spacedLetters', line: 1, column: 6 },
      ],
    },
    {
      text: '打 开 A P P 看',
      output: '打 开APP看',
      errors: [
        { messageId: 'spaceBeforeLatin', line: 1, column: 4 },
        { messageId: 'spacedLetters', line: 1, column: 6 },
        { messageId: 'spacedLetters', line: 1, column: 8 },
        { messageId: 'spaceBeforeLatin', line: 1, column: 10 },
      ],
    },
    {
      // Single letter-spaced characters around a symbol.
      text: '北京 R & D 经费，缩减近 1 / 4',
      output: '北京 R&D 经费，缩减近 1/4',
      errors: [
        { messageId: 'spacedSymbol', line: 1, column: 5 },
        { messageId: 'spacedSymbol', line: 1, column: 18 },
      ],
    },
    {
      text: '视频会议 + 网络直播',
      output: '视频会议+网络直播',
      errors: [{ messageId: 'spacedSymbol', line: 1, column: 5 }],
    },
    {
      // A Latin word in letter-spaced Chinese: probably stretched, but a space may belong there; only a suggestion.
      text: '开 启 服 务 APP 平 台 办 理',
      output: '开 启 服 务 APP 平 台 办 理',
      errors: [
        { messageId: 'spaceBeforeLatin', line: 1, column: 8, preferred: false },
        { messageId: 'spaceBeforeLatin', line: 1, column: 12, preferred: false },
      ],
    },
  ],
});
