// Headline ↔ body attachment: each headline block goes to the article chain with the best evidence (shared words,
// position before or after the body, a dateline opening the body). The segmenter is an optional extra signal.
import type { PageLine } from '../model';
import type { Segmenter } from '../segmenter/segmenter';
import type { Piece } from './pieces';
import { bigramCoverage, compact, hanBigrams } from './text';

/** Set similarity of two texts' Han bigrams (cosine over sets), 0…1. */
export function chainSimilarity(a: string, b: string): number {
  const x = hanBigrams(a);
  const y = hanBigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / Math.sqrt(x.size * y.size);
}

/** How much of a headline's vocabulary the body uses: bigram coverage, averaged with word coverage when a segmenter is loaded. */
export function headlineEvidence(headline: string, body: string, segmenter: Segmenter | null): number {
  const bigram = bigramCoverage(hanBigrams(headline), hanBigrams(body));
  if (!segmenter) return bigram;
  const words = segmenter.cut(compact(headline)).filter((w) => /[\u4e00-\u9fff]{2,}/.test(w));
  if (words.length === 0) return bigram;
  const found = words.filter((w) => body.includes(w)).length;
  return (bigram + found / words.length) / 2;
}

/** Returns, for each chain index, the headline block (line indexes) attached to it. */
export function attachHeadlines(blocks: readonly number[][], chains: readonly Piece[][], chainText: readonly string[],
  _pieces: readonly Piece[], lines: readonly PageLine[], segmenter: Segmenter | null): Map<number, number[]> {
  const firstBodyAfter = (line: number) => {
    let best: { chain: number; isHead: boolean; line: number } | null = null;
    chains.forEach((chain, c) => chain.forEach((p, k) => {
      const first = p.lines[0];
      if (first > line && (!best || first < best.line)) best = { chain: c, isHead: k === 0, line: first };
    }));
    return best as { chain: number; isHead: boolean; line: number } | null;
  };
  const lastBodyBefore = (line: number) => {
    let best: { chain: number; line: number } | null = null;
    chains.forEach((chain, c) => chain.forEach((p) => {
      const last = p.lines[p.lines.length - 1];
      if (last < line && (!best || last > best.line)) best = { chain: c, line: last };
    }));
    return best as { chain: number; line: number } | null;
  };
  const candidates: { score: number; block: number[]; chain: number }[] = [];
  for (const block of blocks) {
    const headline = block.map((i) => lines[i].text).join('');
    const after = firstBodyAfter(block[block.length - 1]);
    const before = lastBodyBefore(block[0]);
    chains.forEach((chain, c) => {
      let score = headlineEvidence(headline, chainText[c], segmenter);
      if (after && after.chain === c && after.isHead) score += chain[0].hasDateline ? 0.45 : 0.3;
      else if (after && after.chain === c) score += 0.05;
      if (before && before.chain === c) score += chain[chain.length - 1].lines.includes(before.line) ? 0.15 : 0.05;
      candidates.push({ score, block, chain: c });
    });
  }
  candidates.sort((a, b) => b.score - a.score);
  const result = new Map<number, number[]>();
  const used = new Set<number[]>();
  for (const { score, block, chain } of candidates) {
    if (score < 0.25 || used.has(block) || result.has(chain)) continue;
    result.set(chain, block);
    used.add(block);
  }
  return result;
}
