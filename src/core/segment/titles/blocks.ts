// Title blocks: lines grouped into blocks, blocks into parts (a wrapped title is one part), parts grouped by article.
import type { LineRole, PageLine } from '../../model';
import { endsWithRubric, isParallelTitle, opensOnTimeAhead, withoutRubric } from '../roles/headline';
import { compact } from '../page/text';

/** Labels of boxed text that papers set inside an article's body. */
export const BOX_LABELS: ReadonlySet<string> = new Set(['核心阅读', '编者按', '阅读提示', '延伸阅读', '相关链接', '链接']);

/** Groups headline lines into blocks: adjacent lines, or a single line and one more after a blank line. */
export function headlineBlocks(lines: readonly PageLine[], roles: readonly LineRole[], joinAcrossBlank: ReadonlySet<number> = new Set()): number[][] {
  const blocks: number[][] = [];
  let current: number[] = [];
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] === 'headline' || roles[i] === 'kicker' || roles[i] === 'subheadline') {
      // (A kicker is a phrase: a word of two or three characters above a blank line is a photo's title or a label.)
      // A kicker set apart by a blank line is a longer phrase in small type over a short main title in large type (or
      // a phrase leading on with `——`): where the title run ends there (the text follows), a line above shorter than
      // the title below is another article's headline. (Longer runs of titles are shared out by parts below.)
      const kickerAbove = gap === 1 && current.length === 1 && lines[i - 1].blank && compact(lines[current[0]].text).length > 3 &&
        (titleLineFollows(i, lines, roles) || leadsTitleBelow(compact(lines[current[0]].text), compact(lines[i].text)));
      // (A subheadline the extractor set apart under its block by a blank line joins it: see subtitleUnder.ts.)
      if (current.length > 0 && (gap === 0 || kickerAbove || (gap === 1 && joinAcrossBlank.has(i)))) current.push(i);
      else { if (current.length > 0) blocks.push(current); current = [i]; }
      gap = 0;
    } else if (roles[i] === 'marker') continue;
    else if (lines[i].blank && current.length > 0) gap++;
    else if (current.length > 0) { blocks.push(current); current = []; gap = 0; }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** A kicker over a main title: it leads on with `——`, or it runs at least as long as the title (rubric left out). */
function leadsTitleBelow(above: string, below: string): boolean {
  return /——$/.test(above) || above.length >= withoutRubric(below).length;
}

/** Whether the first line after `index` that is not blank (a few lines on at most) is a title line. */
function titleLineFollows(index: number, lines: readonly PageLine[], roles: readonly LineRole[]): boolean {
  for (let k = index + 1; k < lines.length && k <= index + 3; k++) {
    if (lines[k].blank) continue;
    return roles[k] === 'headline' || roles[k] === 'kicker' || roles[k] === 'subheadline';
  }
  return false;
}

/**
 * Groups the parts of a tall title block by article: a main title (closing on a rubric, or set as parallel phrases)
 * takes the one plain part just above it as its kicker, and a `——` part below it as its subheadline.
 */
export function groupTitles(parts: readonly number[][], lines: readonly PageLine[]): { part: number[]; group: number }[] {
  const text = (p: readonly number[]) => compact(p.map((i) => lines[i].text).join(''));
  const raw = (p: readonly number[]) => p.map((i) => lines[i].text.trim()).join('');
  const main = (p: readonly number[]) => endsWithRubric(text(p)) || isParallelTitle(raw(p));
  const groups = parts.map((_, k) => k);
  parts.forEach((p, k) => {
    if (!main(p)) return;
    if (k > 0 && !main(parts[k - 1]) && groups[k - 1] === k - 1) groups[k - 1] = k;
    if (k + 1 < parts.length && /^——/.test(text(parts[k + 1]))) groups[k + 1] = k;
  });
  return parts.map((part, k) => ({ part, group: groups[k] }));
}

/**
 * Splits a headline block into its parts (kicker, headline, subheadline candidates): adjacent lines narrow enough to
 * fit a column are one headline wrapped; lines set wider, or apart from each other, are separate parts. Lines in
 * `stacked` (titles an extractor collected at the page foot) are separate parts unless a bracket or comma joins them.
 */
export function headlineParts(block: readonly number[], lines: readonly PageLine[], widths: readonly number[], columnWidth: readonly number[],
  stacked: ReadonlySet<number> = new Set()): number[][] {
  const parts: number[][] = [];
  for (const i of block) {
    const current = parts.length > 0 ? parts[parts.length - 1] : null;
    const prev = current ? current[current.length - 1] : -1;
    // Text fills a title's first line before the next, so a wrapped title never continues on a much longer line.
    // Parallel phrases (`完善责任制 用好监督权`) are a whole title on one line.
    const parallel = (k: number) => isParallelTitle(lines[k].text);
    // Titles stacked at a page foot are one to a line: only a bracket, a comma or a remnant carries one over.
    // A break inside a number (`17` / `834亿元`) is a title wrapping on, stacked or not.
    const splitWord = current !== null && prev === i - 1 && (/\d$/.test(compact(lines[prev].text)) && /^\d/.test(compact(lines[i].text)));
    const wrapped = current !== null && prev === i - 1 && (!(stacked.has(prev) && stacked.has(i)) || splitWord) && widths[prev] <= columnWidth[prev] + 2 && widths[prev] + 4 >= widths[i] &&
      !parallel(prev) && !parallel(i) &&
      !/——$/.test(compact(lines[prev].text)) && !/^——/.test(compact(lines[i].text)) &&
      // A line wider than the one above that closes a clause on `，` or `；` opens a subheadline set as running text.
      !(widths[i] > widths[prev] && /[，；]$/.test(compact(lines[i].text))) &&
      // A line opening on a time ahead (`未来一周南方持续阴雨`) is a subheadline under a complete title.
      !opensOnTimeAhead(compact(lines[i].text));
    // An unclosed bracket or quote carries a title over the line end whatever the widths say.
    const unclosed = current !== null && prev === i - 1 && unbalanced(lines[prev].text);
    // A line ending on a comma or semicolon, or a remnant of two or three characters, is a long title wrapping on.
    const runsOn = current !== null && prev === i - 1 && (/[，、；：,;:]$/.test(compact(lines[prev].text)) || compact(lines[i].text).length <= 3);
    // pdftotext may print each line of a wide title in two pieces (`学习宣传贯彻习近平新` / `时代中国特色`): the
    // next line, cut the same way, starts at the very width of the part's first piece.
    const recut = current !== null && prev === i - 1 && current.length === 2 && i + 1 < lines.length && block.includes(i + 1) &&
      widths[i] === widths[current[0]] && widths[prev] < widths[i] &&
      // (the second piece of each line is as wide as the first one's, or both are remnants of a few characters)
      (widths[i + 1] === widths[prev] || (compact(lines[prev].text).length <= 4 && compact(lines[i + 1].text).length <= 4)) &&
      !/——$/.test(compact(lines[prev].text)) && !/^——/.test(compact(lines[i].text));
    // The second piece of the recut line closes the title too (recut checked it before taking the line).
    const recutTail = current !== null && prev === i - 1 && current.length === 3 && current[2] === current[0] + 2 &&
      widths[current[2]] === widths[current[0]] && widths[current[1]] < widths[current[0]] &&
      (widths[i] === widths[current[1]] || (compact(lines[current[1]].text).length <= 4 && compact(lines[i].text).length <= 4));
    // In a stack of titles one to a line, a subheadline written as a long sentence still wraps over lines of like
    // width, each with commas inside.
    const sentenceInside = (k: number) => { const c = compact(lines[k].text); return c.length >= 16 && /[，、；]/.test(c.slice(0, -1)); };
    // Its last line may be short and without a comma: it ends the sentence the line above left open.
    const sentenceTail = current !== null && current.length >= 2 && sentenceInside(prev) && widths[i] <= widths[prev] &&
      !/[。！？，、；：]$/.test(compact(lines[prev].text));
    const longSentence = current !== null && prev === i - 1 && stacked.has(prev) && stacked.has(i) && sentenceInside(prev) && (sentenceInside(i) && Math.abs(widths[prev] - widths[i]) <= 8 || sentenceTail) &&
      !/——$/.test(compact(lines[prev].text)) && !/^——/.test(compact(lines[i].text));
    // A title set across two columns or more (a long subheadline) fills each of its lines to one measure:
    // lines of that very width, twice the column or wider, are one title wrapping on, and a shorter line after two or
    // more of them is its last line. (Kicker and headline may share a width too, but they fit one or two columns.)
    const fullPrev = current !== null && prev === i - 1 && widths[prev] >= 2 * columnWidth[prev] && compact(lines[prev].text).length >= 24 &&
      !/[。！？]$/.test(compact(lines[prev].text)) && !/——$/.test(compact(lines[prev].text)) && !/^——/.test(compact(lines[i].text));
    const fullMeasure = fullPrev && (widths[i] === widths[prev] ||
      (current.length >= 2 && widths[current[current.length - 2]] === widths[prev] && widths[i] < widths[prev]));
    if ((wrapped || unclosed || runsOn || recut || recutTail || longSentence || fullMeasure) && current) current.push(i);
    else parts.push([i]);
  }
  return parts;
}

/** More opening than closing brackets or quotes. */
function unbalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/[（(《“]/g) > count(/[）)》”]/g);
}
