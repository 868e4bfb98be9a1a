// The word a segmenter puts across a join: the one test behind line joins, spurious spaces and broken sentences.
import type { Segmenter } from './segmenter';

/** The word the segmenter's cut of `tail + head` puts across the join between them (`日|前` → `日前`), or null when
 * the cut has a word boundary there. Callers choose how many characters each side to show it. */
export function wordAcrossJoin(segmenter: Segmenter, tail: string, head: string): string | null {
  if (tail.length === 0 || head.length === 0) return null;
  let offset = 0;
  for (const word of segmenter.cut(tail + head)) {
    const end = offset + word.length;
    if (offset < tail.length && end > tail.length) return word;
    if (end >= tail.length) return null;
    offset = end;
  }
  return null;
}
