// A dateline printed alone on its line (`本报某地3月2日电`, the credit opening the next line) is as short as a
// paragraph's last line, yet it ends nothing: the full line under it carries its article on, however the widths read.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { buildPieces } from '../../../src/core/segment/links/pieces';
import { isOnlyDatelineAndCredit } from '../../../src/core/segment/roles/byline';
import { compactWidth } from '../../../src/core/segment/page/text';
import { pageLines } from './pages';

describe('segment a dateline alone on its line', () => {
  it('reads a lone dateline as an article opening, with or without its credit', () => {
    assert.equal(isOnlyDatelineAndCredit('本报某地3月2日电', true), true);
    assert.equal(isOnlyDatelineAndCredit('本报某地3月2日电', false), false);
    assert.equal(isOnlyDatelineAndCredit('本报某地3月2日电\n（记者 王五）', false), true);
    // Text after the dateline is no opening alone.
    assert.equal(isOnlyDatelineAndCredit('本报某地3月2日电 湖边的候鸟保护站里', true), false);
  });

  it('keeps a lone dateline in one piece with the full line under it', () => {
    const lines = pageLines([
      '本报某地3月2日电',
      '（记者王五）今年春耕时节，山区果',
      '农忙着修剪果树、施肥浇水，果园里',
      '一片繁忙，果农们说今年的果树长势',
      '喜人，秋天又是一个丰收年。',
    ]);
    const roles: LineRole[] = ['dateline', 'body', 'body', 'body', 'body'];
    const widths = lines.map((l) => compactWidth(l.text));
    const pieces = buildPieces(lines, roles, widths, lines.map(() => 32), new Map(), new Set(), new Set());
    assert.deepEqual(pieces.map((p) => p.lines), [[0, 1, 2, 3, 4]]);
  });
});
