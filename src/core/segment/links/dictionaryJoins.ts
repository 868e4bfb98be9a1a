// Sentence halves told by a dictionary word across the break, where the page's own vocabulary says nothing.
import type { PageLine } from '../../model';
import type { Lexicon } from '../page/lexicon';
import { compact, isHan } from '../page/text';
import type { Piece } from './pieces';
import { JOIN_NEAR_LINES, joinsWord } from './joins';

/**
 * Chinese lines wrap in mid-word, so a sentence broken at a column's foot mostly goes on with the rest of a word
 * (`…历史长河的弹` + `指一瞬。`). The page's own pairs of characters tell this only for words the page prints twice;
 * the segmenter's dictionary knows the rest. An open end linked on to a piece it makes no word with (Han on both
 * sides, neither a dictionary word nor a pair the page uses), and a continuation within about a page that makes a
 * dictionary word with it across the break, are re-linked, unless the continuation's own link before it makes a word.
 * The longest words go first (`文化遗|产` before `田林|产`: a longer word is the rarer accident), and an open end with
 * two equally long candidates stays. The pieces the moves leave without a partner are placed by the later passes.
 */
export function linkByDictionaryWords(pieces: readonly Piece[], lines: readonly PageLine[], lexicon: Lexicon, next: Map<number, number>,
  prev: Map<number, number>, link: (a: Piece, b: Piece) => void): void {
  const pageWord = joinsWord(lines);
  const lastText = (p: Piece) => compact(lines[p.lines[p.lines.length - 1]].text);
  const firstText = (p: Piece) => compact(lines[p.lines[0]].text);
  const word = (a: Piece, b: Piece) => lexicon.wordAcross(lastText(a), firstText(b));
  const judgeable = (a: Piece, b: Piece) => isHan(lastText(a).slice(-1)) && isHan(firstText(b)[0] ?? '');
  const makesWord = (a: Piece, b: Piece) => pageWord(a, b) || word(a, b) !== null;
  const isContinuation = (p: Piece) => p.startsOpen !== false && !p.hasDateline && p.forced === null;
  /** Whether `a`'s link on is one the dictionary can judge and finds wordless. */
  const wordlessLink = (a: Piece) => {
    const to = next.get(a.id);
    if (to === undefined) return false;
    const b = pieces[to];
    return b.forced !== 'merge' && judgeable(a, b) && !makesWord(a, b);
  };
  /** `later` is read after `from` in its chain (linking `later` on to `from` would close a loop). */
  const leadsTo = (from: Piece, later: Piece) => {
    for (let k: number | undefined = from.id; k !== undefined; k = next.get(k)) if (k === later.id) return true;
    return false;
  };
  const proposals: { a: Piece; c: Piece; length: number }[] = [];
  for (const a of pieces) {
    if (!a.endsOpen || a.closing || !wordlessLink(a)) continue;
    const current = next.get(a.id);
    const end = a.lines[a.lines.length - 1];
    const found: { c: Piece; length: number }[] = [];
    const consider = (c: Piece) => {
      if (c.id === current || !isContinuation(c)) return;
      const w = word(a, c);
      if (w !== null) found.push({ c, length: [...w].length });
    };
    // Pieces are in line order: walk out from the open end both ways while within about a page.
    for (let k = a.id + 1; k < pieces.length && pieces[k].lines[0] - end <= JOIN_NEAR_LINES; k++) consider(pieces[k]);
    for (let k = a.id - 1; k >= 0 && end - pieces[k].lines[0] <= JOIN_NEAR_LINES; k--) consider(pieces[k]);
    found.sort((x, y) => y.length - x.length);
    if (found.length === 0 || (found.length > 1 && found[1].length === found[0].length)) continue;
    proposals.push({ a, ...found[0] });
  }
  proposals.sort((x, y) => y.length - x.length);
  const moved = new Set<number>();
  for (const { a, c } of proposals) {
    if (moved.has(c.id) || !wordlessLink(a)) continue;
    const before = prev.get(c.id);
    if ((before !== undefined && makesWord(pieces[before], c)) || leadsTo(c, a)) continue;
    const current = next.get(a.id);
    if (current !== undefined) {
      next.delete(a.id);
      prev.delete(current);
    }
    if (before !== undefined) {
      next.delete(before);
      prev.delete(c.id);
    }
    link(a, c);
    moved.add(c.id);
  }
}
