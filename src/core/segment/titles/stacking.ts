// Title blocks grown from the title lines found so far, on every page: a title block is printed as a stack of short
// unpunctuated lines (kicker, headline, subheadline) with no blank line inside it, so the lines right above and below
// a title line that have a title's shape and neither open a paragraph nor carry on a sentence join its block.
import type { PageLine } from '../../model';
import type { PageContext } from '../page/context';
import { neighbourRole } from '../page/lines';
import { HARD_END, balancedMarks, breaksWord, compact, lineBigrams } from '../page/text';
import { endsWithRubric } from '../roles/headline';
import { BOX_LABELS } from './blocks';

/**
 * Headlines stacked without blank lines: unpunctuated short lines directly below (or above) a headline line belong
 * to the same title block, as long as they are not a paragraph's opening line running on.
 */
export function stackTitleBlocks(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forcedRole, blankSeparated } = ctx;
  const titleLike = (i: number) => {
    if (roles[i] !== 'body' || forcedRole.has(i) || lines[i].blank) return false;
    const c = compact(lines[i].text);
    if (c.length < 4 || c.length > 40 || /[，。；！？,;!?]/.test(c) || /^[■●▲◆]/.test(c) || BOX_LABELS.has(c)) return false;
    // A column-wide line followed by running text is a paragraph's first line, not a title.
    const next = i + 1 < lines.length && !lines[i + 1].blank && roles[i + 1] === 'body' && /[，。；！？、：]/.test(compact(lines[i + 1].text));
    if (next && widths[i] >= columnWidth[i] - 2 && widths[i] <= columnWidth[i] + 2) return false;
    // A quotation left open and running on into punctuated text is a paragraph's opening, not a title.
    // Nor is a line leaving a bracket open that a full-width line below carries on (`国务院日前发布《关于` / `加快…`).
    const fullBelow = i + 1 < lines.length && !lines[i + 1].blank && roles[i + 1] === 'body' && widths[i + 1] >= columnWidth[i + 1] - 2;
    if (fullBelow && (c.match(/[（(《“]/g) ?? []).length > (c.match(/[）)》”]/g) ?? []).length) return false;
    return !(next && opensQuote(c));
  };
  // A `——` subheadline set wider than the column wraps on, in mid-word, onto a short unpunctuated line below it
  // (`…精品力` / `作不断涌现`): that line is the subheadline's end, not the body's first line.
  let bigrams: ReadonlySet<string> | undefined;
  const wrapsOn = (k: number) => k + 1 < lines.length && widths[k] > columnWidth[k] + 2 && !/[，。；！？、：,.;!?:]$/.test(compact(lines[k].text)) &&
    roles[k + 1] === 'body' && !lines[k + 1].blank && widths[k + 1] < columnWidth[k + 1] * 0.6 && !/[，。；！？、：,.;!?:]/.test(compact(lines[k + 1].text)) &&
    breaksWord(lines[k].text, lines[k + 1].text, bigrams ??= lineBigrams(lines));
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== 'headline') continue;
    // A `——` subheadline is the last part of a title block: what follows it is the body (unless it wraps on, above).
    let j = i + 1;
    // Likewise a title closing on a column rubric (`…（现场）`): only a `——` subheadline may follow it.
    const closesBlock = (k: number) => (opensSubheadline(lines, k) && !wrapsOn(k)) || (endsWithRubric(compact(lines[k].text)) && !/^——/.test(compact(lines[k + 1]?.text ?? '')));
    for (; j < lines.length && titleLike(j) && !closesBlock(j - 1); j++) roles[j] = 'headline';
    // A short question or exclamation set right below a title is a title too (`南方为何出现连阴雨？`).
    if (j < lines.length && isTitleQuestion(ctx, j) && !opensSubheadline(lines, j - 1)) roles[j] = 'headline';
    // Upwards the block reaches a blank line, furniture or — where no blank lines part anything — a finished sentence.
    const blockTop = (j: number) => j === 0 || lines[j - 1].blank || roles[j - 1] === 'furniture' || roles[j - 1] === 'headline' ||
      (!blankSeparated && roles[j - 1] === 'body' && HARD_END.test(compact(lines[j - 1].text)));
    for (let j = i - 1; j >= 0 && titleLike(j) && blockTop(j); j--) roles[j] = 'headline';
    claimTitleRunAbove(ctx, i);
  }
}

/**
 * A short unpunctuated line right next to a headline, before a dateline or a blank line, is part of the title block.
 */
export function joinTitleNeighbours(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forcedRole, continuesSentence, carriesOnInWord } = ctx;
  for (let pass = 0; pass < 2; pass++) {
    for (const line of lines) {
      const i = line.index;
      if (roles[i] !== 'body' || forcedRole.has(i)) continue;
      const c = compact(line.text);
      // A line closing a quotation or bracket it did not open (`进！”`) is the tail of a sentence printed apart.
      if (c.length < 2 || c.length > 60 || /[。，、；：,;:]$/.test(c) || continuesSentence(i) || !balancedMarks(c)) continue;
      const prevRole = neighbourRole(lines, roles, i, -1, true);
      const nextRole = neighbourRole(lines, roles, i, 1);
      if (prevRole === 'headline' && (nextRole === 'dateline' || nextRole === 'blank' || nextRole === 'headline')) roles[i] = 'headline';
      // Standing alone right above a dateline: the title of the article the dateline opens.
      // Not when it fills the column exactly but for a paragraph indent (two cells a side): that is a paragraph's
      // opening line, broken off where the column ran full, read out of place.
      // Nor when it carries on the line above, left open, in mid-word (`数据来源：温州华电实业` / `有限公司`).
      else if (neighbourRole(lines, roles, i, 1, true) === 'dateline' && (i === 0 || lines[i - 1].blank) && c.length >= 4 && c.length <= 40 &&
        !/[，。；！？,;!?]/.test(c) && !BOX_LABELS.has(c) && widths[i] !== columnWidth[i] - 4 && !carriesOnInWord(i)) roles[i] = 'headline';
      else if (nextRole === 'headline' && i > 0 && lines[i - 1].blank && neighbourRole(lines, roles, i, 1, true)) roles[i] = 'headline';
    }
  }
}

/** Whether the line opens with a dash (a `——` subheadline). */
function opensSubheadline(lines: readonly PageLine[], i: number): boolean {
  return /^——/.test(compact(lines[i].text));
}

/**
 * A title sits under a blank line (a column or block top): up to four short lines between that blank line and a
 * title line, with no sentence finished anywhere in them, are the upper part of the title block (a long
 * subheadline wraps with commas, `听取…汇报，/要求确保为企业减负担`).
 */
function claimTitleRunAbove(ctx: PageContext, i: number): void {
  const { lines, roles, forcedRole } = ctx;
  let top = i;
  while (top - 1 >= 0 && i - top < 4 && roles[top - 1] === 'body' && !forcedRole.has(top - 1) && !lines[top - 1].blank) top--;
  if (top === i || (top > 0 && !lines[top - 1].blank)) return;
  const run = lines.slice(top, i).map((l) => compact(l.text));
  if (run.some((c) => c.length < 2 || c.length > 40 || /[。！？!?；;]/.test(c) || !balancedMarks(c))) return;
  for (let k = top; k < i; k++) roles[k] = 'headline';
}

/** A short question or exclamation shaped like a title, still a body line. */
function isTitleQuestion(ctx: PageContext, i: number): boolean {
  const { lines, roles, forcedRole } = ctx;
  const c = compact(lines[i].text);
  return roles[i] === 'body' && !forcedRole.has(i) && !lines[i].blank && c.length >= 4 && c.length <= 20 &&
    /[？！?!]$/.test(c) && !/[，。；,;：:]/.test(c) && balancedMarks(c);
}

/** Whether the text opens more quotations than it closes. */
function opensQuote(c: string): boolean {
  return (c.match(/[“「『]/g) ?? []).length > (c.match(/[”」』]/g) ?? []).length;
}
