/**
 * Two title blocks set side by side, each a headline over its subheadline, that pdftotext prints row by row: the two
 * headlines first, then the two subheadlines (H1, H2, S1, S2), one to a line with blank lines between. headlineBlocks
 * reads that as [H1, H2] and [S1, S2]; an article's own titles share its words, so a subheadline that shares words with
 * one of the headlines (and none with the other) goes with it, and the other two lines pair up.
 */
import type { PageLine } from '../../model';
import { compact, hanBigrams } from '../page/text';

/** How many Han character pairs two texts share. */
function sharedPairs(a: string, b: string): number {
  const y = hanBigrams(b);
  let shared = 0;
  for (const g of hanBigrams(a)) if (y.has(g)) shared++;
  return shared;
}

/**
 * Regroups a run of four single title lines parted by one blank line each (H1, H2, S1, S2, however headlineBlocks cut
 * it into blocks) into [H1, S?] and [H2, S?] when the words say so. Blocks are returned in order of their first line.
 */
export function pairSideBySideTitles(blocks: readonly number[][], lines: readonly PageLine[], widths: readonly number[],
  columnWidth: readonly number[]): number[][] {
  const result: number[][] = [];
  const text = (i: number) => compact(lines[i].text);
  for (let k = 0; k < blocks.length; k++) {
    // The blocks from k on that hold four lines between them.
    let end = k;
    let count = blocks[k].length;
    while (count < 4 && end + 1 < blocks.length) count += blocks[++end].length;
    const run = blocks.slice(k, end + 1).flat();
    const pairs = count === 4 ? sideBySidePairs(run, blocks[k - 1], blocks[end + 1]) : null;
    if (pairs) { result.push(...pairs); k = end; } else result.push([...blocks[k]]);
  }
  return result;

  function sideBySidePairs(run: readonly number[], before: readonly number[] | undefined, after: readonly number[] | undefined): number[][] | null {
    const [h1, h2, s1, s2] = run;
    // Four single lines, each parted from the next by exactly one blank line, each narrow enough for one column (the
    // two blocks stand side by side, so neither spans more), and no more title lines in the run above or below.
    if (!run.every((i, n) => n === 0 || (i === run[n - 1] + 2 && lines[i - 1].blank))) return null;
    if (!run.every((i) => widths[i] <= columnWidth[i])) return null;
    if ((before && before[before.length - 1] >= h1 - 2) || (after && after[0] <= s2 + 2)) return null;
    // Lines that share words with the line next to them are one article's titles already.
    if (sharedPairs(text(h1), text(h2)) > 0 || sharedPairs(text(s1), text(s2)) > 0) return null;
    const straight = sharedPairs(text(h1), text(s1)) + sharedPairs(text(h2), text(s2));
    const crossed = sharedPairs(text(h1), text(s2)) + sharedPairs(text(h2), text(s1));
    if (straight > 0 && crossed === 0) return [[h1, s1], [h2, s2]];
    if (crossed > 0 && straight === 0) return [[h1, s2], [h2, s1]];
    return null;
  }
}
