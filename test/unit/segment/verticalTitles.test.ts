// Vertical titles (竖排标题) that pdftotext prints one character to a line, scattered among the body's paragraphs.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { findVerticalTitles } from '../../../src/core/segment/titles/verticalTitles';
import { articlesOf, pageLines } from './pages';

describe('segment vertical titles', () => {
  it('groups single characters standing alone, with a short comma row between them, and no lone character or sentence end', () => {
    const texts = ['市', '', '民', '', '身边的文化生活越来越丰富', '', '，好', '', '事', '', '多彩的活动。', '', '年。', '', '静', ''];
    const lines = pageLines(['', ...texts]);
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    // `静` is a character of its own farther on: it joins the group too (one title runs down the whole column).
    assert.deepEqual(findVerticalTitles(lines, roles), [[1, 3, 7, 9, 15]]);
    const lone = pageLines(['', '静', '', '身边的文化生活越来越丰富', '']);
    assert.deepEqual(findVerticalTitles(lone, lone.map((l) => (l.blank ? 'blank' : 'body'))), []);
  });

  it('takes the characters of a vertical title beside a kicker for the headline, and keeps them out of the body', () => {
    const page = [
      '某某晚报 2019年3月2日 星期六',
      '',
      '市文化局发布2018年全市文化事业发展情况',
      '',
      '文',
      '',
      '化',
      '',
      '2018年，全市文化事业取得较',
      '大成就，公共文化设施不断完善，',
      '市民身边的文化活动越来越多，',
      '',
      '生',
      '',
      '文化生活日益丰富。3月1日举行',
      '的新闻发布会上，市文化局介绍了',
      '全市文化生活的新变化，图书馆、',
      '',
      '活',
      '',
      '文化馆和博物馆全年接待市民达到',
      '一千多万人次。',
    ].join('\n');
    const [article] = articlesOf(page);
    assert.equal(article.headline?.text, '文化生活');
    assert.equal(article.kicker?.text, '市文化局发布2018年全市文化事业发展情况');
    const body = article.paragraphs.map((p) => p.text).join('');
    assert.match(body, /越来越多，文化生活日益丰富。/);
    assert.match(body, /图书馆、文化馆和博物馆/);
    assert.equal(articlesOf(page).length, 1);
  });
});
