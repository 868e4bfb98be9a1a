// Intertitles set apart by blank lines over the paragraph they head (pdfminer): they end no sentence left open.
import type { PageLine } from '../../model';
import type { Lexicon } from '../page/lexicon';
import { HARD_END, compact, isHan, lastChar } from '../page/text';
import { breakWords, makesWord } from './breakWords';
import type { Piece } from './pieces';

/** Most lines an intertitle spans. */
const INTERTITLE_MAX_LINES = 2;

/**
 * Where blank lines set every block apart (pdfminer), an intertitle (小标题) stands right above the paragraph it heads,
 * a blank line between: a block of its own (one or two lines) or the last line of the block above, after a finished
 * paragraph. It has no sentence punctuation at the end, a Han character last, and is no wider than a paragraph's first
 * line. By that open end it reads as a paragraph's first line whose continuation was printed elsewhere, and the linking
 * passes then draw a stray continuation (another paragraph's, often another article's) under it. What tells the two
 * apart is the block printed right below: a paragraph's first line set apart is followed by its own continuation (set
 * full width) or by another article's title or furniture, while an intertitle is followed by the indented opening of
 * the paragraph it heads (several lines, the first not shorter than an opening). So such a line over such an opening,
 * with no word across the break between them, ends no sentence: returns the pieces with those ends closed (and an
 * intertitle ending a longer block made a paragraph of its own).
 */
export function closeIntertitlesOverParagraphs(pieces: readonly Piece[], lines: readonly PageLine[], widths: readonly number[],
  columnWidth: readonly number[], lexicon: Lexicon | null): Piece[] {
  const words = breakWords(lines, lexicon);
  // (A paragraph's opening line is indented two characters, four cells; a fragment shorter than that opens none.)
  const opensParagraph = (i: number) => widths[i] <= columnWidth[i] - 3 && widths[i] > columnWidth[i] - 6;
  const full = (i: number) => widths[i] >= columnWidth[i] - 1;
  return pieces.map((piece, k) => {
    const below = pieces[k + 1];
    if (!piece.endsOpen || below === undefined || piece.hasDateline) return piece;
    const last = piece.lines[piece.lines.length - 1];
    if (full(last) || !isHan(lastChar(lines[last].text)) || /[。！？；：:]/.test(compact(lines[last].text))) return piece;
    if (below.startsOpen !== false || below.hasDateline || below.forced !== null || below.lines.length < 2 || !opensParagraph(below.lines[0])) return piece;
    if (below.lines[0] === last + 1) return piece;
    for (let i = last + 1; i < below.lines[0]; i++) if (!lines[i].blank) return piece;
    if (makesWord(words(piece, below))) return piece;
    if (piece.lines.length <= INTERTITLE_MAX_LINES) return { ...piece, endsOpen: false };
    // A longer block: its last line is an intertitle only after a finished paragraph, and as wide as an opening at most.
    const above = piece.lines[piece.lines.length - 2];
    if (!HARD_END.test(compact(lines[above].text)) || widths[last] > columnWidth[last] - 3) return piece;
    return { ...piece, endsOpen: false, breaks: new Set([...piece.breaks, last]) };
  });
}
