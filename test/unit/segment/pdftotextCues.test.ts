// Layout cues of pdftotext's default (layout-less) output: blank lines only at column and box breaks, paragraphs
// shown by an indented (narrower) first line, titles by their width and shape. Each test is a small invented page.
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';

function articlesOf(text: string) {
  return analyzePage(text).segmentation.articles;
}

describe('segment pdftotext cues', () => {
  it('takes a line with a comma, set off the column measure over a `——` subheadline, for a title', () => {
    const page = [
      '某某日报 2019年10月14日 星期一',
      '',
      '春风吹进山村，孩子们笑开了颜',
      '——各地学校开展新学期主题活动',
      '10月13日是新学期开学后的第',
      '一个周末。连日来，各地学校开展',
      '形式多样的主题活动，通过讲故事',
      '、唱歌曲、做游戏等形式，表达对',
      '新学期的期待与心声。',
      '在北京、河南、湖北等地，',
      '孩子们走进田野，感受丰收的喜悦',
      '，体会劳动的光荣与快乐。',
    ].join('\n');
    const [article] = articlesOf(page);
    assert.equal(article.headline?.text, '春风吹进山村，孩子们笑开了颜');
    assert.equal(article.subheadline?.text, '——各地学校开展新学期主题活动');
    assert.match(article.paragraphs[0].text, /^10月13日是新学期/);
  });
});
