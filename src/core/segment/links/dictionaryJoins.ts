// Sentence halves told by a dictionary word across the break, where the page's own vocabulary says nothing.
import type { LineRole, PageLine } from '../../model';
import { nonBlankFrom } from '../page/lines';
import type { Lexicon } from '../page/lexicon';
import { chainSimilarity } from '../titles/attach';
import { JOIN_NEAR_LINES } from './joins';
import { breakWords, isPageWord } from './breakWords';
import { unlinkAfter, unlinkBefore } from './chainText';
import type { Piece } from './pieces';

/** How much text (characters) each side of a tie is compared by: about a column's worth of the article. */
const CHAIN_TEXT_CHARS = 600;
/** Least vocabulary shared (bigram cosine), and margin over the runner-up, for a tie between equally long words to be
 * broken (dev pages: minimums 0.05–0.1 and margins 1.1–2 score the same; 0.15 breaks no tie). */
const TIE_MIN_SIMILARITY = 0.08;
const TIE_MARGIN = 1.5;

/**
 * Chinese lines wrap in mid-word, so a sentence broken at a column's foot mostly goes on with the rest of a word
 * (`…历史长河的弹` + `指一瞬。`). The page's own pairs of characters tell this only for words the page prints twice;
 * the segmenter's dictionary knows the rest. An open end linked on to a piece it makes no word with (Han on both
 * sides, neither a dictionary word nor a pair the page uses) is re-linked to a continuation within about a page that
 * makes a dictionary word with it across the break.
 * - Where two continuations complete an equally long word, the continuation whose text shares clearly the most
 *   vocabulary with the open end's article wins; otherwise nothing moves.
 * - Only a continuation left without a predecessor, or one that follows a finished sentence or punctuation, is taken:
 *   a continuation after another Han character may be that sentence's half as well (`…减少` + `政府对…` is a phrase
 *   though no word; `…又清` + `政府…` makes `清政府` by accident).
 * - The longest words go first (`文化遗|产` before `田林|产`: a longer word is the rarer accident).
 * - An open end no earlier pass linked is left to the later passes, whatever word it could make: linked this early
 *   it wins on dev pages (CER 7.67 → 7.10%) but loses on held-out pages nobody tuned on (seeds 3–6: summed CER
 *   196.5 → 211.4%, one page at a time going from 1% to 136%), because a sentence ending on a whole word makes a
 *   longer one by accident with many starts (`…向好发展` + `商过后` makes `发展商`), and a piece left alone under a
 *   title is where the title's article may start.
 * - The pieces a move leaves without a partner are placed by the later passes.
 * - `columnsInOrder`: the page prints its columns in reading order, so a neighbour link is evidence of its own.
 */
export function linkByDictionaryWords(pieces: readonly Piece[], lines: readonly PageLine[], lexicon: Lexicon, next: Map<number, number>,
  prev: Map<number, number>, link: (a: Piece, b: Piece) => void, roles: readonly LineRole[] = [], columnsInOrder = false): void {
  const judge = breakWords(lines, lexicon);
  /** The dictionary word's length across the break, 0 for none. */
  const word = (a: Piece, b: Piece) => judge(a, b).dictionaryLength;
  const titleRightAbove = (p: Piece) => {
    const i = nonBlankFrom(lines, p.lines[0] - 1, -1);
    return i >= 0 && roles[i] === 'headline';
  };
  /** A block that may carry a sentence on: one set full width (or telling nothing), or one opening on a paragraph's
   * last line right under a title (an article never opens on a paragraph's tail: the extractor printed another
   * article's title above the sentence's end). */
  const isContinuation = (p: Piece) => (p.startsOpen !== false || ((p.startsOnTail === true || p.mayStartOnTail === true) && titleRightAbove(p))) &&
    !p.hasDateline && p.forced === null;
  /** Whether `a`'s link on is one the dictionary can judge and finds wordless. */
  const wordlessLink = (a: Piece) => {
    const to = next.get(a.id);
    if (to === undefined) return false;
    const b = pieces[to];
    const w = judge(a, b);
    return b.forced !== 'merge' && w.judgeable && !isPageWord(w) && w.dictionaryLength === 0;
  };
  /** Whether `c` may be taken: no predecessor, or one that leaves no Han character before the break. */
  const isFree = (c: Piece) => {
    const before = prev.get(c.id);
    return before === undefined || !judge(pieces[before], c).judgeable;
  };
  /** `later` is read after `from` in its chain (linking `later` on to `from` would close a loop). */
  const leadsTo = (from: Piece, later: Piece) => {
    for (let k: number | undefined = from.id; k !== undefined; k = next.get(k)) if (k === later.id) return true;
    return false;
  };
  const chainText = (from: number, back: boolean) => {
    let text = '';
    for (let k: number | undefined = from; k !== undefined; k = back ? prev.get(k) : next.get(k)) {
      text += pieces[k].lines.map((i) => lines[i].text).join('');
      if (text.length > CHAIN_TEXT_CHARS) break;
    }
    return text;
  };
  /** Among continuations that each complete an equally long word, the one whose text shares clearly the most
   * vocabulary with the open end's (an article's words recur), or null. */
  const byVocabulary = <T extends { c: Piece }>(a: Piece, tied: readonly T[]): T | null => {
    const own = chainText(a.id, true);
    const scored = tied.map((t) => ({ t, score: chainSimilarity(own, chainText(t.c.id, false)) })).sort((x, y) => y.score - x.score);
    return scored[0].score >= TIE_MIN_SIMILARITY && scored[0].score >= TIE_MARGIN * scored[1].score ? scored[0].t : null;
  };

  const proposals: { a: Piece; c: Piece; length: number }[] = [];
  for (const a of pieces) {
    if (!a.endsOpen || a.closing || !wordlessLink(a)) continue;
    const end = a.lines[a.lines.length - 1];
    const found: { c: Piece; length: number }[] = [];
    const consider = (c: Piece) => {
      if (c.id === next.get(a.id) || !isContinuation(c)) return;
      const length = word(a, c);
      if (length > 0) found.push({ c, length });
    };
    // Pieces are in line order: walk out from the open end both ways while within about a page.
    for (let k = a.id + 1; k < pieces.length && pieces[k].lines[0] - end <= JOIN_NEAR_LINES; k++) consider(pieces[k]);
    for (let k = a.id - 1; k >= 0 && end - pieces[k].lines[0] <= JOIN_NEAR_LINES; k--) consider(pieces[k]);
    if (found.length === 0) continue;
    const longest = Math.max(...found.map((f) => f.length));
    const tied = found.filter((f) => f.length === longest);
    const chosen = tied.length === 1 ? tied[0] : byVocabulary(a, tied);
    if (chosen !== null) proposals.push({ a, ...chosen });
  }
  proposals.sort((x, y) => y.length - x.length);
  const taken = new Set<number>();
  for (const { a, c } of proposals) {
    if (taken.has(c.id) || !wordlessLink(a) || !isFree(c) || leadsTo(c, a)) continue;
    const current = next.get(a.id);
    // Where the extractor prints columns in reading order (blank lines mark only column breaks), a neighbour whose text
    // shares the open article's vocabulary more than the word's continuation does keeps the link: a dictionary word
    // across a break is sometimes an accident (`…想干` + `性进展` makes `干性`).
    if (columnsInOrder && current !== undefined && chainSimilarity(chainText(a.id, true), chainText(current, false)) > chainSimilarity(chainText(a.id, true), chainText(c.id, false))) continue;
    unlinkAfter(next, prev, a.id);
    unlinkBefore(next, prev, c.id);
    link(a, c);
    taken.add(c.id);
  }
}
