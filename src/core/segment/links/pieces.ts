// Body pieces (runs of body lines between breaks) and their linking into article chains by sentence continuity.
import type { LineRole, PageLine } from '../../model';
import { ENDS_BEFORE_CREDIT, isOnlyDatelineAndCredit, matchTrailingCredit } from '../roles/byline';
import { isPhotoCredit } from '../roles/caption';
import { isJumpLine } from '../roles/furniture';
import { HARD_END, SENTENCE_END, closesUnopenedQuote, compact, firstChar, isHan, isLetterSpaced, lastChar, lineBigrams } from '../page/text';
import { pieceText } from '../page/lines';
import { isIntertitleInRun } from '../titles/inTextTitles';
import { NEAR_LINES, chainSimilarity } from '../titles/attach';
import { relinkColumnBreaks } from './columnBreaks';
import { linkInterleavedRuns } from './interleaved';
import { titledContinuation } from './titledHeads';
import type { Lexicon } from '../page/lexicon';
import { linkByDictionaryWords } from './dictionaryJoins';
import { type BreakWord, breakWords, isDictionaryWord, isPageWord, isWordless, lineBreakWords, makesWord } from './breakWords';
import { chainReader, unlinkAfter, unlinkBefore } from './chainText';
import { linkQuoteHalves } from './quoteHalves';
import { rotateIntoCutOffEnds } from './cutOffRotation';
import { OPENING_MIN_SIMILARITY, linkLateOpenings } from './lateOpenings';
import { exchangeForLongerWords } from './wordExchanges';
import { linkFreeHalvesByWord, linkOrphanContinuations } from './orphanContinuations';
import { linkColumnTops, readColumnAfterTop } from './columnTops';
import { JOIN_NEAR_LINES, cutOffByArticle, frontLateOpenings, linkCutOffQuotes, linkTailsUnderTitles, relinkByJoinedWords, rotateNoWordLinks } from './joins';

export interface Piece {
  readonly id: number;
  readonly lines: number[];
  /** The first line continues a sentence (set full width, not indented); null when a one-line piece can't tell. */
  readonly startsOpen: boolean | null;
  /** The first line is a paragraph's short last line with more text below: the piece starts inside a paragraph. */
  readonly startsOnTail?: boolean;
  /** The first line finishes a sentence and a paragraph opens right below it: a one-line paragraph, or the last line of
   * a paragraph whose opening was printed elsewhere. */
  readonly mayStartOnTail?: boolean;
  /** The last line leaves a sentence unfinished. */
  readonly endsOpen: boolean;
  /** The piece opens with a dateline. */
  readonly hasDateline: boolean;
  /** A credit or closing dateline ends the article here. */
  readonly closing: boolean;
  /** A closing dateline line (`（本报某地10月1日电）`) follows the piece: an article ends here, and it has a dateline. */
  readonly endsOnDateline?: boolean;
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
/** Least width of a paragraph's opening line, as a share of the full line below it (pass 3): shorter is a name line. */
const OPENING_MIN_SHARE = 0.6;
/** Least vocabulary shared for a mutual first choice to link (pass 2b)… */
const MUTUAL_MIN_SCORE = 0.08;
/** …and how many times its runner-ups' it must be. */
const MUTUAL_MARGIN = 3;

/** Punctuation a typesetter never starts a line with. */
const NO_LINE_START = /^[，。、；：！？…”’）》」』〉,.;:!?)]$/;

const LAYOUT_CREDIT = /^(?:本版)?(?:版式(?:设计)?|制图|美编)[：:]/;

/** How many lines a photo story (title, a few sentences, photo credit) spans at most. */
const PHOTO_STORY_LINES = 30;

function unbalancedOpen(text: string): boolean {
  const opens = (text.match(/[（(]/g) ?? []).length;
  const closes = (text.match(/[）)]/g) ?? []).length;
  return opens > closes;
}

export function buildPieces(lines: readonly PageLine[], roles: readonly LineRole[], widths: readonly number[], columnWidth: readonly number[],
  boundary: ReadonlyMap<number, 'article' | 'merge'>, closingLines: ReadonlySet<number>, indentUnknown: ReadonlySet<number>,
  blankColumnBreaks = false, lexicon: Lexicon | null = null, narrowMayFill = false): Piece[] {
  const pieces: Piece[] = [];
  const isBodyLine = (i: number) => (roles[i] === 'body' || (roles[i] === 'dateline' && !closingLines.has(i)));
  // A letter-spaced line fills its column whether or not it is indented, so it tells neither (unless its characters
  // alone fill the column: the caller leaves those out of `indentUnknown`).
  const full = (i: number) => !indentUnknown.has(i) && widths[i] >= columnWidth[i] - 1;
  // A character that may not start a line (`…`, `，`, `”`) takes the one before it down with it: the line above runs a
  // character short without being a paragraph's first or last line (`…登上舞` / `台……今年…`).
  const pushedDown = (i: number) => i + 1 < lines.length && isBodyLine(i + 1) && NO_LINE_START.test(compact(lines[i + 1].text).slice(1, 2));
  const indented = (i: number) => !indentUnknown.has(i) && widths[i] <= columnWidth[i] - 3;
  // Shorter than a paragraph's first line, which is indented two characters (four cells) and may run a cell short.
  // Half-width digits and letters are measured one cell, but justification may have spread them: a line holding them
  // that comes short of the column by no more than them may be full (every such join on the dev and four held-out
  // seeds but two was right; where blank lines set every block apart, too, once intertitles set apart over their
  // paragraph end closed — see intertitlesOverParagraphs.ts). `narrowMayFill` false reads the width alone.
  const mayFillWithNarrow = (i: number) => narrowMayFill && widths[i] + (lines[i].text.match(/[0-9A-Za-z%.]/g) ?? []).length > columnWidth[i] - 3;
  const shorterThanOpening = (i: number) => !indentUnknown.has(i) && widths[i] <= columnWidth[i] - 6;
  const opensSentence = (i: number) => !SENTENCE_END.test(lastChar(lines[i].text)) && (widths[i] >= columnWidth[i] * 0.6 || unbalancedOpen(lines[i].text));
  // The layout designer's credit (`版式设计：…`) printed inside a page closes the article above it, as a byline does.
  const layoutCredit = (k: number) => (roles[k] === 'furniture' || roles[k] === 'body') && compact(lines[k].text).length <= 20 && LAYOUT_CREDIT.test(compact(lines[k].text));
  const layoutCreditBetween = (from: number, to: number) => {
    for (let k = from + 1; k < to; k++) if (roles[k] === 'furniture' && layoutCredit(k)) return true;
    return false;
  };
  // Text right under a layout credit opens a new article. Where a blank line parts them, the credit stood at the foot
  // of a column and the text is the next block the extractor printed, which as often carries on an article as opens
  // one: it is left to the evidence of its words.
  const layoutCreditRightAbove = (before: number, first: number) => {
    for (let k = first - 1; k >= before && k >= 0; k--) {
      if (lines[k].blank) return false;
      if (layoutCredit(k) && (k === before || roles[k] === 'furniture')) return true;
    }
    return false;
  };
  const photoStoryAbove = (line: number) => {
    for (let k = line; k >= 0 && k > line - PHOTO_STORY_LINES; k--) if (roles[k] === 'headline' || (roles[k] === 'dateline' && !closingLines.has(k))) return true;
    return false;
  };
  let run: number[] = [];
  /** Words across line breaks by the page's own pairs, judged when first needed. */
  let lineWords: ((endLine: number, startLine: number) => BreakWord) | undefined;
  /** Han pairs the page prints, built once when first needed. */
  let bigrams: ReadonlySet<string> | undefined;
  /** Set while flushing the two halves of a run cut before a photo story (see below). */
  let cutBeforeStory = false;
  let storyAfterCut = false;
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0];
    const last = run[run.length - 1];
    let next = last + 1;
    while (next < lines.length && (lines[next].blank || roles[next] === 'marker' || roles[next] === 'furniture')) next++;
    const lastText = lines[last].text;
    const trailing = matchTrailingCredit(lastText);
    // A jump line (`（下转第6版）`) right after the text: the article goes on on another page, not on this one.
    let following = last + 1;
    while (following < lines.length && (lines[following].blank || roles[following] === 'marker')) following++;
    const jumps = following < lines.length && roles[following] === 'furniture' && isJumpLine(lines[following].text);
    // A photo credit (`张三摄（人民视觉）`) closes the photo story above it, once its text has finished a sentence: a short
    // story, its title or dateline a few lines up (a photo set inside a long article leaves the article open).
    const photoCredit = next < lines.length && roles[next] === 'caption' && isPhotoCredit(lines[next].text) && !opensSentence(last) &&
      photoStoryAbove(last);
    // (A layout credit under a sentence left open closes nothing: the credit stands at the page's foot, and the
    // extractor printed the block whose sentence goes on elsewhere right above it.)
    const closing = cutBeforeStory || (next < lines.length && (roles[next] === 'byline' || closingLines.has(next) || photoCredit)) ||
      (layoutCreditBetween(last, next) && !opensSentence(last)) ||
      layoutCredit(last) || (trailing !== null && (trailing.start === 0 || ENDS_BEFORE_CREDIT.test(lastText.slice(0, trailing.start))));
    const breaks = new Set<number>();
    for (let k = 1; k < run.length; k++) {
      const prev = run[k - 1];
      if (!opensSentence(prev) && (indented(prev) || indented(run[k]))) breaks.add(run[k]);
      // An intertitle set inside running text: after a finished paragraph, a short line with no sentence punctuation,
      // then a paragraph opening as short — it stands as a paragraph of its own, not the first line of the next one.
      if (k + 1 < run.length && isIntertitleInRun(lines, prev, run[k], run[k + 1], indented, shorterThanOpening, bigrams ??= lineBigrams(lines))) {
        breaks.add(run[k]);
        breaks.add(run[k + 1]);
      }
    }
    // An intertitle set to the column's full width (`团结，凝聚成奋进的力量`): a line that finishes no sentence (no
    // sentence punctuation, a Han character last) over a paragraph's opening (indented a few cells, its sentence going
    // on; half-width digits or letters, measured narrow, may fill a line that only looks indented). No running
    // paragraph ends without punctuation, so the line is a paragraph of its own heading a section: it starts no
    // sentence's second half, whatever its width says.
    const fullIntertitle = run.length > 1 && roles[first] !== 'dateline' && full(first) && isHan(lastChar(lines[first].text)) &&
      !/[。！？；]/.test(compact(lines[first].text)) && indented(run[1]) && !shorterThanOpening(run[1]) && opensSentence(run[1]) &&
      !/[0-9A-Za-z%.]/.test(lines[run[1]].text);
    if (fullIntertitle) breaks.add(run[1]);
    // A photo story printed right after a dateline article with nothing between (pdftotext -raw): the run ends on a
    // photo credit, and its last paragraph tells what the photo shows (`图为…`). An article a dateline opens does not
    // close that way: the story is that paragraph and the one introducing it, a piece of its own.
    if (photoCredit && roles[first] === 'dateline') {
      const starts = run.filter((k) => breaks.has(k));
      const told = starts.length >= 2 && /^图为/.test(compact(lines[starts[starts.length - 1]].text));
      const storyStart = told ? run.indexOf(starts[starts.length - 2]) : -1;
      if (storyStart > 0) {
        const all = run;
        run = all.slice(0, storyStart);
        cutBeforeStory = true;
        flush();
        cutBeforeStory = false;
        storyAfterCut = true;
        run = all.slice(storyStart);
        flush();
        storyAfterCut = false;
        return;
      }
    }
    // An intertitle (小标题): one or two lines, no sentence punctuation, ending short. It is set unindented, so its
    // first line's width says nothing about continuity.
    // (Two lines may hold a comma, `奋斗，为明天的幸福` + `歌唱`, Han characters at both ends: a sentence's last line
    // never ends without punctuation. Opening on a figure, `12.6%，…`, the line rather carries on a sentence.)
    const commaOnly = run.length === 2 && !/[。；！？]/.test(compact(lines[first].text)) && isHan(firstChar(lines[first].text)) &&
      isHan(lastChar(lines[first].text)) && isHan(lastChar(lastText)) && !/[，。；！？]/.test(compact(lastText));
    const intertitle = run.length <= 2 && (!/[，。；！？]/.test(compact(lines[first].text).slice(0, -1)) || commaOnly) && !/[，。；]$/.test(compact(lastText)) &&
      widths[last] < columnWidth[last] * 0.8 && roles[first] !== 'dateline';
    // An intertitle closing the block: after a finished paragraph, a last line well short of a paragraph opening (a
    // fifth of the column short: an extractor may measure an opening a character short), with no punctuation at all
    // and a Han character last, nor an indent printed before it (a paragraph's opening at the foot of a column shows its
    // indent where the extractor keeps one). A sentence running on into another column fills its line; this one
    // stands as a paragraph of its own and leaves nothing open.
    const intertitleLast = run.length > 2 && HARD_END.test(compact(lines[run[run.length - 2]].text)) && shorterThanOpening(last) && !/^\s/.test(lastText) &&
      widths[last] < columnWidth[last] * 0.8 && isHan(lastChar(lastText)) && compact(lastText).length >= 4 && !/[\p{P}0-9A-Za-z]/u.test(compact(lastText));
    if (intertitleLast) breaks.add(last);
    // A short line finishing a sentence with more text below it is a paragraph's last line: the run starts in the
    // middle of a paragraph whose opening was printed elsewhere (another article's block came between).
    const paragraphTail = run.length > 1 && roles[first] !== 'dateline' && widths[first] < columnWidth[first] * 0.6 &&
      HARD_END.test(compact(lines[first].text));
    // A one-line piece tells nothing by its width, nor does a letter-spaced first line; where the piece's first
    // paragraph closes a quotation it did not open, it starts inside one.
    const firstParagraph = () => {
      let end = 1;
      while (end < run.length && !breaks.has(run[end])) end++;
      return run.slice(0, end).map((k) => lines[k].text).join('');
    };
    const widthUnknown = run.length === 1 || (indentUnknown.has(first) && !intertitle);
    const startsOpen = roles[first] === 'dateline' ? false : widthUnknown && closesUnopenedQuote(firstParagraph()) ? true :
      intertitle || indentUnknown.has(first) ? null : fullIntertitle ? false : full(first) ? true : indented(first) ? false : null;
    let before = first - 1;
    let credited = false;
    while (before >= 0 && (lines[before].blank || roles[before] === 'marker' || roles[before] === 'furniture' || roles[before] === 'caption')) {
      if (roles[before] === 'caption' && isPhotoCredit(lines[before].text)) credited = true;
      before--;
    }
    const afterClosing = storyAfterCut || before >= 0 && (roles[before] === 'byline' || closingLines.has(before) || (credited && !opensSentence(before) && photoStoryAbove(before)) ||
      layoutCreditRightAbove(before, first));
    pieces.push({
      id: pieces.length, lines: run, afterClosing,
      startsOpen: run.length === 1 && startsOpen === false ? null : startsOpen, startsOnTail: paragraphTail,
      mayStartOnTail: run.length > 1 && roles[first] !== 'dateline' && !full(first) && HARD_END.test(compact(lines[first].text)) && breaks.has(run[1]),
      endsOpen: opensSentence(last) && !closing && !intertitle && !intertitleLast && !jumps, hasDateline: roles[first] === 'dateline', closing: closing || jumps,
      forced: boundary.get(first) ?? null, paraBreakBefore: true, breaks, endsOnDateline: next < lines.length && closingLines.has(next),
    });
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (!isBodyLine(i)) { flush(); continue; }
    if (run.length > 0) {
      const prev = run[run.length - 1];
      // A column switch inside a run: a sentence left open, then an indented paragraph opening (not a last line).
      const nextIsBody = i + 1 < lines.length && isBodyLine(i + 1);
      // A paragraph's opening line with more text below runs on to the column's edge: a much shorter one is a fragment
      // pdftotext broke off the sentence (`利》` after `…《庶民的胜`) or the sentence's last line (`同发展座谈会。`), not
      // a new column's first line.
      const fragment = widths[i] < columnWidth[i] - 7;
      // (Nor under a full line standing alone between a finished paragraph right above it and this opening, no sentence
      // punctuation in it: a column of one line is no column; that line is an intertitle set to the column's width.)
      const intertitleAbove = run.length === 1 && prev > 0 && isBodyLine(prev - 1) && !opensSentence(prev - 1) && isHan(lastChar(lines[prev].text)) &&
        !/[。！？；]/.test(compact(lines[prev].text));
      // (Nor where the two lines make a word the page prints elsewhere, `…的指` / `导意见》…`: the line only looks short.)
      const switchOpen = opensSentence(prev) && full(prev) && indented(i) && !mayFillWithNarrow(i) && !(pushedDown(i) && !isHan(lastChar(lines[prev].text))) && !fragment && nextIsBody && full(i + 1) &&
        !intertitleAbove && !makesWord((lineWords ??= lineBreakWords(lines, lexicon))(prev, i));
      // A letter-spaced line opening on a digit or letter after an open sentence tells neither its indent nor, by the
      // pair of characters across the break, whether it carries the sentence on: it starts a piece of its own, linked
      // on as a neighbour unless a continuation elsewhere makes a word with the open end (see joins.ts).
      const spacedAfterOpen = opensSentence(prev) && full(prev) && indentUnknown.has(i) && isLetterSpaced(lines[i].text) &&
        isHan(lastChar(lines[prev].text)) && !isHan(firstChar(lines[i].text));
      // An intertitle (full line and a short one, no punctuation) after a finished paragraph is no column switch.
      const intertitleHere = nextIsBody && !/[，。；！？、：,.;!?:]/.test(compact(lines[i].text) + compact(lines[i + 1].text)) &&
        widths[i + 1] < columnWidth[i + 1] * 0.8;
      // pdftotext breaks lines at a quote mark it prints apart (`“ 拿来作`): such a fragment left without end
      // punctuation ends no paragraph.
      const quoteFragment = /^\s*[“‘「『]\s/.test(lines[prev].text) && !SENTENCE_END.test(lastChar(lines[prev].text));
      // A paragraph's opening line that runs to its column's edge (four cells short, its indent) right under a paragraph's
      // last line may end a sentence there by chance: the full line under it carries the paragraph on.
      const before = run.length > 1 ? run[run.length - 2] : -1;
      const openingToEdge = before >= 0 && !opensSentence(before) && shorterThanOpening(before) && !indentUnknown.has(prev) &&
        widths[prev] >= columnWidth[prev] - 5;
      const switchClosed = !opensSentence(prev) && !quoteFragment && indented(prev) && !openingToEdge && full(i) && nextIsBody && !intertitleHere;
      // A run holding only a dateline (and its credit) so far is an article's opening: its body follows whatever the
      // widths say (a dateline alone on its line is as short as a paragraph's last line, yet ends nothing).
      const onlyOpening = switchClosed && roles[run[0]] === 'dateline' && isOnlyDatelineAndCredit(run.map((k) => lines[k].text).join('\n'), true);
      // Where blank lines mark the column breaks, a new column shows by one: a finished paragraph and a full-width line
      // right below it are a paragraph set without indent (a lead-in, a line of digits or letter-spaced). (A sentence
      // left open before an indented line still reads as a switch: no paragraph opens in mid-sentence.)
      if (roles[i] === 'dateline' || boundary.has(i) || switchOpen || spacedAfterOpen || (switchClosed && !onlyOpening && !blankColumnBreaks)) flush();
    }
    run.push(i);
    // A layout credit kept in the text (`制图：…`) ends its article there.
    if (layoutCredit(i)) { flush(); continue; }
    // A paragraph ending in a credit (`…之首。 （王新凡）`) ends the article there.
    const credit = matchTrailingCredit(lines[i].text);
    if (credit && credit.start > 0 && ENDS_BEFORE_CREDIT.test(lines[i].text.slice(0, credit.start))) flush();
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
export function linkPieces(pieces: readonly Piece[], lines: readonly PageLine[], roles: readonly LineRole[], blankSeparated: boolean,
  lexicon: Lexicon | null = null): Piece[][] {
  const next = new Map<number, number>();
  const prev = new Map<number, number>();
  const link = (a: Piece, b: Piece) => { next.set(a.id, b.id); prev.set(b.id, a.id); b.paraBreakBefore = !a.endsOpen; };
  // Pass 1: neighbours with only blank lines between, when their ends agree.
  /** Links from a finished paragraph to an opening across a column break: re-chosen by vocabulary below. */
  const columnBreaks: [Piece, Piece][] = [];
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
    // A finished sentence (not one left on a semicolon) is not followed by a paragraph's broken-off last line either.
    if (!a.endsOpen && (b.startsOpen === true || (b.startsOnTail === true && HARD_END.test(compact(lines[a.lines[a.lines.length - 1]].text))))) continue;
    if (!blankSeparated && !a.endsOpen && b.startsOpen !== true && b.forced === null) columnBreaks.push([a, b]);
    link(a, b);
  }
  relinkColumnBreaks(pieces, lines, columnBreaks, next, prev, link);
  const headOf = (id: number) => { let h = id; while (prev.has(h)) h = prev.get(h) ?? h; return h; };
  // Pass 1b: an open sentence cut off by another article's start (a dateline or a title right after it) and a
  // neighbour link a few pieces on: the extractor printed the new article's first column box between the two halves
  // of the first article's sentence. Where the vocabulary says so, the cut-off sentence takes the continuation and
  // the neighbour's open end takes a continuation left alone elsewhere.
  swapCrossedLinks(pieces, lines, roles, next, prev, link, headOf);
  // Pass 1c: a neighbour link whose halves make no word the page uses gives way to a continuation that makes one.
  relinkByJoinedWords(pieces, lines, roles, next, prev, link, headOf, lexicon);
  // Pass 1c': a run of open ends that each took the next one's continuation shifts back one place.
  // (The continuations it frees under their titles may then be the words other open ends wait for.)
  if (rotateNoWordLinks(pieces, lines, roles, next, prev, link, headOf, lexicon)) relinkByJoinedWords(pieces, lines, roles, next, prev, link, headOf, lexicon);
  // Pass 1c'': a cut-off open end whose continuation the run of no-word neighbour links after it took one place late.
  rotateIntoCutOffEnds(pieces, lines, roles, next, prev, link, lexicon);
  // Pass 1d: a paragraph's opening printed after the text it opens goes in front of it.
  frontLateOpenings(pieces, lines, next, prev, link, headOf, lexicon);
  // Pass 1e: a sentence announcing a quotation, cut off at a column's foot, takes the one quotation left alone.
  linkCutOffQuotes(pieces, lines, roles, next, prev, link, headOf);
  // Pass 1f: a paragraph's tail printed right under a title finishes the sentence a title cut off.
  linkTailsUnderTitles(pieces, lines, roles, next, prev, link, headOf, lexicon);
  // Pass 1g: an open end whose next piece makes no word with it goes on where a dictionary word says (with a segmenter).
  if (lexicon) linkByDictionaryWords(pieces, lines, lexicon, next, prev, link, roles, !blankSeparated);
  // Pass 1h: a sentence left open inside a quotation goes on where the one continuation closing a quotation stands.
  linkQuoteHalves(pieces, lines, next, prev, link, headOf);
  // Pass 2: open sentence ends find open sentence starts anywhere on the page, best evidence first.
  const textOfChain = (head: number) => {
    let out = '';
    for (let id: number | undefined = head; id !== undefined; id = next.get(id)) out += pieceText(pieces[id], lines);
    return out;
  };
  const tails = pieces.filter((p) => p.endsOpen && !next.has(p.id));
  // (A piece that may start on a paragraph's last line is a continuation too, where its words say so.)
  const heads = pieces.filter((p) => (p.startsOpen === true || p.mayStartOnTail === true) && !p.hasDateline && p.forced !== 'article' && !prev.has(p.id));
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
  // Pass 2b: a continuation whose chain ends on a closing dateline is an article's last block (pdftotext prints it
  // right after another article's end). An open end and such a continuation that are each other's clear first choice
  // (far ahead of either's runner-up) are one sentence's halves even where they share little vocabulary. (Without the
  // closing dateline, mutual first choices link wrongly about as often as rightly on the dev pages.)
  const closesOnDateline = (p: Piece) => {
    let last = p;
    while (next.has(last.id)) last = pieces[next.get(last.id) ?? last.id];
    return last.endsOnDateline === true;
  };
  const bestFor = (key: (c: { a: Piece; b: Piece }) => number, id: number) => candidates.filter((c) => key(c) === id);
  for (const { a, b, score } of candidates) {
    if (score < MUTUAL_MIN_SCORE || next.has(a.id) || prev.has(b.id) || headOf(a.id) === b.id || !closesOnDateline(b)) continue;
    const ofA = bestFor((c) => c.a.id, a.id);
    const ofB = bestFor((c) => c.b.id, b.id);
    if (ofA[0].b !== b || ofB[0].a !== a) continue;
    const runnerUp = Math.max(ofA[1]?.score ?? 0, ofB[1]?.score ?? 0);
    if (score >= MUTUAL_MARGIN * runnerUp) link(a, b);
  }
  // Pass 2c: side-by-side columns printed row by row pair their open ends and continuations in print order.
  if (!blankSeparated) linkInterleavedRuns(tails, heads, next, prev, link, headOf,
    (a, b) => chainSimilarity(textOfChain(headOf(a.id)), textOfChain(b.id)));
  /** The halves make a word both the page prints and the dictionary knows. */
  const joinsStrongly = (a: Piece, b: Piece) => {
    const w = breakWords(lines, lexicon)(a, b);
    return isPageWord(w) && isDictionaryWord(w);
  };
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
    // (Unless a title's own block starting in mid-sentence is where the opening leads: see titledHeads.ts.)
    const titled = titledContinuation(head, tail, pieces, lines, roles, prev, textOfChain);
    if (titled !== undefined) { link(tail, titled); continue; }
    // The opening's open end and the chain's first line must not meet at a word boundary (Han on both sides, neither a
    // pair of the page nor a dictionary word): a one-line opening at a column's foot mostly goes on in a block printed
    // after it, not in the chain printed before it (held-out pages: 10 of 12 such read-rounds were wrong, each
    // wordless). An opening heading the indented paragraph printed right below it is an intertitle without
    // punctuation, not read round at a word boundary either: it goes on to that paragraph where the paragraph opens on
    // a line as wide as an opening (left open, it would draw another article's fragment into its own), and stays
    // alone where the paragraph opens on a short line or one line (an author's name under an essay's title in a column
    // of essays: the title belongs over it, and the chain's first line carries on another sentence), unless that other
    // sentence is found (below).
    const below = tail.id + 1 < pieces.length ? pieces[tail.id + 1] : undefined;
    const headsParagraphBelow = below !== undefined && below.startsOpen === false && onlyFillerBetween(lines, roles, tail.lines[tail.lines.length - 1], below.lines[0]);
    // Nor where a sentence left open within about a page, that nothing carries on, goes on into the chain's first line
    // in a word both the page and the dictionary know: the chain starts with that sentence's second half, not a
    // paragraph's (pass 3c links the two). The opening, an intertitle heading the paragraph right below it, then goes
    // on into that paragraph.
    const carriesOnElsewhere = (t: Piece) => t !== tail && !next.has(t.id) && Math.abs(t.lines[t.lines.length - 1] - head.lines[0]) <= JOIN_NEAR_LINES &&
      headOf(t.id) !== head.id && joinsStrongly(t, head);
    // (Looked for once per chain, and only where asked: it reads every open end.)
    let carriedOn: boolean | undefined;
    const carriedOnElsewhere = () => (carriedOn ??= lexicon !== null && tails.some(carriesOnElsewhere));
    if (lexicon && isWordless(breakWords(lines, lexicon)(tail, head))) {
      // (Unless the two blocks share their vocabulary as a paragraph's halves do: they name the same things.)
      if (!headsParagraphBelow || below === undefined) {
        // (Nor where the opening closes the article's column: a caption or a title follows it, and the chain it goes
        // round is the one block printed right before it.)
        const closesColumn = next.get(head.id) === tail.id && head.id + 1 === tail.id && below !== undefined &&
          !onlyFillerBetween(lines, roles, tail.lines[tail.lines.length - 1], below.lines[0]);
        if (!closesColumn && chainSimilarity(pieceText(tail, lines), pieceText(head, lines)) < OPENING_MIN_SIMILARITY) continue;
      } else {
        const opensWide = below.lines.length > 1 && lines[below.lines[0]].width >= OPENING_MIN_SHARE * lines[below.lines[1]].width;
        if (opensWide && !prev.has(below.id)) {
          link(tail, below);
          below.paraBreakBefore = true;
          continue;
        }
        if (!opensWide && !carriedOnElsewhere()) continue;
      }
    }
    if (carriedOnElsewhere()) {
      if (below !== undefined && headsParagraphBelow && !prev.has(below.id) && headOf(tail.id) !== below.id) {
        link(tail, below);
        below.paraBreakBefore = true;
      }
      continue;
    }
    unlinkBefore(next, prev, opening.id);
    link(tail, head);
  }
  // Pass 3b: a continuation still without its beginning takes an open end linked on to a neighbour whose start tells
  // nothing, where the vocabulary says so (see orphanContinuations.ts).
  linkOrphanContinuations(pieces, lines, next, prev, link, headOf);
  // Pass 3c: an open end and a continuation both left alone that make a word of the page across the break.
  linkFreeHalvesByWord(pieces, lines, lexicon, next, prev, link, headOf);
  // Pass 3d: a paragraph's opening printed apart from the block it leads into, both left alone, by their vocabulary.
  linkLateOpenings(pieces, lines, lexicon, next, prev, link);
  // Pass 3e: an open end left alone takes a continuation another open end holds by a shorter word, where that one has a
  // longer word with a continuation left alone (see wordExchanges.ts).
  exchangeForLongerWords(pieces, lines, lexicon, next, prev, link, headOf);
  // Pass 4: one sentence left open and one continuation left without its start on the whole page can only be each
  // other's halves, however little vocabulary they share (a paragraph's two halves often share few words).
  const openTails = tails.filter((p) => !next.has(p.id));
  const openHeads = heads.filter((p) => !prev.has(p.id));
  if (openTails.length === 1 && openHeads.length === 1 && headOf(openTails[0].id) !== openHeads[0].id) link(openTails[0], openHeads[0]);
  // Pass 4b: a continuation printed inside another sentence (a column's top box) and the column foot printed after it
  // (see columnTops.ts); the next column's pieces read in before the foot go after the top box.
  else for (const [a, c] of linkColumnTops(pieces, openTails, openHeads, next, prev, link, headOf)) readColumnAfterTop(pieces, a, c, next, prev, link, headOf);
  const chains: Piece[][] = [];
  for (const p of pieces) {
    if (prev.has(p.id)) continue;
    const chain: Piece[] = [];
    for (let id: number | undefined = p.id; id !== undefined; id = next.get(id)) chain.push(pieces[id]);
    chains.push(chain);
  }
  return chains;
}

/** Least gain in shared vocabulary (bigram cosine, summed over the two links) for exchanging partners: every value from
 * 0.25 to 0.4 scores the same on the dev pages, 0.1–0.15 exchange links that were right. */
const SWAP_MIN_GAIN = 0.3;
/** How far from the cut-off sentence (lines) its continuation is looked for: about a page. */
const SWAP_NEAR_LINES = 600;

function swapCrossedLinks(pieces: readonly Piece[], lines: readonly PageLine[], roles: readonly LineRole[], next: Map<number, number>,
  prev: Map<number, number>, link: (a: Piece, b: Piece) => void, headOf: (id: number) => number): void {
  const { upTo, from } = chainReader(pieces, lines, next, prev);
  // An open end cut off by an article start: the next piece opens with a dateline, or titles stand in between.
  const cutOff = (t: Piece) => t.endsOpen && cutOffByArticle(pieces, roles, next, t);
  for (let k = 0; k < pieces.length; k++) {
    const t = pieces[k];
    if (!cutOff(t)) continue;
    // The first neighbour link after the cut whose continuation is set full width: the other half's candidate.
    let best: { a: Piece; b: Piece; h: Piece; gain: number } | null = null;
    const tText = upTo(t.id);
    // Continuations left alone within about a page (pieces are in line order): a huge dump is not searched whole.
    const tEnd = t.lines[t.lines.length - 1];
    let low = k;
    while (low > 0 && tEnd - pieces[low - 1].lines[0] <= SWAP_NEAR_LINES) low--;
    let high = k;
    while (high + 1 < pieces.length && pieces[high + 1].lines[0] - tEnd <= SWAP_NEAR_LINES) high++;
    const nearby = pieces.slice(low, high + 1);
    for (let j = k + 1; j < pieces.length && j <= k + 12; j++) {
      const a = pieces[j];
      const bId = next.get(a.id);
      if (!a.endsOpen || bId === undefined || bId !== a.id + 1) continue;
      const b = pieces[bId];
      if (b.startsOpen !== true || b.forced === 'merge' || headOf(t.id) === headOf(b.id)) continue;
      const aText = upTo(a.id);
      const bText = from(b.id);
      const current = chainSimilarity(aText, bText);
      for (const h of nearby) {
        // (A continuation whose first line is letter-spaced counts too: its width tells nothing of an indent.)
        const mayContinue = h.startsOpen === true || (h.startsOpen === null && isLetterSpaced(lines[h.lines[0]].text));
        if (!mayContinue || h.hasDateline || h.forced === 'article' || prev.has(h.id) || h.id === headOf(a.id) || h.id === headOf(t.id)) continue;
        const hText = from(h.id);
        const gain = chainSimilarity(tText, bText) + chainSimilarity(aText, hText) - current - chainSimilarity(tText, hText);
        if (gain >= SWAP_MIN_GAIN && (!best || gain > best.gain)) best = { a, b, h, gain };
      }
    }
    if (!best) continue;
    unlinkAfter(next, prev, best.a.id);
    link(t, best.b);
    link(best.a, best.h);
  }
}
