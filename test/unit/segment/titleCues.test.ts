// Typesetting cues that end or start a title block: each test is a small page built the way an extractor prints it.
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';

function articlesOf(text: string) {
  return analyzePage(text).segmentation.articles;
}

describe('segment title cues', () => {
  it('ends a title block at its `——` subheadline: the column-wide lines below are body', () => {
    const page = [
      '前一篇文章的正文写到这里，说明',
      '会议的意义和作用，在联动中完善',
      '全球经济的治理。',
      '',
      '为中日关系发展夯实基础',
      '——记第十五届“北京—东京论坛”',
      '以“新时代、新期待——中日',
      '在维护亚洲及世界和平与发展中应',
      '承担的责任”为主题的第十五届',
      '“北京—东京论坛”10月26日至27',
      '日在北京举行。论坛由中国国务院',
      '新闻办公室、日本外务省支持，中',
      '国外文局和日本言论NPO共同主',
      '办。',
    ].join('\n');
    const article = articlesOf(page).find((a) => a.headline?.text === '为中日关系发展夯实基础');
    assert.ok(article, 'the title heads an article');
    assert.equal(article.subheadline?.text, '——记第十五届“北京—东京论坛”');
    assert.match(article.paragraphs.map((p) => p.text).join(''), /^以“新时代、新期待——中日在维护亚洲/);
  });
});
