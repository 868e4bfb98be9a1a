// Headline ↔ body attachment: each headline block goes to the article chain with the best evidence (shared words,
// position before or after the body, a dateline opening the body). The segmenter is an optional extra signal.
import type { PageLine } from '../../model';
import type { Segmenter } from '../../segmenter/segmenter';
import type { Piece } from '../links/pieces';
import { endsWithRubric } from '../roles/headline';
import { bigramCoverage, compact, hanBigrams, isLetterSpaced } from '../page/text';

/** How far apart (in lines) a title and a body may lie: more than any page, so only huge multi-page dumps are cut. */
export const NEAR_LINES = 1500;

/** Set similarity of two texts' Han bigrams (cosine over sets), 0…1. */
export function chainSimilarity(a: string, b: string): number {
  const x = hanBigrams(a);
  const y = hanBigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / Math.sqrt(x.size * y.size);
}

/**
 * How much of a headline's vocabulary the body uses: Han-bigram coverage, with word coverage as a minor signal when a
 * segmenter is loaded (measured on the dev corpus, words weighted any higher made attachment worse: bigrams already
 * catch the shared words, and jieba's many short common words add noise).
 */
export function headlineEvidence(headline: string, body: string, segmenter: Segmenter | null): number {
  const bigram = bigramCoverage(hanBigrams(headline), hanBigrams(body));
  if (!segmenter) return bigram;
  const words = segmenter.cut(compact(headline)).filter((w) => /[\u4e00-\u9fff]{2,}/.test(w));
  if (words.length === 0) return bigram;
  const found = words.filter((w) => body.includes(w)).length;
  return bigram * 0.8 + (found / words.length) * 0.2;
}

/** One headline part (a line or a wrapped group of lines) and the headline block it was printed in. */
export interface HeadlinePart {
  readonly lines: readonly number[];
  readonly block: number;
  /** Parts of one block that print one article's titles share a group (a kicker with the main title after it). */
  readonly group: number;
  /** The part's own text when it is one of several titles printed side by side on one line. */
  readonly text?: string;
}

/** A part's text as printed (its lines joined by line breaks, or its own piece of a shared line). */
export function partText(part: HeadlinePart, lines: readonly PageLine[]): string {
  return part.text ?? part.lines.map((i) => lines[i].text).join('\n');
}

/**
 * How far a part's best claim must lead its second best to go first (evidence 1 is all of a title's words found).
 * Dev corpus: 0.9–1.0 score alike, 0.8 loses a title.
 */
const CLEAR_LEAD = 1;

/** Weight of a `——` subheadline's own evidence beside a main title (dev corpus: 0.5–0.7 score the same, 0.3 loses). */
const DASH_SUB_WEIGHT = 0.6;
/** How far above a title a piece must end for the text under the title carrying it on to count as read out of order. */
const FAR_LINES = 30;
/** Least evidence for a title printed beside others to count as pointing to a body of its own. */
const ROW_MIN_EVIDENCE = 0.5;
/** Least evidence for the end titles of a row to point to the texts right above and below it. */
const ROW_NEIGHBOUR_EVIDENCE = 0.3;

/**
 * Splits lines that print several articles' titles side by side (pdftotext -raw prints a row of titles as one line,
 * set apart by spaces) into one part per title. Parallel phrases of one title (`完善责任制 用好监督权`) are printed the
 * same way, so a row is split only on evidence: a piece closing on a column rubric with more text after it (the
 * rubric ends a title), or two pieces whose words point to different bodies.
 */
export function splitTitleRows(parts: readonly HeadlinePart[], chainText: readonly string[], lines: readonly PageLine[],
  segmenter: Segmenter | null, firstGroup: number, chainLines: readonly { first: number; last: number }[] = []): HeadlinePart[] {
  let group = firstGroup;
  return parts.flatMap((part) => {
    if (part.lines.length !== 1 || part.text !== undefined) return [part];
    const raw = lines[part.lines[0]].text.trim();
    const pieces = raw.split(/[ \u3000]+/);
    if (pieces.length < 2 || isLetterSpaced(raw) || pieces.some((t) => compact(t).length < 2)) return [part];
    const rubricInside = pieces.slice(0, -1).some((t) => endsWithRubric(compact(t)));
    let split = rubricInside;
    if (!split) {
      const owners = new Set<number>();
      for (const piece of pieces) {
        // A name of two or three characters (`北京`) is found in any body: only a phrase is evidence.
        if (compact(piece).length < 4) continue;
        let best = -1;
        let bestScore = ROW_MIN_EVIDENCE;
        chainText.forEach((text, c) => {
          // A huge dump (many pages in one file) only compares what lies nearby.
          const span = chainLines[c];
          if (span && (span.first - part.lines[0] > NEAR_LINES || part.lines[0] - span.last > NEAR_LINES)) return;
          const score = headlineEvidence(piece, text, segmenter);
          if (score >= bestScore) { best = c; bestScore = score; }
        });
        if (best >= 0) owners.add(best);
      }
      split = owners.size >= 2;
    }
    // A row too long for parallel phrases of one title, where one piece's words fill a body that holds none of
    // another's (`某地脐橙采销忙 某基金会专项基金启动`): a photo's title printed beside an article's.
    // (Spaces inside a rubric's brackets, `（守初心 担使命）`, part no titles.)
    const balanced = pieces.every((piece) => (piece.match(/[（(]/g) ?? []).length === (piece.match(/[）)]/g) ?? []).length);
    if (!split && balanced && compact(raw).length > 24) {
      const evidence = pieces.map((piece) => chainText.map((text) => headlineEvidence(piece, text, segmenter)));
      split = evidence.some((own) => own.some((score, c) => score >= ROW_MIN_EVIDENCE &&
        evidence.some((other, k) => other !== own && compact(pieces[k]).length >= 4 && other[c] < 0.1)));
    }
    // A row printed between two articles (pdftotext -raw prints a title row where the columns meet): its first title
    // shares words with the text right above, its last with the text right below, each more than with the other.
    if (!split && chainLines.length === chainText.length) {
      const line = part.lines[0];
      let above = -1;
      let below = -1;
      chainLines.forEach((span, c) => {
        if (span.last < line && (above < 0 || span.last > chainLines[above].last)) above = c;
        if (span.first > line && (below < 0 || span.first < chainLines[below].first)) below = c;
      });
      if (above >= 0 && below >= 0 && above !== below) {
        const first = pieces[0];
        const last = pieces[pieces.length - 1];
        const firstAbove = headlineEvidence(first, chainText[above], segmenter);
        const lastBelow = headlineEvidence(last, chainText[below], segmenter);
        split = compact(first).length >= 4 && compact(last).length >= 4 && firstAbove >= ROW_NEIGHBOUR_EVIDENCE && lastBelow >= ROW_NEIGHBOUR_EVIDENCE &&
          firstAbove > headlineEvidence(first, chainText[below], segmenter) && lastBelow > headlineEvidence(last, chainText[above], segmenter);
      }
    }
    if (!split) return [part];
    return pieces.map((text) => ({ lines: part.lines, block: part.block, group: group++, text }));
  });
}

/**
 * Attaches headline parts to article chains, best evidence first. A chain takes parts from one block only (its
 * kicker, headline and subheadline sit together), so a block that stacks several articles' titles — as some
 * extractors emit them — is shared out. `blocksOutOfOrder`: the page's text blocks are set apart by blank lines and
 * may be read before their title. Returns, for each chain index, its parts in source order.
 */
export function attachHeadlines(parts: readonly HeadlinePart[], chains: readonly Piece[][], chainText: readonly string[],
  lines: readonly PageLine[], segmenter: Segmenter | null, blocksOutOfOrder = false): Map<number, HeadlinePart[]> {
  // Pieces sorted by their first and by their last line, so the body nearest a headline is a binary search away
  // (a linear scan per headline made a many-page dump quadratic).
  const starts = chains.flatMap((chain, c) => chain.map((p, k) => ({ chain: c, isHead: k === 0, line: p.lines[0],
    previousEnd: k > 0 ? chain[k - 1].lines[chain[k - 1].lines.length - 1] : -1 })))
    .sort((a, b) => a.line - b.line);
  const ends = chains.flatMap((chain, c) => chain.map((p) => ({ chain: c, line: p.lines[p.lines.length - 1] })))
    .sort((a, b) => a.line - b.line);
  const firstBodyAfter = (line: number) => starts[firstIndexAbove(starts, line)] ?? null;
  const lastBodyBefore = (line: number) => ends[firstIndexAbove(ends, line - 1) - 1] ?? null;
  // Position evidence is about the whole block: the body right after it, the body right before it.
  const blockLines = new Map<number, number[]>();
  for (const part of parts) blockLines.set(part.block, [...(blockLines.get(part.block) ?? []), ...part.lines]);
  // On a page every chain is a candidate; a huge dump (many pages in one file) only compares what lies nearby.
  const spans = chains.map((chain) => {
    const all = chain.flatMap((p) => p.lines);
    return { first: Math.min(...all), last: Math.max(...all) };
  });
  const candidates: { score: number; part: HeadlinePart; chain: number }[] = [];
  for (const part of parts) {
    const all = blockLines.get(part.block) ?? [...part.lines];
    const headline = partText(part, lines);
    const after = firstBodyAfter(Math.max(...all));
    const before = lastBodyBefore(Math.min(...all));
    // A `——` subheadline under a main title in its block often names the event several articles report (`——…论坛见闻`):
    // its words point to the article less surely than the main title's, which leads its group.
    const dashSub = /^——/.test(compact(headline)) && all.length > part.lines.length;
    // Where every block of text is set apart by blank lines (the extractor reads the page box by box, in an order of
    // its own), text right under a title carrying on a sentence from far off is the title's article, its first blocks
    // read before the title. (Elsewhere a title at a column's top sits over another article's text running on; the
    // sentence it carries on is then right above the title.) Judged once per part, not per chain.
    const opensHere = after !== null && (after.isHead || (blocksOutOfOrder && before !== null && after.previousEnd !== before.line &&
      after.previousEnd < Math.min(...all) - FAR_LINES && onlyBlanksBetween(lines, Math.max(...part.lines), after.line)));
    chains.forEach((chain, c) => {
      if (spans[c].first - part.lines[0] > NEAR_LINES || part.lines[0] - spans[c].last > NEAR_LINES) return;
      let score = headlineEvidence(headline, chainText[c], segmenter) * (dashSub ? DASH_SUB_WEIGHT : 1);
      // A title is printed right above the body it opens: that weighs about as much as all of its words found in
      // another article's text (extractors that print a page block by block leave fragments of other articles, whose
      // words a short title shares by chance). Dev corpus: 0.55–0.6 for a plain body and 0.6–0.7 over a dateline
      // score the same, 0.3–0.45 and 0.75 or more lose articles.
      if (after && after.chain === c && opensHere) score += chain[0].hasDateline ? 0.65 : 0.55;
      else if (after && after.chain === c) score += 0.05;
      if (before && before.chain === c) score += chain[chain.length - 1].lines.includes(before.line) ? 0.15 : 0.05;
      candidates.push({ score, part, chain: c });
    });
  }
  // A part whose claim on one body leads its claim on any other by a whole title's words goes first. Where two title
  // blocks stand stacked over one body, both get the place right above it; the one that can only be that body's title
  // takes it, and the other goes to its own body further off (which it may share fewer words with than with this one).
  const topTwo = new Map<HeadlinePart, readonly [number, number]>();
  for (const { score, part } of candidates) {
    const [first, second] = topTwo.get(part) ?? [0, 0];
    topTwo.set(part, score > first ? [score, first] : [first, Math.max(second, score)]);
  }
  const priority = (c: { score: number; part: HeadlinePart }) => {
    const [first, second] = topTwo.get(c.part) ?? [0, 0];
    const lead = c.score >= first ? c.score - second : 0;
    return c.score + (lead >= CLEAR_LEAD ? lead : 0);
  };
  candidates.sort((a, b) => priority(b) - priority(a));
  const result = new Map<number, HeadlinePart[]>();
  const used = new Set<HeadlinePart>();
  const blockSize = new Map<number, number>();
  const partsOfBlock = new Map<number, HeadlinePart[]>();
  for (const part of parts) partsOfBlock.set(part.block, [...(partsOfBlock.get(part.block) ?? []), part]);
  for (const part of parts) blockSize.set(part.block, (blockSize.get(part.block) ?? 0) + 1);
  for (const { score, part, chain } of candidates) {
    if (score < 0.25 || used.has(part)) continue;
    const taken = result.get(chain);
    // A kicker leading into its title with a dash (`某某——`), set apart in a block of its own, joins the title's
    // article when its words point there: pdftotext prints it away from the title it leads into.
    const isLeadIn = (p: HeadlinePart) => (blockSize.get(p.block) ?? 0) === 1 && /——$/.test(compact(partText(p, lines)));
    const leadIn = taken !== undefined && taken.length < 3 && (isLeadIn(part) ? taken.every((t) => !isLeadIn(t) && t.lines[0] > part.lines[0])
      : taken.every((t) => isLeadIn(t) && t.lines[0] < part.lines[0]));
    if (taken && !leadIn && (taken[0].block !== part.block || taken.length >= 3)) continue;
    // The titles of a row split apart are different articles' titles.
    if (taken && part.text !== undefined && taken.some((t) => t.text !== undefined && t.lines[0] === part.lines[0])) continue;
    // A block of one or two parts is one article's titles (kicker and headline, or headline and subheadline): they go
    // together. Only taller stacks are shared out between articles, and the titles of a row split apart.
    const inBlock = partsOfBlock.get(part.block) ?? [];
    const together = (blockSize.get(part.block) ?? 0) <= 2 && part.text === undefined ? inBlock.filter((p) => !used.has(p))
      : inBlock.filter((p) => p.group === part.group && !used.has(p));
    result.set(chain, [...(taken ?? []), ...together]);
    for (const p of together) used.add(p);
  }
  for (const list of result.values()) list.sort((a, b) => a.lines[0] - b.lines[0]);
  return result;
}

function onlyBlanksBetween(lines: readonly PageLine[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (!lines[k].blank) return false;
  return true;
}

/** Index of the first entry whose line is greater than `line` in entries sorted by line (entries.length if none). */
function firstIndexAbove(entries: readonly { readonly line: number }[], line: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entries[mid].line > line) high = mid;
    else low = mid + 1;
  }
  return low;
}
