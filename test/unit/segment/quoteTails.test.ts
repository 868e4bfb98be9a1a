// A quotation printed over two text boxes: the box holding its tail (`进！”`) closes a quote it did not open.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { buildPieces } from '../../../src/core/segment/links/pieces';
import { compactWidth } from '../../../src/core/segment/page/text';
import { articlesOf, pageLines } from './pages';

describe('segment quote tails', () => {
  it('takes no title from a short line closing a quotation it did not open, right under a headline', () => {
    const page = [
      '前一篇文章的正文写到这里，本段',
      '最后一句话到此结束，全文完。',
      '',
      '新书出版引发强烈反响（书香中国）',
      '',
      '走！”',
      '',
      '近日，一部讲述老一辈革命者',
      '故事的新书出版，在读者中引起',
      '强烈反响，大家纷纷表示深受教',
      '育和鼓舞。',
    ].join('\n');
    const titles = articlesOf(page).flatMap((a) => [a.headline?.text, a.kicker?.text, a.subheadline?.text]);
    assert.ok(!titles.includes('走！”'), JSON.stringify(titles));
    assert.ok(titles.includes('新书出版引发强烈反响（书香中国）'), JSON.stringify(titles));
  });

  it('starts a one-line piece closing a quotation it did not open in mid-sentence, not one closing the line above', () => {
    const texts = ['大家齐声高喊：“前进！前进！', '', '进！”', '', '站起来。', '”', '', '他说：“好。”'];
    const lines = pageLines(texts);
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    const widths = texts.map((t) => compactWidth(t));
    const pieces = buildPieces(lines, roles, widths, lines.map(() => 30), new Map(), new Set(), new Set());
    const startOf = (line: number) => pieces.find((p) => p.lines[0] === line)?.startsOpen;
    assert.equal(startOf(2), true, 'the tail of a quotation begun elsewhere');
    assert.notEqual(startOf(7), true, 'a quotation opened and closed in the line');
  });
});
