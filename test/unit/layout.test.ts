import * as assert from 'node:assert/strict';
import { splitLines, displayWidth } from '../../src/core/layout/layout';

describe('layout: splitLines', () => {
  it('keeps every character, whatever the line breaks', () => {
    const text = 'a\r\nb\nc\rd';
    const lines = splitLines(text);
    assert.equal(lines.map((l) => l.text + l.eol).join(''), text);
    assert.deepEqual(lines.map((l) => l.eol), ['\r\n', '\n', '\r', '']);
  });

  it('counts CJK characters as two cells', () => {
    assert.equal(displayWidth('聊城a1'), 6);
  });
});
