// Titles over blocks read out of order (pdfminer's box order): a short line with its characters spread apart is a
// title in display type even under a sentence left open, and where blank lines set every block apart, a title over
// text carrying on a sentence from far off heads that text's article.
import * as assert from 'node:assert/strict';
import { buildLayout } from '../../../src/core/layout/layout';
import { isSpacedDisplayLine } from '../../../src/core/segment/roles/headline';
import { type HeadlinePart, attachHeadlines } from '../../../src/core/segment/titles/attach';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { analyzePage } from '../../../src/core/analyze';

describe('segment spaced display titles', () => {
  it('reads a short spread line without punctuation, standing alone, as display type', () => {
    assert.equal(isSpacedDisplayLine('向 这 种 坚 守 致 敬', 26, true), true);
    // Not standing alone, spread across the column, or closing a sentence: running text.
    assert.equal(isSpacedDisplayLine('向 这 种 坚 守 致 敬', 26, false), false);
    assert.equal(isSpacedDisplayLine('在 南 繁 基 地 过 年 是 否 单 调', 26, true), false);
    assert.equal(isSpacedDisplayLine('向 他 们 致 敬 ！', 26, true), false);
    assert.equal(isSpacedDisplayLine('为他们点赞', 26, true), false);
  });

  it('keeps such a line a title under a sentence left open (blank lines between blocks)', () => {
    const text = [
      '科研人员的春节',
      '',
      '  春节，是中国人阖家团聚的',
      '日子。而对于野外台站的科研人',
      '员来说，过节与平时并没什么两',
      '样，他们中的一部分人仍坚守在',
      '工作岗位上。',
      '',
      '  射电望远镜运行是多系统共',
      '同作用的结果，需要不少人时刻',
      '关注各系统的状态，并进行相应',
      '的操作。',
      '',
      '科研人员在南繁基地过年是否单',
      '',
      '向 这 种 坚 守 致 敬',
      '',
      '有对科学的由衷热爱，不少人把',
      '所从事的研究称为自己的孩子。',
    ].join('\n');
    const roles = analyzePage(text).segmentation.roles;
    assert.equal(roles[15], 'headline');
    assert.equal(roles[13], 'body');
  });
});

describe('segment titles over blocks read before them', () => {
  const piece = (id: number, first: number, last: number): Piece => ({
    id, lines: Array.from({ length: last - first + 1 }, (_, k) => first + k), startsOpen: id === 2 ? true : false, endsOpen: id === 1,
    hasDateline: false, closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set<number>(),
  });
  // Lines: 0–39 the commentary's first blocks (its last sentence left open at 39), 41–79 another article, a blank, the
  // commentary's title at 81, a blank, and from 83 the text carrying on the commentary's open sentence.
  const texts = Array.from({ length: 90 }, (_, i) => (i === 81 ? '评论标题' : i === 40 || i === 80 || i === 82 ? '' : '正文'));
  const lines = buildLayout(texts.join('\n'), null).lines;
  const commentary = [piece(0, 0, 20), piece(1, 22, 39), piece(2, 83, 89)];
  const other = [piece(3, 41, 79)];
  const chains = [commentary, other];
  // The title shares no words with either text: only its place says where it belongs.
  const chainText = ['甲乙丙丁', '戊己庚辛'];
  const title: HeadlinePart = { lines: [81], block: 0, group: 0 };

  it('gives the title to the article of the text right under it, where blocks may be read before their title', () => {
    assert.deepEqual([...attachHeadlines([title], chains, chainText, lines, null, true).keys()], [0]);
  });

  it('leaves it unattached by place where blank lines mark only column breaks', () => {
    assert.deepEqual([...attachHeadlines([title], chains, chainText, lines, null, false).keys()], []);
  });
});
