// A paragraph's tail printed right under a title whose rubric bracket wraps onto its second line (pdftotext prints the
// article's first column, its kicker, another article, then the title and the rest of the first article).
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { linkPieces } from '../../../src/core/segment/links/pieces';
import { wrappedRubricTitles } from '../../../src/core/segment/titles/wrappedRubrics';
import { pageLines } from './pages';

describe('segment paragraph tail under a wrapped-rubric title', () => {
  it('reads two lines whose rubric bracket wraps from the first to the second, under a blank line, as a title', () => {
    const lines = pageLines(['上一篇文章的最后一句话。', '', '三十年，守护山林在大山最深处（', '全国劳动模范和先进工作者获得者）', '说。']);
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    assert.deepEqual(wrappedRubricTitles(lines, roles, new Map()), [2]);
    // A bracket closed on its own line, or a sentence finished within the pair, is running text.
    const prose = pageLines(['', '他说，这里是大山最深处（海拔', '两千多米）。大家都很辛苦。']);
    assert.deepEqual(wrappedRubricTitles(prose, prose.map((l) => (l.blank ? 'blank' : 'body')), new Map()), []);
  });

  it('finishes the sentence a title cut off with the paragraph tail printed right under the article\'s title', () => {
    const texts = [
      '眼下正是春耕备耕的关键时', '节，某某县各乡镇的田间地头一', '派繁忙景象。农民们驾驶着农机', '',
      '职工李明今年六十岁。他这', '辈子都在大山深处的林场度过。', '“守山就是守家。”李明说。他', '觉得这辈子过得有意义。老', '伴也常笑他是个护林迷。', '“我做了应该做的事。”李明', '',
      '“全国劳动模范”李明——', '',
      '本报某地3月1日电 某某市今年新建', '口袋公园三十个，方便市民。', '',
      '三十年，守护山林在大山最深处（', '全国劳动模范和先进工作者获得者）',
      '说。', '“护林防火”是他常年坚持的另', '一件事，他记不清扑灭过多少火', '情。', '',
      '在地里来回穿梭，确保春耕不误农时。', '',
      '，附近居民纷纷前来散步健身。',
    ];
    const lines = pageLines(texts);
    const titles = new Set([11, 16, 17]);
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : titles.has(l.index) ? 'headline' : l.index === 13 ? 'dateline' : 'body'));
    const piece = (id: number, from: number, to: number, shape: Partial<Piece>): Piece => ({
      id, lines: Array.from({ length: to - from + 1 }, (_, k) => from + k), startsOpen: false, endsOpen: false, hasDateline: false,
      closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set(), ...shape,
    });
    const pieces = [
      piece(0, 0, 2, { endsOpen: true }),
      piece(1, 4, 9, { endsOpen: true }),
      piece(2, 13, 14, { hasDateline: true }),
      piece(3, 18, 21, { startsOnTail: true, mayStartOnTail: true }),
      piece(4, 23, 23, { startsOpen: true }),
      piece(5, 25, 25, { startsOpen: true }),
    ];
    const chains = linkPieces(pieces, lines, roles, false).map((chain) => chain.map((p) => p.id));
    assert.ok(chains.some((chain) => chain.join() === '1,3'), JSON.stringify(chains));
    assert.ok(!chains.some((chain) => chain[0] === 0 && chain.includes(3)), JSON.stringify(chains));
  });
});
