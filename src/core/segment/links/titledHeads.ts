// Where a paragraph opening printed at a chain's end leads: into a title's own block that starts in mid-sentence.
import type { LineRole, PageLine } from '../../model';
import { chainSimilarity } from '../titles/attach';
import type { Piece } from './pieces';

/** Least shared vocabulary (bigram cosine) between the opening's chain and the titled block's chain: on the dev pages
 * the right block scores about twice its runners-up, and with no right block on the page the best scores near 0. */
const TITLED_MIN_SCORE = 0.08;

/** Whether the first non-blank line above the piece is a title line: the block printed right under a title. */
export function isUnderTitle(piece: Piece, lines: readonly PageLine[], roles: readonly LineRole[]): boolean {
  for (let i = piece.lines[0] - 1; i >= 0; i--) {
    if (lines[i].text.trim() === '') continue;
    return roles[i] === 'headline';
  }
  return false;
}

/**
 * An article opens on a paragraph's first line or a dateline, not in mid-sentence: a block right under a title that
 * starts in mid-sentence carries on an open end printed elsewhere (pdfminer prints a column's boxes out of order).
 * A chain that ends on a paragraph opening left open (`opening`) is read round (its opening put in front of its
 * `head`) only where no such titled block takes the opening: where one does, and shares the chain's words, the opening
 * leads into it (its title is the article's) and the chain's head, printed under no title, stays where it is.
 * Returns that titled block, or undefined.
 */
export function titledContinuation(head: Piece, opening: Piece, pieces: readonly Piece[], lines: readonly PageLine[],
  roles: readonly LineRole[], prev: ReadonlyMap<number, number>, textOfChain: (head: number) => string): Piece | undefined {
  if (isUnderTitle(head, lines, roles) || !opening.endsOpen) return undefined;
  const text = textOfChain(head.id);
  let best: Piece | undefined;
  let bestScore = TITLED_MIN_SCORE;
  for (const b of pieces) {
    if (b === head || b.startsOpen !== true || b.hasDateline || b.forced === 'article' || prev.has(b.id)) continue;
    if (!isUnderTitle(b, lines, roles)) continue;
    const score = chainSimilarity(text, textOfChain(b.id));
    if (score >= bestScore) { best = b; bestScore = score; }
  }
  return best;
}
