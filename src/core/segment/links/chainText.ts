// The text of a chain of pieces read back from a piece or on from it, as the link passes compare chains' vocabulary.
import type { PageLine } from '../../model';
import { pieceText } from '../page/lines';
import type { Piece } from './pieces';

export interface ChainReader {
  /** The chain's text up to and including the piece, as far back as the window reaches (whole pieces). */
  upTo(id: number): string;
  /** The chain's text from the piece on, as far as the window reaches (whole pieces). */
  from(id: number): string;
}

/** Reads chains through the current links; `window` (characters) bounds how much is read each way. */
export function chainReader(pieces: readonly Piece[], lines: readonly PageLine[], next: ReadonlyMap<number, number>, prev: ReadonlyMap<number, number>,
  window = Number.POSITIVE_INFINITY): ChainReader {
  const textOf = (p: Piece) => pieceText(p, lines);
  return {
    upTo(id) {
      const parts: string[] = [];
      let length = 0;
      for (let k: number | undefined = id; k !== undefined && length < window; k = prev.get(k)) {
        const text = textOf(pieces[k]);
        parts.push(text);
        length += text.length;
      }
      return parts.reverse().join('');
    },
    from(id) {
      let out = '';
      for (let k: number | undefined = id; k !== undefined && out.length < window; k = next.get(k)) out += textOf(pieces[k]);
      return out;
    },
  };
}

/** Removes the link leaving piece `from`, if there is one (both directions). */
export function unlinkAfter(next: Map<number, number>, prev: Map<number, number>, from: number): void {
  const to = next.get(from);
  if (to === undefined) return;
  next.delete(from);
  prev.delete(to);
}

/** Removes the link into piece `to`, if there is one (both directions). */
export function unlinkBefore(next: Map<number, number>, prev: Map<number, number>, to: number): void {
  const from = prev.get(to);
  if (from === undefined) return;
  next.delete(from);
  prev.delete(to);
}
