// Half-width digits measured narrow on a page whose blank lines set every block apart (pdfminer): a line short of the
// column by no more than its digits carries the sentence above on, as on other pages. Invented text, a column of 13
// Han characters (26 cells), a paragraph's opening indented two characters.
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';

describe('segment narrow digits where blank lines set every block apart', () => {
  it('keeps a sentence running on into a line that only looks indented because of its digits', () => {
    const page = [
      '乡村旅游带动农民增收',
      '',
      '今年以来，各地乡村旅游',
      '持续升温，周末到郊区采摘',
      '的城里人越来越多，农家乐生',
      '意红火。',
      '',
      '据介绍，我国乡村旅游近',
      '年来不断开拓创新，民宿、',
      '采摘等新业态百花齐放，前来',
      '观光人数年增长保持15%',
      '以上，去年乡村旅游接待游客',
      '超过三十亿人次。',
      '',
      '村民们说，日子越过越红火。',
    ].join('\n');
    const articles = analyzePage(page).segmentation.articles;
    assert.equal(articles.length, 1);
    const paragraphs = articles[0].paragraphs.map((p) => p.text);
    assert.ok(paragraphs.some((p) => p.includes('前来观光人数年增长保持15%以上')), JSON.stringify(paragraphs));
  });
});
