// Column geometry: how wide a line is, and how the page sets its curly quotes.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { estimateColumnWidths, quotesSqueezed } from '../../../src/core/segment/page/columns';
import { compactWidth } from '../../../src/core/segment/page/text';
import { pageLines } from './pages';

function squeezedOn(texts: readonly string[]): boolean {
  const lines = pageLines(texts);
  const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
  const widths = texts.map((t) => compactWidth(t));
  return quotesSqueezed(lines, roles, widths, estimateColumnWidths(lines, widths, roles));
}

describe('segment geometry', () => {
  it('counts curly quotes as full-width characters unless told they are squeezed', () => {
    assert.equal(compactWidth('他说“好”'), 10);
    assert.equal(compactWidth('他说“好”', 1), 8);
    assert.equal(compactWidth('ab 中文'), 6);
  });

  it('finds quotes full width where lines holding them fill the column like the others', () => {
    const page = [
      '一二三四五六七八九十一二三四五',
      '一二三四五六七八九十一二三四五',
      '一二三四“五六七八九十”一二三',
      '一二三四五六七八九十一二三四五',
      '一二三“四五”六七八九十一二三',
      '一二三四五六七八九十一二三四五',
      '一二三四五六七八九十。',
    ];
    assert.equal(squeezedOn(page), false);
  });

  it('finds quotes squeezed where lines holding them run one cell wider per quote', () => {
    const page = [
      '一二三四五六七八九十一二三四五',
      '一二三四五六七八九十一二三四五',
      '一二三四“五六七八九十”一二三四',
      '一二三四五六七八九十一二三四五',
      '一二三“四五”六七八九十一二三四',
      '一二三四五六七八九十一二三四五',
      '一二三四五六七八九十。',
    ];
    assert.equal(squeezedOn(page), true);
  });
});
