// Where blank lines mark only column breaks, the extractor runs the body on right under a pull quote: the quote ends
// on its first sentence end. Where blank lines part paragraphs, an opening sentence the text repeats is a lead.
import * as assert from 'node:assert/strict';
import { findPullQuotes } from '../../../src/core/segment/roles/caption';

describe('segment pull quotes run into the text', () => {
  const page = [
    '湖边的候鸟保护站里，志愿者们正在给',
    '受伤的候鸟喂食。志愿者们说，候鸟越',
    '来越多了。',
    '',
    '志愿者们说，候鸟',
    '越来越多了。',
    '站长老张说，保护站今年又添了两名志',
    '愿者，每天都去湖边巡护。',
    '',
  ];
  const free = () => true;

  it('cuts the quote at its first sentence end where the body runs on below it', () => {
    assert.deepEqual(findPullQuotes(page, free, true), [{ first: 4, last: 5 }]);
  });

  it('takes no block that runs on where blank lines part paragraphs', () => {
    assert.deepEqual(findPullQuotes(page, free, false), []);
    assert.deepEqual(findPullQuotes(page, free), []);
  });

  it('still needs the sentence repeated in the text', () => {
    const alone = [...page];
    alone[1] = '受伤的候鸟喂食。志愿者们说，今年候鸟';
    assert.deepEqual(findPullQuotes(alone, free, true), []);
  });
});
