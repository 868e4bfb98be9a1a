// A paragraph's one-line opening at the foot of its article's column, printed after the block it leads into, with a
// caption (or a title) right under it: the chain is read round from it even where the two share few words.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import type { Lexicon } from '../../../src/core/segment/page/lexicon';
import { linkPieces } from '../../../src/core/segment/links/pieces';
import { pageLines, piecesOf, wasmLexicon } from './pages';

describe('segment an opening closing its column', () => {
  let lexicon: Lexicon;
  before(async function () {
    this.timeout(20000);
    lexicon = await wasmLexicon();
  });

  const texts = [
    '蜂农老王家的蜂场建在半山腰，', // 0: a finished paragraph of the article
    '每年春天都要转场。',
    '',
    '翻过两道山梁才到。但今年的蜂蜜', // 3: the block the opening leads into (it starts in mid-sentence)
    '卖了好价钱，一家人都很高兴。',
    '',
    '养蜂十分辛苦，每天清晨都要', // 6: the opening, one line, `要|翻` meet at a word boundary
    '',
  ];
  const shapes = [{ lines: [0, 1], startsOpen: false, endsOpen: false }, { lines: [3, 4], endsOpen: false }, { lines: [6], startsOpen: false },
    { lines: [9], startsOpen: true, endsOpen: false }];
  const order = (under: string, role: LineRole) => {
    const lines = pageLines([...texts, under, '其他文章接着写下去的内容。']);
    const roles: LineRole[] = lines.map((l, i) => (l.blank ? 'blank' : i === 8 ? role : 'body'));
    return linkPieces(piecesOf(shapes), lines, roles, true, lexicon).map((c) => c.map((p) => p.lines[0]));
  };

  it('reads the chain round from the opening where a caption follows it', () => {
    assert.deepEqual(order('张三摄', 'caption').find((c) => c.includes(6)), [6, 3]);
  });

  it('leaves it where the text runs on under it (no caption or title between)', () => {
    assert.deepEqual(order('', 'blank').find((c) => c.includes(6))?.[0] !== 6, true);
  });
});
