// Vertical titles (竖排标题): a short title set top to bottom beside the text, one character to a line. pdftotext
// prints each character as a line of its own between blank lines, scattered down the column it stands beside, so the
// title reads as single characters standing alone among the body's paragraphs, in reading order.
import type { LineRole, PageLine } from '../../model';
import type { HeadlinePart } from './attach';
import { compact, isHan } from '../page/text';
import { nonBlankFrom } from '../page/lines';

/** Most lines between two characters of one vertical title (it runs down beside a column or two of text). */
const MAX_GAP_LINES = 200;
/** Most characters a vertical title holds. */
const MAX_CHARS = 16;

/**
 * Groups of lines that print one vertical title, each group in reading order. A group opens and closes on a line of one
 * Han character standing alone between blank lines; between those, lines of up to three characters standing alone
 * (`，有看`: a comma and the characters pdftotext set on its row) carry it on. At least two single characters make a
 * group: a lone character is more likely a remnant of something else.
 */
export function findVerticalTitles(lines: readonly PageLine[], roles: readonly LineRole[]): number[][] {
  const alone = (i: number) => roles[i] === 'body' && i > 0 && i + 1 < lines.length && lines[i - 1].blank && lines[i + 1].blank;
  const single = (c: string) => c.length === 1 && isHan(c);
  // (A sentence's end — `。`, a closing quote or bracket — is a paragraph's broken-off last line, not a title's.)
  const short = (c: string) => c.length >= 1 && c.length <= 3 && !/[。！？!?”’）)」』：:]$/.test(c);
  const groups: number[][] = [];
  let current: number[] = [];
  let pending: number[] = [];
  const close = () => {
    if (current.filter((i) => single(compact(lines[i].text))).length >= 2 &&
      current.map((i) => compact(lines[i].text)).join('').length <= MAX_CHARS) groups.push(current);
    current = [];
    pending = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (!alone(i)) continue;
    const c = compact(lines[i].text);
    if (!short(c)) continue;
    const last = pending.length > 0 ? pending[pending.length - 1] : current[current.length - 1];
    if (last !== undefined && i - last > MAX_GAP_LINES) close();
    if (single(c)) {
      if (current.length === 0) current = [i];
      else { current.push(...pending, i); pending = []; }
    } else if (current.length > 0) pending.push(i);
  }
  close();
  return groups;
}

/**
 * Title parts for vertical titles: each group's characters joined into one title. A vertical title whose first
 * character stands right below a title block (only blank lines between) is that block's headline beside its kicker,
 * so it joins the block and that title's group; another one is a block and group of its own (its group number is
 * negative, apart from the others).
 */
export function verticalTitleParts(groups: readonly number[][], parts: readonly HeadlinePart[], lines: readonly PageLine[],
  firstBlock: number): HeadlinePart[] {
  const lastLineOf = new Map<number, HeadlinePart>();
  for (const part of parts) lastLineOf.set(part.lines[part.lines.length - 1], part);
  return groups.map((group, k) => {
    const above = nonBlankFrom(lines, group[0] - 1, -1);
    const adjacent = lastLineOf.get(above);
    const text = group.map((i) => compact(lines[i].text)).join('');
    return { lines: group, block: adjacent ? adjacent.block : firstBlock + k, group: adjacent ? adjacent.group : -1 - k, text };
  });
}
