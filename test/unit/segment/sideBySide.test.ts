// Two title blocks set side by side, printed by pdftotext row by row (headline, headline, subheadline, subheadline).
import * as assert from 'node:assert/strict';
import { pairSideBySideTitles } from '../../../src/core/segment/titles/sideBySide';
import { pageLines } from './pages';

describe('side-by-side title blocks', () => {
  const texts = ['河畔公园春季花展开幕', '', '山区小学新建图书室', '', '花展将持续到五月底', '', '藏书超过两万册'];
  const lines = pageLines(texts);
  const widths = lines.map((l) => l.width);
  const columnWidth = lines.map(() => 28);

  it('pairs each subheadline with the headline it shares words with, and the other two with each other', () => {
    // headlineBlocks reads the run as [H1, H2], [S1], [S2] (or [H1, H2], [S1, S2]).
    assert.deepEqual(pairSideBySideTitles([[0, 2], [4], [6]], lines, widths, columnWidth), [[0, 4], [2, 6]]);
    assert.deepEqual(pairSideBySideTitles([[0, 2], [4, 6]], lines, widths, columnWidth), [[0, 4], [2, 6]]);
  });

  it('pairs crosswise when the second headline shares words with the first subheadline', () => {
    const crossed = pageLines(['河畔公园春季花展开幕', '', '山区小学新建图书室', '', '图书室藏书超过两万册', '', '五月底闭幕']);
    assert.deepEqual(pairSideBySideTitles([[0, 2], [4, 6]], crossed, widths, columnWidth), [[0, 6], [2, 4]]);
  });

  it('leaves the blocks alone without word evidence, in a longer run, or when a line spans columns', () => {
    const silent = pageLines(['河畔公园春季花展开幕', '', '山区小学新建图书室', '', '将持续到五月底', '', '藏书超过两万册']);
    assert.deepEqual(pairSideBySideTitles([[0, 2], [4, 6]], silent, widths, columnWidth), [[0, 2], [4, 6]]);
    assert.deepEqual(pairSideBySideTitles([[0, 2], [4, 6], [8]], pageLines([...texts, '', '又一行标题']), [...widths, 0, 10], [...columnWidth, 28, 28]),
      [[0, 2], [4, 6], [8]]);
    assert.deepEqual(pairSideBySideTitles([[0, 2], [4, 6]], lines, widths, lines.map(() => 12)), [[0, 2], [4, 6]]);
  });
});
