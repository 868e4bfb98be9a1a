/**
 * What the role and title passes share about one page: its lines and their roles so far, the layout read from them
 * (each line's width and its column's, letter-spaced lines), the page's habit (blank lines between paragraphs, one
 * paragraph to a line), the roles markers force, the closing datelines and credits found, and the small helpers the
 * passes ask again and again (the text line above, whether a line carries on the sentence above it). A pass receives
 * the context instead of a long parameter list; the roles it marks are the context's own array, so every later pass
 * and helper reads them.
 */
import type { Dateline, LineRole, PageLine } from '../../model';
import type { ParsedByline } from '../roles/byline';
import { estimateColumnWidths, isBlankSeparated, isParagraphPerLine, quotesSqueezed } from './columns';
import { SENTENCE_END, breaksWord, compact, compactWidth, isLetterSpaced, lineBigrams } from './text';

/** A credit or closing dateline found in the text, with the source lines it spans. */
export interface CreditFound {
  readonly text: string;
  readonly parsed: ParsedByline;
  readonly startLine: number;
  readonly endLine: number;
}

export interface PageContext {
  readonly lines: readonly PageLine[];
  /** Each line's role so far: the passes refine it in place. */
  readonly roles: LineRole[];
  /** Each line's compact width (CJK two cells); a letter-spaced line counts as filling its column. */
  readonly widths: readonly number[];
  /** The column width estimated around each line. */
  readonly columnWidth: readonly number[];
  /** Roles set by markers (`#@ command` lines), by line. */
  readonly forcedRole: ReadonlyMap<number, LineRole>;
  /** The lines a marker forces a role on. */
  readonly forced: ReadonlySet<number>;
  /** Blank lines part paragraphs (pdfminer's boxes), not only columns. */
  readonly blankSeparated: boolean;
  /** One paragraph to a line: no column measure. */
  readonly unwrapped: boolean;
  /** Letter-spaced lines, stretched to fill their column. */
  readonly stretched: ReadonlySet<number>;
  /** Stretched lines whose indentation is unknown (their characters alone fall short of the column). */
  readonly indentUnknown: ReadonlySet<number>;
  /** Closing datelines by line (a bracket's first line). */
  readonly closingDatelines: Map<number, Dateline>;
  /** Credits (and the credit half of a closing bracket) by first line. */
  readonly closingCredits: Map<number, CreditFound>;
  /** Second lines of a credit or closing bracket wrapped over lines, pointing to its first line. */
  readonly coveredBy: Map<number, number>;
  /** The nearest text line above (blank lines, markers and furniture skipped; 0 at the top). */
  lastNonBlank(i: number): number;
  /** Whether a marker forces a role on any line from `from` to `to`. */
  forcedIn(from: number, to: number): boolean;
  /** Whether the line carries on the sentence of the body line right above it, left open at most of the column. */
  continuesSentence(i: number): boolean;
  /** Whether the line carries on the body text above it, left open, in mid-word (a pair of Han characters the page prints). */
  carriesOnInWord(i: number): boolean;
}

/**
 * Reads the page's layout (widths, column widths, letter spacing, habit) once furniture is known, and returns the
 * context the passes share.
 */
export function createPageContext(lines: readonly PageLine[], roles: LineRole[], forcedRole: ReadonlyMap<number, LineRole>): PageContext {
  let widths = lines.map((l) => compactWidth(l.text));
  // Text set one paragraph to a line has no column measure: each line is taken a little short of its own, so that it
  // reads neither as filling a column (running on) nor as indented, nor as set wider than the body.
  const unwrapped = isParagraphPerLine(lines, roles, widths);
  let columnWidth = unwrapped ? widths.map((w) => w + 2) : estimateColumnWidths(lines, widths, roles);
  if (!unwrapped && quotesSqueezed(lines, roles, widths, columnWidth)) {
    widths = lines.map((l) => compactWidth(l.text, 1));
    columnWidth = estimateColumnWidths(lines, widths, roles);
  }
  // A letter-spaced line was stretched to fill its column.
  const stretched = new Set<number>();
  // Whether a stretched line is indented is unknown, unless its characters alone fill the column: then it is set full
  // width (a continuation) whatever the spacing. (Spaced digits, `2 0 0 6`, are narrow digits counted wide.)
  const indentUnknown = new Set<number>();
  for (const line of lines) {
    if (roles[line.index] === 'body' && isLetterSpaced(line.text)) {
      stretched.add(line.index);
      if (widths[line.index] < columnWidth[line.index] - 1 || /\d\s+\d/.test(line.text)) indentUnknown.add(line.index);
      widths[line.index] = Math.max(widths[line.index], columnWidth[line.index]);
    }
  }
  const blankSeparated = isBlankSeparated(lines, roles);
  const lastNonBlank = (i: number): number => {
    let k = i - 1;
    while (k > 0 && (lines[k].blank || roles[k] === 'marker' || roles[k] === 'furniture')) k--;
    return k;
  };
  return {
    lines, roles, widths, columnWidth, forcedRole, forced: new Set(forcedRole.keys()), blankSeparated, unwrapped, stretched, indentUnknown,
    closingDatelines: new Map(), closingCredits: new Map(), coveredBy: new Map(),
    lastNonBlank,
    forcedIn(from, to) {
      for (let j = from; j <= to; j++) if (forcedRole.has(j)) return true;
      return false;
    },
    continuesSentence(i) {
      const p = i - 1;
      if (p < 0 || lines[p].blank || roles[p] !== 'body' || /^——/.test(compact(lines[i].text))) return false;
      const c = compact(lines[p].text);
      return !SENTENCE_END.test(c) && widths[p] >= columnWidth[p] * 0.6;
    },
    carriesOnInWord(i) {
      const p = lastNonBlank(i);
      if (p < 0 || p === i || roles[p] !== 'body' || SENTENCE_END.test(compact(lines[p].text))) return false;
      // (The page's Han pairs are counted once per lines array: cheap after the first call.)
      return breaksWord(lines[p].text, lines[i].text, lineBigrams(lines));
    },
  };
}
