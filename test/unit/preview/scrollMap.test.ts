// Unit tests of the scroll-sync arithmetic: source line ↔ preview offset, round trips, gaps and out-of-order blocks.
import * as assert from 'node:assert/strict';
import { offsetOfSourceLine, sourceLineAtOffset, type LineBlock } from '../../../src/core/preview/scrollMap';

const BLOCKS: LineBlock[] = [
  { startLine: 3, endLine: 3, top: 0, height: 40 }, // headline
  { startLine: 5, endLine: 14, top: 60, height: 200 }, // a paragraph of 10 source lines
  { startLine: 16, endLine: 19, top: 280, height: 80 },
];

describe('preview scroll map', () => {
  it('has no answer without blocks', () => {
    assert.equal(sourceLineAtOffset([], 10), null);
    assert.equal(offsetOfSourceLine([], 10), null);
  });

  it('interpolates the line inside a block', () => {
    assert.equal(sourceLineAtOffset(BLOCKS, 60), 5);
    assert.equal(sourceLineAtOffset(BLOCKS, 160), 10);
    assert.equal(offsetOfSourceLine(BLOCKS, 10), 160);
  });

  it('uses the next block in a gap, the first block above the first, and the end below the last', () => {
    assert.equal(sourceLineAtOffset(BLOCKS, 50), 5);
    assert.equal(sourceLineAtOffset(BLOCKS, -20), 3);
    assert.equal(sourceLineAtOffset(BLOCKS, 1000), 20);
  });

  it('places a line that no block shows after the block that ends before it', () => {
    assert.equal(offsetOfSourceLine(BLOCKS, 15), 260);
    assert.equal(offsetOfSourceLine(BLOCKS, 0), 0);
  });

  it('round-trips offsets inside blocks', () => {
    for (const offset of [0, 20, 60, 100, 259, 280, 300, 359]) {
      const line = sourceLineAtOffset(BLOCKS, offset);
      assert.ok(line !== null);
      assert.ok(Math.abs((offsetOfSourceLine(BLOCKS, line) ?? NaN) - offset) < 1e-9, `offset ${offset} → line ${line}`);
    }
  });

  it('finds a line in a block set out of source order (interleaved columns), preferring the narrowest', () => {
    const blocks: LineBlock[] = [
      { startLine: 40, endLine: 49, top: 0, height: 100 },
      { startLine: 10, endLine: 60, top: 100, height: 500 },
      { startLine: 10, endLine: 19, top: 600, height: 100 },
    ];
    assert.equal(offsetOfSourceLine(blocks, 45), 50);
    assert.equal(offsetOfSourceLine(blocks, 15), 650);
    assert.equal(offsetOfSourceLine(blocks, 55), 100 + (45 / 51) * 500);
  });
});
