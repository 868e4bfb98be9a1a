// Paragraph openings printed apart from the text they lead into, each left alone with its sentence open.
import type { PageLine } from '../../model';
import type { Lexicon } from '../page/lexicon';
import { pieceText } from '../page/lines';
import { chainSimilarity } from '../titles/attach';
import { JOIN_NEAR_LINES } from './joins';
import { breakWords, isWordless } from './breakWords';
import type { Piece } from './pieces';

/** Least vocabulary a late opening and its continuation's first block share (bigram cosine): the two halves of one
 * paragraph name the same things (dev: 0.19 and 0.22 where right, under 0.06 with the other article's blocks). */
const OPENING_MIN_SIMILARITY = 0.15;
/** How many times the runner-up's similarity (either side's) the pair's must be. */
const OPENING_MARGIN = 2;

/**
 * pdfminer prints a column's boxes in an order of its own: a paragraph's short opening block (indented, its sentence
 * left open) may come out after the article's last line, apart from the block it leads into, which then stands
 * alone starting in mid-sentence (set full width). When every other pass is done, an opening and a continuation both
 * left alone (nothing before the continuation, nothing on either side of the opening) that are each other's clear
 * first choice by the vocabulary of the two blocks are one paragraph's halves, unless the break between them meets
 * at a word boundary (Han on both sides, no word by the page's pairs or the dictionary).
 */
export function linkLateOpenings(pieces: readonly Piece[], lines: readonly PageLine[], lexicon: Lexicon | null, next: Map<number, number>,
  prev: Map<number, number>, link: (a: Piece, b: Piece) => void): void {
  const judge = breakWords(lines, lexicon);
  const openings = pieces.filter((p) => p.startsOpen === false && p.endsOpen && !p.closing && !p.hasDateline && !prev.has(p.id) && !next.has(p.id));
  if (openings.length === 0) return;
  const isContinuation = (p: Piece) => p.startsOpen === true && !p.hasDateline && p.forced === null && !prev.has(p.id);
  type Pair = { a: Piece; b: Piece; score: number };
  // Each side's first and second choice.
  const topOf = new Map<Piece, Pair[]>();
  const offer = (p: Piece, pair: Pair) => {
    const top = topOf.get(p) ?? [];
    top.push(pair);
    top.sort((x, y) => y.score - x.score);
    topOf.set(p, top.slice(0, 2));
  };
  const pairs: Pair[] = [];
  for (const a of openings) {
    const aEnd = a.lines[a.lines.length - 1];
    const aText = pieceText(a, lines);
    // Pieces are in line order: walk out from the opening both ways while within about a page.
    const consider = (b: Piece) => {
      if (!isContinuation(b)) return;
      const pair = { a, b, score: chainSimilarity(aText, pieceText(b, lines)) };
      pairs.push(pair);
      offer(a, pair);
      offer(b, pair);
    };
    for (let k = a.id + 1; k < pieces.length && pieces[k].lines[0] - aEnd <= JOIN_NEAR_LINES; k++) consider(pieces[k]);
    for (let k = a.id - 1; k >= 0 && aEnd - pieces[k].lines[0] <= JOIN_NEAR_LINES; k--) consider(pieces[k]);
  }
  for (const pair of pairs) {
    if (pair.score < OPENING_MIN_SIMILARITY || isWordless(judge(pair.a, pair.b))) continue;
    const ofA = topOf.get(pair.a) ?? [];
    const ofB = topOf.get(pair.b) ?? [];
    if (ofA[0] !== pair || ofB[0] !== pair) continue;
    const runnerUp = Math.max(ofA[1]?.score ?? 0, ofB[1]?.score ?? 0);
    if (pair.score < OPENING_MARGIN * runnerUp || prev.has(pair.b.id) || next.has(pair.a.id)) continue;
    link(pair.a, pair.b);
  }
}
