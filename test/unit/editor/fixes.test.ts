// Unit tests for choosing compatible fixes and for the minimal whole-text edit.
import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/model';
import { applyFixes } from '../../../src/core/fix';
import { compatibleFixes, fixPreview, minimalEdit } from '../../../src/core/editor/fixes';

function finding(ruleId: string, start: number, end: number, text: string, preferred = true): Finding {
  return { ruleId, messageId: 'm', data: {}, range: { start, end }, severity: 'warning', fix: { range: { start, end }, text }, preferred };
}

describe('editor: compatible fixes', () => {
  it('drops a fix that overlaps an earlier one and keeps text order', () => {
    const edits = compatibleFixes([finding('a', 5, 8, 'x'), finding('a', 0, 2, ''), finding('b', 6, 9, 'y')]);
    assert.deepEqual(edits.map((e) => e.range.start), [0, 5]);
  });

  it('filters by rule and by preference', () => {
    const all = [finding('a', 0, 1, ''), finding('b', 2, 3, ''), finding('a', 4, 5, '', false)];
    assert.equal(compatibleFixes(all, { ruleId: 'a' }).length, 2);
    assert.equal(compatibleFixes(all, { ruleId: 'a', preferredOnly: true }).length, 1);
  });

  it('applies edits without losing untouched characters', () => {
    const text = '64 . 29%，85 . 05';
    const edits = compatibleFixes([finding('n', 2, 5, '.'), finding('n', 11, 14, '.')]);
    assert.equal(applyFixes(text, edits).text, '64.29%，85.05');
  });
});

describe('editor: minimal edit', () => {
  it('is null for equal texts', () => {
    assert.equal(minimalEdit('abc', 'abc'), null);
  });

  it('covers only the part that differs', () => {
    assert.deepEqual(minimalEdit('聊城 市 政府', '聊城市政府'), { range: { start: 2, end: 5 }, text: '市' });
    const before = '前 缀\n中\n后缀';
    const after = '前缀\n中\n后缀';
    const edit = minimalEdit(before, after);
    assert.ok(edit);
    assert.equal(applyFixes(before, [edit]).text, after);
  });

  it('never splits a surrogate pair', () => {
    const edit = minimalEdit('a𠀀b', 'a𠀁b');
    assert.ok(edit);
    assert.equal(edit.range.end - edit.range.start, 2);
  });
});

describe('editor: fix preview', () => {
  it('shows the change with a little context and visible spaces', () => {
    const text = '占比\n64 . 29%，以';
    const at = text.indexOf(' . ');
    assert.deepEqual(fixPreview(text, { range: { start: at, end: at + 3 }, text: '.' }), { before: '64␣.␣29%', after: '64.29%' });
  });

  it('shows a joined line break', () => {
    const text = '改\n革';
    assert.deepEqual(fixPreview(text, { range: { start: 1, end: 2 }, text: '' }), { before: '改⏎革', after: '改革' });
  });
});
