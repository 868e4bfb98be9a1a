// A dateline printed alone on its line (`本报某地3月2日电`, the credit opening the next line) is as short as a
// paragraph's last line, yet it ends nothing: the full line under it carries its article on, however the widths read.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { buildPieces } from '../../../src/core/segment/links/pieces';
import { isOnlyDatelineAndCredit } from '../../../src/core/segment/roles/byline';
import { compactWidth } from '../../../src/core/segment/page/text';
import { articlesOf, pageLines } from './pages';

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

  it('keeps a credit line under a lone dateline with the dateline and the body below', () => {
    const page = [
      '本 报 某 地 3 月 2 日 电',
      '（记者王五 通讯员赵六）',
      '湖边的候鸟保护站里，志愿者们正在',
      '给受伤的候鸟喂食，候鸟保护站今年',
      '已救助候鸟两百多只，湖边的候鸟一',
      '年比一年多，大家都很欣慰。',
      '站长老张说，保护站今年又添了',
      '两名志愿者，每天都去湖边巡护。',
      '湖边候鸟越来越多',
      '本报某地3月3日电 山区果农忙着修',
      '剪果树、施肥浇水，果园里一片繁忙',
      '，果农们说今年的果树长势喜人。',
    ].join('\n');
    const birds = articlesOf(page).find((a) => a.paragraphs.some((p) => p.text.includes('候鸟保护站')));
    assert.equal(birds?.dateline?.text, '本报某地3月2日电');
    assert.deepEqual(birds?.byline?.reporters, ['王五']);
    assert.deepEqual(birds?.byline?.correspondents, ['赵六']);
    assert.ok(!birds?.paragraphs.some((p) => p.text.includes('果农')));
  });
});
