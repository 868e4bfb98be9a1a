// One judgement of whether two halves make a word across a break, shared by every pass that links sentence halves.
import type { PageLine } from '../../model';
import type { Lexicon } from '../page/lexicon';
import { compact, hanPairCounts, isHan } from '../page/text';
import type { Piece } from './pieces';

/**
 * What a sentence's end and a continuation's start make across the break. Chinese lines wrap in mid-word, so the two
 * halves of one sentence mostly complete a word there; two unrelated blocks mostly meet at a word boundary. Two sources
 * tell it: the page's own pairs of characters (a word the article prints elsewhere) and, with a segmenter loaded, its
 * dictionary (a word printed only once, across this break).
 */
export interface BreakWord {
  /** Han characters on both sides: only then can a pair of characters or a dictionary tell anything. */
  readonly judgeable: boolean;
  /** How often the page prints the pair of characters the break makes (0 where not judgeable). */
  readonly pageCount: number;
  /** That count's share of the pairs the rarer of the two characters makes: a character found everywhere makes common
   * pairs with anything, so a pair counts where it is a word of the page, not a chance meeting. */
  readonly pageShare: number;
  /** The dictionary word spanning the break (characters), 0 for none or without a segmenter. */
  readonly dictionaryLength: number;
  /** How many of that word's characters stand before the break (0 for none). */
  readonly dictionaryBefore: number;
}

/** How often the page must print a pair, and how large its share must be, for the pair to be a word of the page (dev
 * pages: the right exchanges have shares of 0.18–1, the one wrong exchange 0.06). */
const PAGE_WORD_MIN_COUNT = 2;
const PAGE_WORD_MIN_SHARE = 0.15;

/** A pair of characters the page prints as a word of its own. */
export function isPageWord(w: BreakWord): boolean {
  return w.pageCount >= PAGE_WORD_MIN_COUNT && w.pageShare >= PAGE_WORD_MIN_SHARE;
}

/** A pair the page prints at least once elsewhere (weak evidence: may be a chance meeting). */
export function pageUsesPair(w: BreakWord): boolean {
  return w.pageCount >= 1;
}

/** Weakest evidence: a pair the page prints at least once, or a dictionary word (enough where the layout already
 * points to one continuation). */
export function mayMakeWord(w: BreakWord): boolean {
  return pageUsesPair(w) || isDictionaryWord(w);
}

/** A dictionary word spans the break. */
export function isDictionaryWord(w: BreakWord): boolean {
  return w.dictionaryLength >= 2;
}

/** The halves make a word by either source: the page's own, or the dictionary's. */
export function makesWord(w: BreakWord): boolean {
  return isPageWord(w) || isDictionaryWord(w);
}

/** Han on both sides and no word by either source, not even a pair the page prints once: the halves meet at a word
 * boundary. */
export function isWordless(w: BreakWord): boolean {
  return w.judgeable && w.pageCount === 0 && w.dictionaryLength === 0;
}

/** How strongly the halves make a word, comparable between breaks: a page word outranks a dictionary word (the
 * article's own vocabulary), a longer dictionary word a shorter one (the rarer accident); 0 for none. */
export function wordEvidence(w: BreakWord): number {
  if (isPageWord(w)) return 10 + w.dictionaryLength;
  return isDictionaryWord(w) ? w.dictionaryLength : 0;
}

/** The page's judgement of breaks between pieces (memoized per page and lexicon: several passes ask about many breaks). */
export function breakWords(lines: readonly PageLine[], lexicon: Lexicon | null): (a: Piece, b: Piece) => BreakWord {
  const judge = lineBreakWords(lines, lexicon);
  let byPieces = pieceJudges.get(judge);
  if (!byPieces) {
    byPieces = (a, b) => judge(a.lines[a.lines.length - 1], b.lines[0]);
    pieceJudges.set(judge, byPieces);
  }
  return byPieces;
}
const pieceJudges = new WeakMap<(endLine: number, startLine: number) => BreakWord, (a: Piece, b: Piece) => BreakWord>();

/** The same judgement of a break between one line's end and another line's start. */
export function lineBreakWords(lines: readonly PageLine[], lexicon: Lexicon | null): (endLine: number, startLine: number) => BreakWord {
  let byLexicon = judgesByPage.get(lines);
  if (!byLexicon) {
    byLexicon = new Map();
    judgesByPage.set(lines, byLexicon);
  }
  let judge = byLexicon.get(lexicon);
  if (!judge) {
    judge = judgeBreaks(lines, lexicon);
    byLexicon.set(lexicon, judge);
  }
  return judge;
}
const judgesByPage = new WeakMap<readonly PageLine[], Map<Lexicon | null, (endLine: number, startLine: number) => BreakWord>>();

const UNJUDGEABLE: BreakWord = { judgeable: false, pageCount: 0, pageShare: 0, dictionaryLength: 0, dictionaryBefore: 0 };

function judgeBreaks(lines: readonly PageLine[], lexicon: Lexicon | null): (endLine: number, startLine: number) => BreakWord {
  const counts = hanPairCounts(lines);
  const asFirst = new Map<string, number>();
  const asSecond = new Map<string, number>();
  for (const [pair, n] of counts) {
    asFirst.set(pair[0], (asFirst.get(pair[0]) ?? 0) + n);
    asSecond.set(pair[1], (asSecond.get(pair[1]) ?? 0) + n);
  }
  // A break is between one line's end and another's start: judged once per pair of lines.
  const known = new Map<number, BreakWord>();
  const judgeLines = (endLine: number, startLine: number): BreakWord => {
    const before = compact(lines[endLine].text);
    const after = compact(lines[startLine].text);
    const x = before.length > 0 ? before[before.length - 1] : '';
    const y = after[0] ?? '';
    if (!isHan(x) || !isHan(y)) return UNJUDGEABLE;
    const pageCount = counts.get(x + y) ?? 0;
    const pageShare = pageCount / Math.max(1, Math.min(asFirst.get(x) ?? 0, asSecond.get(y) ?? 0));
    const word = lexicon ? lexicon.wordAcross(before, after) : null;
    return { judgeable: true, pageCount, pageShare, dictionaryLength: word === null ? 0 : [...word].length,
      dictionaryBefore: word === null ? 0 : charactersBefore(word, before, after) };
  };
  return (endLine, startLine) => {
    const key = endLine * lines.length + startLine;
    let w = known.get(key);
    if (!w) {
      w = judgeLines(endLine, startLine);
      known.set(key, w);
    }
    return w;
  };
}


/** How many of `word`'s characters end `before` (the rest starting `after`): the word's cut at the break. */
function charactersBefore(word: string, before: string, after: string): number {
  const chars = [...word];
  for (let k = chars.length - 1; k >= 1; k--) if (before.endsWith(chars.slice(0, k).join('')) && after.startsWith(chars.slice(k).join(''))) return k;
  return 0;
}

/** A dictionary word of which the open end holds only the last character (`…教育公` + `平且…` makes `公平`): the end
 * leaves a character that reads as no word by itself, so the sentence surely goes on with the rest of that word. (An end
 * holding a whole word of its own, `…向好发展` + `商过后` making `发展商`, finishes its word and meets the longer one by
 * accident.) */
export function completesDanglingCharacter(w: BreakWord): boolean {
  return isDictionaryWord(w) && w.dictionaryBefore === 1;
}
