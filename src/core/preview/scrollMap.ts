// Scroll-sync arithmetic between fractional source lines and preview offsets; pure, so the webview and tests share it.

/** A rendered block that stands for source lines `startLine..endLine` (0-based, inclusive), at `top` with `height` pixels. */
export interface LineBlock {
  readonly startLine: number;
  readonly endLine: number;
  readonly top: number;
  readonly height: number;
}

/**
 * The fractional source line shown at vertical `offset`. `blocks` are in document order (tops ascending);
 * inside a block the line is interpolated over its height, in a gap between blocks the next block's first line is used.
 * Returns null when there are no blocks.
 */
export function sourceLineAtOffset(blocks: readonly LineBlock[], offset: number): number | null {
  if (blocks.length === 0) return null;
  let low = 0;
  let high = blocks.length - 1;
  // The last block whose top is at or above the offset.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (blocks[mid].top <= offset) low = mid;
    else high = mid - 1;
  }
  const block = blocks[low];
  if (offset < block.top) return block.startLine;
  const span = block.endLine - block.startLine + 1;
  if (block.height > 0 && offset < block.top + block.height) {
    return block.startLine + (span * (offset - block.top)) / block.height;
  }
  const next = blocks[low + 1];
  return next ? next.startLine : block.endLine + 1;
}

/**
 * The vertical offset at which fractional source `line` is shown. Reading order need not follow source order, so
 * the block that holds the line is searched for (the narrowest if several); otherwise the block that ends last before
 * the line is used (its bottom), else the first block. Returns null when there are no blocks.
 */
export function offsetOfSourceLine(blocks: readonly LineBlock[], line: number): number | null {
  if (blocks.length === 0) return null;
  const whole = Math.floor(line);
  let holder: LineBlock | null = null;
  let previous: LineBlock | null = null;
  for (const block of blocks) {
    if (whole >= block.startLine && whole <= block.endLine) {
      if (!holder || block.endLine - block.startLine < holder.endLine - holder.startLine) holder = block;
    } else if (block.endLine < whole && (!previous || block.endLine > previous.endLine)) {
      previous = block;
    }
  }
  if (holder) {
    const span = holder.endLine - holder.startLine + 1;
    const fraction = Math.min(1, Math.max(0, (line - holder.startLine) / span));
    return holder.top + fraction * holder.height;
  }
  if (previous) return previous.top + previous.height;
  return blocks[0].top;
}
