// Dictionary words across a break: the word segmenter's dictionary as evidence that two halves belong together.
import type { Segmenter } from '../../segmenter/segmenter';
import { wordAcrossJoin } from '../../segmenter/wordAcross';
import { isHan } from './text';

/** How many characters each side of a break the dictionary looks at: the longest words it joins there are idioms. */
const WINDOW_CHARS = 4;

/** Words of the language, asked about one break at a time. */
export interface Lexicon {
  /**
   * The dictionary word that spans the break between `before` (text ending at the break) and `after` (text starting
   * there) when the two are read as one (`…历史长河的弹` + `指一瞬` makes `弹指`), or null: the best cut of the few
   * characters around the break puts a word boundary there. Only Han characters on both sides can tell.
   */
  wordAcross(before: string, after: string): string | null;
}

/** The lexicon of a loaded segmenter (its dictionary, without guessing unknown words), or null without one. */
export function lexiconOf(segmenter: Segmenter | null): Lexicon | null {
  if (!segmenter) return null;
  let lexicon = lexicons.get(segmenter);
  if (!lexicon) {
    lexicon = { wordAcross: (before, after) => wordAcross(segmenter, before, after) };
    lexicons.set(segmenter, lexicon);
  }
  return lexicon;
}
const lexicons = new WeakMap<Segmenter, Lexicon>();

function wordAcross(segmenter: Segmenter, before: string, after: string): string | null {
  // (Sliced before spreading into code points: a line may be 100 000 characters long.)
  const left = [...before.slice(-2 * WINDOW_CHARS)].slice(-WINDOW_CHARS).join('');
  const right = [...after.slice(0, 2 * WINDOW_CHARS)].slice(0, WINDOW_CHARS).join('');
  if (left.length === 0 || right.length === 0 || !isHan(left.slice(-1)) || !isHan(right[0])) return null;
  return wordAcrossJoin(segmenter, left, right);
}
