// Body pieces (runs of body lines between breaks) and their linking into article chains by sentence continuity.
import type { LineRole, PageLine } from '../model';
import { matchTrailingCredit } from './roles/byline';
import { compact } from './text';
import { NEAR_LINES, chainSimilarity } from './attach';

export interface Piece {
  readonly id: number;
  readonly lines: number[];
  /** The first line continues a sentence (set full width, not indented); null when a one-line piece can't tell. */
  readonly startsOpen: boolean | null;
  /** The last line leaves a sentence unfinished. */
  readonly endsOpen: boolean;
  /** The piece opens with a dateline. */
  readonly hasDateline: boolean;
  /** A credit or closing dateline ends the article here. */
  readonly closing: boolean;
  /** The text before the piece is an article's closing credit or dateline: a new article starts here. */
  readonly afterClosing: boolean;
  /** A marker before the piece: start a new article / continue the previous one. */
  readonly forced: 'article' | 'merge' | null;
  /** Whether a new paragraph starts at the piece's first line (set when linking). */
  paraBreakBefore: boolean;
  /** Lines inside the piece that start a new paragraph. */
  readonly breaks: Set<number>;
}

/**
 * Least evidence to join an unfinished sentence to a continuation printed elsewhere: the continuation sits right after
 * it, or the two texts share clearly more vocabulary than unrelated articles do. A weaker guess does more harm
 * (a wrong article swallowed) than leaving the fragment to be placed by its words later, once titles and datelines
 * anchor the articles: so a continuation elsewhere on the page needs half its vocabulary shared, one right after the
 * open end a fifth (dev corpus: every value from 0.45 to 0.7 scores the same, 0.25–0.35 glue articles together).
 */
const LINK_MIN_SCORE = 0.5;

const LAYOUT_CREDIT = /^(?:本版)?(?:版式设计|制图|美编)[：:]/;

const ENDS_SENTENCE = /[。！？!?…”’」』）)；;：:]$/;

function lastChar(text: string): string {
  const c = compact(text);
  return c.length > 0 ? c[c.length - 1] : '';
}

function unbalancedOpen(text: string): boolean {
  const opens = (text.match(/[（(]/g) ?? []).length;
  const closes = (text.match(/[）)]/g) ?? []).length;
  return opens > closes;
}

export function buildPieces(lines: readonly PageLine[], roles: readonly LineRole[], widths: readonly number[], columnWidth: readonly number[],
  boundary: ReadonlyMap<number, 'article' | 'merge'>, closingLines: ReadonlySet<number>, stretched: ReadonlySet<number>): Piece[] {
  const pieces: Piece[] = [];
  const isBodyLine = (i: number) => (roles[i] === 'body' || (roles[i] === 'dateline' && !closingLines.has(i)));
  // A letter-spaced line fills its column whether or not it is indented, so it tells neither.
  const full = (i: number) => !stretched.has(i) && widths[i] >= columnWidth[i] - 1;
  const indented = (i: number) => !stretched.has(i) && widths[i] <= columnWidth[i] - 3;
  const opensSentence = (i: number) => !ENDS_SENTENCE.test(lastChar(lines[i].text)) && (widths[i] >= columnWidth[i] * 0.6 || unbalancedOpen(lines[i].text));
  // The layout designer's credit (`版式设计：…`) printed inside a page closes the article above it, as a byline does.
  const layoutCredit = (k: number) => (roles[k] === 'furniture' || roles[k] === 'body') && compact(lines[k].text).length <= 20 && LAYOUT_CREDIT.test(compact(lines[k].text));
  const layoutCreditBetween = (from: number, to: number) => {
    for (let k = from + 1; k < to; k++) if (roles[k] === 'furniture' && layoutCredit(k)) return true;
    return false;
  };
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0];
    const last = run[run.length - 1];
    let next = last + 1;
    while (next < lines.length && (lines[next].blank || roles[next] === 'marker' || roles[next] === 'furniture')) next++;
    const lastText = lines[last].text;
    const trailing = matchTrailingCredit(lastText);
    const closing = (next < lines.length && (roles[next] === 'byline' || closingLines.has(next))) || layoutCreditBetween(last, next) || layoutCredit(last) ||
      (trailing !== null && (trailing.start === 0 || /[。！？”」]\s*$/.test(lastText.slice(0, trailing.start))));
    const breaks = new Set<number>();
    for (let k = 1; k < run.length; k++) {
      const prev = run[k - 1];
      if (!opensSentence(prev) && (indented(prev) || indented(run[k]))) breaks.add(run[k]);
    }
    // An intertitle (小标题): one or two lines, no sentence punctuation, ending short. It is set unindented, so its
    // first line's width says nothing about continuity.
    const intertitle = run.length <= 2 && !/[，。；！？]/.test(compact(lines[first].text).slice(0, -1)) && !/[，。；]$/.test(compact(lastText)) &&
      widths[last] < columnWidth[last] * 0.8 && roles[first] !== 'dateline';
    const startsOpen = roles[first] === 'dateline' ? false : intertitle || stretched.has(first) ? null : full(first) ? true : indented(first) ? false : null;
    let before = first - 1;
    while (before >= 0 && (lines[before].blank || roles[before] === 'marker' || roles[before] === 'furniture' || roles[before] === 'caption')) before--;
    const afterClosing = before >= 0 && (roles[before] === 'byline' || closingLines.has(before) || layoutCreditBetween(before, first) || layoutCredit(before));
    pieces.push({
      id: pieces.length, lines: run, afterClosing,
      startsOpen: run.length === 1 && startsOpen === false ? null : startsOpen,
      endsOpen: opensSentence(last) && !closing && !intertitle, hasDateline: roles[first] === 'dateline', closing,
      forced: boundary.get(first) ?? null, paraBreakBefore: true, breaks,
    });
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (!isBodyLine(i)) { flush(); continue; }
    if (run.length > 0) {
      const prev = run[run.length - 1];
      // A column switch inside a run: a sentence left open, then an indented paragraph opening (not a last line).
      const nextIsBody = i + 1 < lines.length && isBodyLine(i + 1);
      const switchOpen = opensSentence(prev) && full(prev) && indented(i) && nextIsBody && full(i + 1);
      // An intertitle (full line and a short one, no punctuation) after a finished paragraph is no column switch.
      const intertitleHere = nextIsBody && !/[，。；！？、：,.;!?:]/.test(compact(lines[i].text) + compact(lines[i + 1].text)) &&
        widths[i + 1] < columnWidth[i + 1] * 0.8;
      const switchClosed = !opensSentence(prev) && indented(prev) && full(i) && nextIsBody && !intertitleHere;
      if (roles[i] === 'dateline' || boundary.has(i) || switchOpen || switchClosed) flush();
    }
    run.push(i);
    // A layout credit kept in the text (`制图：…`) ends its article there.
    if (layoutCredit(i)) { flush(); continue; }
    // A paragraph ending in a credit (`…之首。 （王新凡）`) ends the article there.
    const credit = matchTrailingCredit(lines[i].text);
    if (credit && credit.start > 0 && /[。！？”」]\s*$/.test(lines[i].text.slice(0, credit.start))) flush();
  }
  flush();
  return pieces;
}

/** Text between two lines holds nothing but blanks, markers and furniture. */
function onlyFillerBetween(lines: readonly PageLine[], roles: readonly LineRole[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (!(lines[i].blank || roles[i] === 'marker' || roles[i] === 'furniture')) return false;
  return true;
}

/** Text between two lines holds titles besides blanks, markers and furniture. */
function onlyTitlesBetween(lines: readonly PageLine[], roles: readonly LineRole[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (!(lines[i].blank || roles[i] === 'marker' || roles[i] === 'furniture' || roles[i] === 'headline')) return false;
  return true;
}

/** Links pieces into chains (articles' bodies in reading order). */
export function linkPieces(pieces: readonly Piece[], lines: readonly PageLine[], roles: readonly LineRole[], blankSeparated: boolean): Piece[][] {
  const next = new Map<number, number>();
  const prev = new Map<number, number>();
  const link = (a: Piece, b: Piece) => { next.set(a.id, b.id); prev.set(b.id, a.id); b.paraBreakBefore = !a.endsOpen; };
  // Pass 1: neighbours with only blank lines between, when their ends agree.
  for (let k = 0; k + 1 < pieces.length; k++) {
    const a = pieces[k];
    const b = pieces[k + 1];
    if (b.forced === 'merge') { link(a, b); continue; }
    if (b.forced === 'article' || b.hasDateline || a.closing) continue;
    const bracketOpen = unbalancedOpen(lines[a.lines[a.lines.length - 1]].text);
    if (bracketOpen && onlyFillerBetween(lines, roles, a.lines[a.lines.length - 1], b.lines[0])) { link(a, b); continue; }
    // Where blank lines mark only column breaks, a sentence left open and a full-width line carrying on: the extractor
    // printed another article's title at the column top between the two halves of one sentence.
    if (!blankSeparated && a.endsOpen && b.startsOpen === true && onlyTitlesBetween(lines, roles, a.lines[a.lines.length - 1], b.lines[0])) { link(a, b); continue; }
    if (!onlyFillerBetween(lines, roles, a.lines[a.lines.length - 1], b.lines[0])) continue;
    if (a.endsOpen && b.startsOpen === false) continue;
    if (!a.endsOpen && b.startsOpen === true) continue;
    link(a, b);
  }
  // Pass 2: open sentence ends find open sentence starts anywhere on the page, best evidence first.
  const headOf = (id: number) => { let h = id; while (prev.has(h)) h = prev.get(h) ?? h; return h; };
  const textOfChain = (head: number) => {
    let out = '';
    for (let id: number | undefined = head; id !== undefined; id = next.get(id)) out += pieces[id].lines.map((i) => lines[i].text).join('');
    return out;
  };
  const tails = pieces.filter((p) => p.endsOpen && !next.has(p.id));
  const heads = pieces.filter((p) => p.startsOpen === true && !p.hasDateline && p.forced !== 'article' && !prev.has(p.id));
  const candidates: { score: number; a: Piece; b: Piece }[] = [];
  for (const a of tails) {
    const aText = textOfChain(headOf(a.id));
    for (const b of heads) {
      if (headOf(a.id) === b.id || Math.abs(b.lines[0] - a.lines[a.lines.length - 1]) > NEAR_LINES) continue;
      const aLast = a.lines[a.lines.length - 1];
      const adjacent = b.lines[0] > aLast && b.id === a.id + 1;
      const distance = Math.abs(b.lines[0] - aLast) / Math.max(1, lines.length);
      candidates.push({ a, b, score: chainSimilarity(aText, textOfChain(b.id)) + (adjacent ? 0.3 : 0) - distance * 0.2 });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  for (const { a, b, score } of candidates) {
    if (score < LINK_MIN_SCORE) continue;
    if (next.has(a.id) || prev.has(b.id) || headOf(a.id) === b.id) continue;
    link(a, b);
  }
  // Pass 3: a chain that starts in mid-sentence and ends in mid-sentence on a paragraph's opening: the extractor
  // printed that opening after the text it leads into (pdfminer orders a column's boxes so), and the chain read
  // round from that opening is the paragraph whole. Cut the chain before the opening and put it in front.
  for (const head of pieces) {
    if (prev.has(head.id) || head.startsOpen !== true || head.hasDateline || head.forced === 'article') continue;
    let tail = head;
    while (next.has(tail.id)) tail = pieces[next.get(tail.id) ?? tail.id];
    if (tail === head || !tail.endsOpen) continue;
    let opening = tail;
    while (prev.has(opening.id) && !opening.paraBreakBefore) opening = pieces[prev.get(opening.id) ?? opening.id];
    const before = prev.get(opening.id);
    if (before === undefined || opening.forced === 'merge' || opening !== tail || tail.lines.length > 1) continue;
    next.delete(before);
    prev.delete(opening.id);
    link(tail, head);
  }
  // Pass 4: one sentence left open and one continuation left without its start on the whole page can only be each
  // other's halves, however little vocabulary they share (a paragraph's two halves often share few words).
  const openTails = tails.filter((p) => !next.has(p.id));
  const openHeads = heads.filter((p) => !prev.has(p.id));
  if (openTails.length === 1 && openHeads.length === 1 && headOf(openTails[0].id) !== openHeads[0].id) link(openTails[0], openHeads[0]);
  const chains: Piece[][] = [];
  for (const p of pieces) {
    if (prev.has(p.id)) continue;
    const chain: Piece[] = [];
    for (let id: number | undefined = p.id; id !== undefined; id = next.get(id)) chain.push(pieces[id]);
    chains.push(chain);
  }
  return chains;
}
