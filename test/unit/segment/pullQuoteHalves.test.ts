// A block set apart whose text the body reads only as a clause's end is that clause's second half, not a pull quote.
import * as assert from 'node:assert/strict';
import { findPullQuotes } from '../../../src/core/segment/roles/caption';

const all = () => true;

describe('segment pull quotes and clause halves', () => {
  it('takes no block the body reads only after a Han character in mid-line', () => {
    // `…靠` + `科技种田…`: the block finishes the clause the body leaves open.
    const compactLines = ['村里的路修好了，在大家的', '支持下，大伙儿靠科技种田', '让收成翻了一番', '', '科技种田让收成翻了一番。', '', '后面的正文写到这里。'];
    assert.deepEqual(findPullQuotes(compactLines, all), []);
  });

  it('still takes a block the body reads after punctuation or from a line start', () => {
    const afterComma = ['村里的路修好了，在大家的', '支持下，科技种田让收成翻', '了一番，日子越过越好。', '', '科技种田让收成翻了一番。', '', '后面的正文写到这里。'];
    assert.deepEqual(findPullQuotes(afterComma, all), [{ first: 4, last: 4 }]);
    // (A line start may follow a line left without punctuation: a lead-in sentence set bold.)
    const lineStart = ['村里的路修好了，日子越过越', '好', '科技种田让收成翻了一番，', '大家都很高兴。', '', '科技种田让收成翻了一番。', '', '后面的正文写到这里。'];
    assert.deepEqual(findPullQuotes(lineStart, all), [{ first: 5, last: 5 }]);
  });
});
