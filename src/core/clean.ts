// Clean text: lines of a paragraph joined (hard wraps and column breaks) and every safe fix applied.
import type { Segmenter } from './segmenter/segmenter';
import { buildLayout } from './layout/layout';
import { fixAll } from './fix';
import { isLatin, isLineBreak, isSpaceOrBreak } from './text/chars';

export interface CleanOptions {
  readonly segmenter?: Segmenter | null;
}

/**
 * Joins the lines of a run into one line: a whitespace run holding a line break disappears, except between two Latin
 * letters, where it becomes one space. Leading and trailing whitespace goes too. Never drops a non-space character.
 */
export function joinLines(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceOrBreak(text.charCodeAt(start))) start++;
  while (end > start && isSpaceOrBreak(text.charCodeAt(end - 1))) end--;
  let out = '';
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (!isSpaceOrBreak(code)) {
      let j = i + 1;
      while (j < end && !isSpaceOrBreak(text.charCodeAt(j))) j++;
      out += text.slice(i, j);
      i = j;
      continue;
    }
    let j = i;
    let hasBreak = false;
    while (j < end && isSpaceOrBreak(text.charCodeAt(j))) {
      if (isLineBreak(text.charCodeAt(j))) hasBreak = true;
      j++;
    }
    if (!hasBreak) out += text.slice(i, j);
    else if (isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(j))) out += ' ';
    i = j;
  }
  return out;
}

/**
 * Turns a run of lines (one paragraph as it stands in the dump) into one clean paragraph string: hard wraps and column
 * breaks joined, spurious spaces removed, broken numbers repaired. Only whitespace changes.
 */
export function cleanParagraph(text: string, options: CleanOptions = {}): string {
  return fixAll(joinLines(text), { segmenter: options.segmenter ?? null }).text;
}

/** The page's paragraphs (as the layout finds them), each cleaned. */
export function cleanParagraphs(text: string, options: CleanOptions = {}): string[] {
  const layout = buildLayout(text, options.segmenter ?? null);
  return layout.paragraphs.map((p) => cleanParagraph(text.slice(p.range.start, p.range.end), options)).filter((p) => p.length > 0);
}

/** The whole page as clean text: one paragraph per line. */
export function cleanText(text: string, options: CleanOptions = {}): string {
  return cleanParagraphs(text, options).join('\n');
}
