// Line neighbourhood helpers for the role passes: nearest non-blank line, isolation between blank lines, the text of
// runs of lines.
import type { LineRole, PageLine } from '../../model';

/** The nearest non-blank line in a direction (markers skipped), or null at the page's edge. */
export function neighbourLine(lines: readonly PageLine[], roles: readonly LineRole[], i: number, step: 1 | -1): number | null {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if (!lines[k].blank && roles[k] !== 'marker') return k;
  return null;
}

/** The role of the nearest line in a direction: 'blank' if a blank line comes first (unless skipping blanks). */
export function neighbourRole(lines: readonly PageLine[], roles: readonly LineRole[], i: number, step: 1 | -1, skipBlank = false): LineRole | null {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) {
    if (roles[k] === 'marker' || roles[k] === 'furniture') continue;
    if (lines[k].blank) { if (skipBlank) continue; return 'blank'; }
    return roles[k];
  }
  return null;
}

/** The first non-blank line from `k` on (`k` itself included) in a direction: -1 or `lines.length` past the page's edge. */
export function nonBlankFrom(lines: readonly PageLine[], k: number, step: 1 | -1): number {
  while (k >= 0 && k < lines.length && lines[k].blank) k += step;
  return k;
}

/** The first line after `i` that holds text (blank lines, markers and furniture skipped), or `lines.length`. */
export function nextTextLine(lines: readonly PageLine[], roles: readonly LineRole[], i: number): number {
  let k = i + 1;
  while (k < lines.length && (lines[k].blank || roles[k] === 'marker' || roles[k] === 'furniture')) k++;
  return k;
}

/** A run of lines' text (a body piece's), joined without line breaks. */
export function pieceText(piece: { readonly lines: readonly number[] }, lines: readonly PageLine[]): string {
  return piece.lines.map((i) => lines[i].text).join('');
}

/** A run of pieces' text (a chain's), joined without line breaks. */
export function piecesText(pieces: readonly { readonly lines: readonly number[] }[], lines: readonly PageLine[]): string {
  return pieces.map((p) => pieceText(p, lines)).join('');
}

export function isIsolated(lines: readonly PageLine[], i: number): boolean {
  const before = i === 0 || lines[i - 1].blank;
  const after = i === lines.length - 1 || lines[i + 1].blank;
  return before && after;
}

export function isIsolatedOrEdge(lines: readonly PageLine[], roles: readonly LineRole[], i: number): boolean {
  const edge = (k: number) => k < 0 || k >= lines.length || lines[k].blank || roles[k] !== 'body';
  return edge(i - 1) || edge(i + 1);
}
