// Clean text: the API the segmentation turns runs of lines into paragraph strings with.
import * as assert from 'node:assert/strict';
import { cleanParagraph, cleanParagraphs, cleanText, joinLines } from '../../src/core/clean';
import { applyFixes } from '../../src/core/fix';
import { formatMessage } from '../../src/core/rules/runRules';
import type { Finding } from '../../src/core/model';

describe('clean text', () => {
  it('joins hard wraps and column breaks without a space, Latin words with one', () => {
    assert.equal(joinLines('日\n前，记者'), '日前，记者');
    assert.equal(joinLines('市委常委\r\n\r\n会议'), '市委常委会议');
    assert.equal(joinLines('New\nYork'), 'New York');
    assert.equal(joinLines('  开头\n结尾  \n'), '开头结尾');
  });

  it('cleans a paragraph: spaces removed, numbers repaired, lines joined', () => {
    const lines = '56项指标中，聊城有36项指标获\n得 满 分 或 全 省 最 高 分 ，占 比\n64 . 29%，以85 . 05的综合成绩，位\n列全省第五。';
    assert.equal(cleanParagraph(lines), '56项指标中，聊城有36项指标获得满分或全省最高分，占比64.29%，以85.05的综合成绩，位列全省第五。');
    assert.equal(cleanParagraph('抽调 1 4\n个机关干部'), '抽调14个机关干部');
    assert.equal(cleanParagraph('美 国 S NM超硬，会议 + 网络'), '美国SNM超硬，会议+网络');
  });

  it('keeps spaces that belong', () => {
    assert.equal(cleanParagraph('(记者 谢晓丽 通讯员 苗素红)'), '(记者 谢晓丽 通讯员 苗素红)');
    assert.equal(cleanParagraph('沪深 A 股'), '沪深 A 股');
  });

  it('never drops a non-space character, even on odd input', () => {
    for (const text of ['', ' ', '\n\n', '\u0000\u3000', '\ud800 \udc00', 'a\r\rb']) {
      assert.equal(cleanParagraph(text).replace(/\s/g, ''), text.replace(/\s/g, ''));
    }
  });

  it('gives a page as clean paragraphs, one per line', () => {
    const page = '要闻\n\n此外，聊城市聚焦企业开办、\n\n工程建设项目等重点领域。\n\n另一段。';
    assert.deepEqual(cleanParagraphs(page), ['要闻', '此外，聊城市聚焦企业开办、工程建设项目等重点领域。', '另一段。']);
    assert.equal(cleanText(page), '要闻\n此外，聊城市聚焦企业开办、工程建设项目等重点领域。\n另一段。');
  });
});

describe('applyFixes', () => {
  it('applies sorted edits and skips one that overlaps an earlier edit', () => {
    const result = applyFixes('a b c d', [
      { range: { start: 5, end: 6 }, text: '' },
      { range: { start: 1, end: 2 }, text: '' },
      { range: { start: 1, end: 4 }, text: 'X' },
    ]);
    assert.deepEqual(result, { text: 'ab cd', applied: 2 });
  });

  it('ignores edits outside the text', () => {
    assert.deepEqual(applyFixes('abc', [{ range: { start: 2, end: 9 }, text: '' }]), { text: 'abc', applied: 0 });
  });
});

describe('formatMessage', () => {
  const finding: Finding = {
    ruleId: 'spurious-space', messageId: 'spuriousSpace', data: { before: '得', after: '满' },
    range: { start: 1, end: 2 }, severity: 'warning', preferred: true,
  };
  it('fills the template in either locale', () => {
    assert.equal(formatMessage(finding, 'en'), 'Spurious space between “得” and “满”.');
    assert.equal(formatMessage(finding, 'zh-cn'), '“得”与“满”之间有多余空格。');
  });
  it('falls back to the message id for an unknown rule', () => {
    assert.equal(formatMessage({ ...finding, ruleId: 'gone' }, 'en'), 'spuriousSpace');
  });
});
