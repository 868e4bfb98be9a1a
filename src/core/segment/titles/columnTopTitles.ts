// Titles standing at a column top over text carried on from elsewhere (pdfminer prints each text box apart).
import type { LineRole, PageLine } from '../../model';
import { type HeadlinePart, NEAR_LINES, chainSimilarity } from './attach';
import { PAIR_MIN_SIMILARITY } from '../links/chains';
import type { Piece } from '../links/pieces';
import { BOX_LABELS } from './blocks';
import { HARD_END, balancedMarks, breaksWord, compact, isLetterSpaced, lineBigrams } from '../page/text';

/** Most characters of such a title run (a headline over a subheadline, each at most a column line or so). */
const MAX_TITLE_CHARS = 30;
/** Most characters of one of its lines. */
const MAX_LINE_CHARS = 24;

/** A title run found at a column top, and the line of carried-on text right below it. */
export interface ColumnTopTitle {
  readonly lines: readonly number[];
  readonly below: number;
}

/**
 * Where blank lines part paragraphs, a short line (or two) standing alone with no sentence punctuation is either an
 * article's intertitle (小标题), which heads the paragraph right below it, or a title whose own text the extractor
 * printed elsewhere. The text below tells them apart: when the next line is a full-width line carrying on a sentence
 * begun elsewhere (no paragraph opens there), the run heads no paragraph of its own and is a title. So that it is not
 * a paragraph's broken-off opening line, it must be set short of the column by more than an indent (a line wholly
 * one quotation, `“…，…”`, ends where the quote ends whatever the column), and stand after a finished sentence or no
 * body text at all (a caption, a credit, furniture, the page top).
 * Returns the runs found (their lines are to be read as headlines), each with the first text line below it.
 */
export function columnTopTitles(lines: readonly PageLine[], roles: readonly LineRole[], widths: readonly number[], columnWidth: readonly number[],
  forced: ReadonlySet<number>): ColumnTopTitle[] {
  const found: ColumnTopTitle[] = [];
  let bigrams: ReadonlySet<string> | undefined;
  const isText = (k: number) => !lines[k].blank && roles[k] !== 'marker';
  const wholeQuote = (c: string) => /^“[^“”。！？!?]+”$/.test(c);
  const titleLine = (k: number) => {
    const c = compact(lines[k].text);
    if (roles[k] !== 'body' || forced.has(k) || c.length < 2 || c.length > MAX_LINE_CHARS || BOX_LABELS.has(c) || /^——/.test(c)) return false;
    return wholeQuote(c) || (!/[，。；！？,;!?：:、…]/.test(c) && balancedMarks(c));
  };
  for (let i = 0; i < lines.length; i++) {
    if (!titleLine(i) || (i > 0 && !lines[i - 1].blank && roles[i - 1] !== 'furniture')) continue;
    let end = i;
    if (end + 1 < lines.length && !lines[end + 1].blank && titleLine(end + 1)) end++;
    if (end + 1 < lines.length && !lines[end + 1].blank) { i = end; continue; }
    const run = lines.slice(i, end + 1).map((l) => compact(l.text));
    const total = run.join('').length;
    // Every line short of the column; a single line shorter than a paragraph's indented opening line.
    const short = run.every((_, j) => widths[i + j] <= columnWidth[i + j] - 2) &&
      (end > i || widths[i] <= columnWidth[i] - 5 || wholeQuote(run[0]));
    let p = i - 1;
    while (p >= 0 && !isText(p)) p--;
    let n = end + 1;
    while (n < lines.length && !isText(n)) n++;
    const finishedAbove = p < 0 || roles[p] !== 'body' || HARD_END.test(compact(lines[p].text));
    const carriesOn = n < lines.length && roles[n] === 'body' && !forced.has(n) &&
      (widths[n] >= columnWidth[n] - 2 || isLetterSpaced(lines[n].text));
    // A paragraph's opening line broken off mid-word joins the line below into a word the page uses elsewhere
    // (`…审批制度改` / `革领域…`): the pair of characters across the break stands inside other lines too.
    if (carriesOn && breaksWord(run[run.length - 1], lines[n].text, bigrams ??= lineBigrams(lines))) { i = end; continue; }
    if (total >= 4 && total <= MAX_TITLE_CHARS && short && finishedAbove && carriesOn) found.push({ lines: lines.slice(i, end + 1).map((l) => l.index), below: n });
    i = end;
  }
  return found;
}

/**
 * The text under such a title carries on its own article, whose opening the extractor printed elsewhere: the title
 * was set at the top of the column that article runs on in. Once the title has found its article by evidence (its
 * opening, which states the title's words), the chain right below the title, left without a title of its own, goes
 * to that article's end when the article ends in mid-sentence there.
 */
export function joinUnderTitles(given: readonly Piece[][], givenAttachment: ReadonlyMap<number, HeadlinePart[]>,
  titles: readonly ColumnTopTitle[], textOf: (chain: readonly Piece[]) => string): { chains: Piece[][]; attachment: Map<number, HeadlinePart[]> } {
  const { chains, attachment } = cutBeforeContinuations(given, givenAttachment, titles, textOf);
  // Chains by the line they start on, and the chain each title line is attached to: lookups, not scans, per title.
  const chainAt = new Map<number, number>();
  chains.forEach((chain, k) => chainAt.set(chain[0].lines[0], k));
  const ownerOf = new Map<number, number>();
  for (const [k, parts] of attachment) for (const part of parts) for (const l of part.lines) ownerOf.set(l, k);
  /** Chain below a title → the chain it joins, and the reverse. */
  const joinInto = new Map<number, number>();
  const joinedFrom = new Map<number, number>();
  for (const title of titles) {
    const owner = title.lines.map((l) => ownerOf.get(l)).find((k) => k !== undefined);
    const below = chainAt.get(title.below);
    if (owner === undefined || below === undefined || below === owner || attachment.has(below) || joinInto.has(below)) continue;
    if (joinedFrom.has(owner) || chains[below][0].startsOpen === false) continue;
    if (!chains[owner][chains[owner].length - 1].endsOpen) continue;
    joinInto.set(below, owner);
    joinedFrom.set(owner, below);
  }
  if (joinInto.size === 0) return { chains: chains.map((c) => [...c]), attachment: new Map(attachment) };
  const out: Piece[][] = [];
  const outAttachment = new Map<number, HeadlinePart[]>();
  chains.forEach((chain, k) => {
    if (joinInto.has(k)) return;
    const joined = joinedFrom.get(k);
    const parts = attachment.get(k);
    if (parts) outAttachment.set(out.length, parts);
    // The text below the title carries on the sentence the article left open: no paragraph starts there.
    if (joined !== undefined) chains[joined][0].paraBreakBefore = false;
    out.push(joined === undefined ? [...chain] : [...chain, ...chains[joined]]);
  });
  return { chains: out, attachment: outAttachment };
}

/**
 * A title that found the text right below it carries on an article whose opening stands elsewhere: when that opening
 * is a dateline article left without a title (the one sharing most vocabulary with the text below the title), the
 * place where that article's text was carried on from a sentence left open, across a blank line, to the next text
 * box was a guess the title now overrules: the article is cut after that open sentence and goes on with the text
 * below the title; what followed the cut goes its own way (to the article its words share most with, later).
 */
function cutBeforeContinuations(chains: readonly Piece[][], attachment: ReadonlyMap<number, HeadlinePart[]>, titles: readonly ColumnTopTitle[],
  textOf: (chain: readonly Piece[]) => string): { chains: Piece[][]; attachment: ReadonlyMap<number, HeadlinePart[]> } {
  const out = chains.map((c) => [...c]);
  const chainAt = new Map<number, number>();
  out.forEach((chain, k) => chainAt.set(chain[0].lines[0], k));
  for (const title of titles) {
    const below = chainAt.get(title.below) ?? -1;
    const parts = below >= 0 ? attachment.get(below) : undefined;
    if (!parts || !parts.some((part) => part.lines.some((l) => title.lines.includes(l))) || out[below][0].startsOpen === false) continue;
    if (out[below][0].hasDateline) continue;
    const belowText = textOf(out[below]);
    let best = -1;
    let bestScore = PAIR_MIN_SIMILARITY;
    out.forEach((chain, d) => {
      // Only openings within reach of the title are compared (a huge dump is not searched whole for each title).
      if (d === below || attachment.has(d) || !chain[0].hasDateline || Math.abs(chain[0].lines[0] - title.below) > NEAR_LINES) return;
      const score = chainSimilarity(textOf(chain), belowText);
      if (score > bestScore) { bestScore = score; best = d; }
    });
    if (best < 0) continue;
    const chain = out[best];
    const at = chain.findIndex((p, k) => k + 1 < chain.length && p.endsOpen && chain[k + 1].startsOpen !== false);
    if (at < 0) continue;
    // The opening goes in front of the text below the title, whose first line carries on its open sentence.
    out[below][0].paraBreakBefore = false;
    out[below] = [...chain.slice(0, at + 1), ...out[below]];
    out[best] = chain.slice(at + 1);
    chainAt.delete(title.below);
    chainAt.set(out[below][0].lines[0], below);
    chainAt.set(out[best][0].lines[0], best);
  }
  return { chains: out, attachment };
}
