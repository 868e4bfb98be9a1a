// Layout reconstruction: lines and widths, column width estimates, hard wraps, column breaks and paragraphs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildLayout, contentWidth, displayWidth, splitLines } from '../../src/core/layout/layout';
import { loadSegmenter } from '../../src/core/segmenter/load';
import type { Segmenter } from '../../src/core/segmenter/segmenter';

const seed = fs.readFileSync(path.resolve('samples/page-01.txt'), 'utf8');

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

  it('measures content without the spaces an extractor stretched the line with, punctuation squeezed or not', () => {
    assert.equal(contentWidth('得 满 分'), 6);
    assert.equal(contentWidth('分，占', 2), 6);
    assert.equal(contentWidth('分，占', 1), 5);
    assert.equal(contentWidth('“云”'), 4);
  });

  it('handles the empty text and a text of blank lines', () => {
    assert.deepEqual(buildLayout('', null).paragraphs, []);
    const blank = buildLayout('\n \n\u3000\n', null);
    assert.equal(blank.paragraphs.length, 0);
    assert.ok(blank.lines.every((l) => l.blank));
  });
});

describe('layout: the seed page', () => {
  const layout = buildLayout(seed, null);
  const line = (n: number) => n - 1;

  it('estimates a column of about 13 characters (26 cells) for the first article', () => {
    assert.ok(layout.columnWidths.length > 0);
    for (const n of [12, 30, 60]) assert.ok(Math.abs(layout.lineColumnWidths[line(n)] - 26) <= 3, `line ${n}: ${layout.lineColumnWidths[line(n)]}`);
  });

  it('tells column breaks inside sentences from paragraph ends', () => {
    // (记者⏎⏎谢晓丽, 市委常委⏎⏎会议, 咱家的⏎⏎‘财神’, 开办、⏎⏎工程, 改⏎⏎革领域
    for (const n of [8, 26, 295, 64, 85]) {
      assert.equal(layout.joins[line(n)], 'column-break', `line ${n}: ${seed.split('\n')[line(n)]}`);
      assert.ok(layout.joinCertain[line(n)], `line ${n} is certain`);
    }
    for (const n of [22, 36, 62, 104, 242]) assert.equal(layout.joins[line(n)], 'paragraph-end', `line ${n}`);
  });

  it('joins full lines as hard wraps and keeps headings apart', () => {
    for (const n of [11, 12, 16, 17, 110]) assert.equal(layout.joins[line(n)], 'hard-wrap', `line ${n}`);
    for (const n of [1, 3, 5]) assert.equal(layout.joins[line(n)], 'paragraph-end', `line ${n}`);
  });

  it('groups lines into paragraphs across hard wraps and column breaks', () => {
    const first = layout.paragraphs.find((p) => p.lines.includes(line(26)))!;
    assert.ok(first.lines.includes(line(24)) && first.lines.includes(line(36)));
    assert.ok(!first.lines.includes(line(38)));
    for (const p of layout.paragraphs) assert.deepEqual(p.lines, [...p.lines].sort((a, b) => a - b));
  });

  it('does not treat a heading alone between blank lines as column text', () => {
    // 莘县大王寨镇脱贫攻坚不掉一人 is as wide as the column.
    assert.equal(layout.joins[line(246)], 'paragraph-end');
  });
});

describe('layout: with a segmenter', function () {
  this.timeout(60_000);
  let segmenter: Segmenter;
  before(async () => {
    segmenter = (await loadSegmenter('wasm'))!;
  });

  it('joins a short line whose last character starts a word on the next line (日|前)', () => {
    const text = '本报聊城4月19日讯\n谢晓丽 通讯员 苗素红) 日\n前，记者了解到，在“一窗受理·一\n次办好”改革中，聊城走在全省前\n列。在全省2019年“一窗受理·一\n';
    assert.equal(buildLayout(text, null).joins[1], 'paragraph-end');
    assert.equal(buildLayout(text, segmenter).joins[1], 'hard-wrap');
  });
});
