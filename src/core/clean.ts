// Clean text: lines of a paragraph joined (hard wraps and column breaks) and every safe fix applied.
import type { Segmenter } from './segmenter/segmenter';
import { buildLayout } from './layout/layout';
import { applyFixes, fixAll, preferredFixes } from './fix';
import type { TextEdit } from './model';
import { runRules } from './rules/runRules';
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
  const segmenter = options.segmenter ?? null;
  return fixAll(joinLines(text), { segmenter }).text;
}

/** The page's paragraphs (as the layout finds them), each cleaned. */
export function cleanParagraphs(text: string, options: CleanOptions = {}): string[] {
  const segmenter = options.segmenter ?? null;
  const layout = buildLayout(text, segmenter);
  // Page-level signals (a stretched full line, the column widths) only show on the whole page: apply the page's
  // preferred fixes that stay inside one line first, then clean each paragraph on its own.
  const findings = runRules(text, layout, { severities: {}, segmenter });
  const edits = preferredFixes(findings).filter((e) => !/[\r\n]/.test(text.slice(e.range.start, e.range.end)));
  const paragraphs: string[] = [];
  let next = 0;
  for (const p of layout.paragraphs) {
    const local: TextEdit[] = [];
    while (next < edits.length && edits[next].range.start < p.range.start) next++;
    for (let k = next; k < edits.length && edits[k].range.end <= p.range.end; k++) {
      local.push({ range: { start: edits[k].range.start - p.range.start, end: edits[k].range.end - p.range.start }, text: edits[k].text });
    }
    const cleaned = cleanParagraph(applyFixes(text.slice(p.range.start, p.range.end), local).text, options);
    if (cleaned.length > 0) paragraphs.push(cleaned);
  }
  return paragraphs;
}

/** The whole page as clean text: one paragraph per line. */
export function cleanText(text: string, options: CleanOptions = {}): string {
  return cleanParagraphs(text, options).join('\n');
}
