// Segments a page into articles: line roles, body pieces linked into articles, headlines attached by evidence.
import type { Article, Dateline, Layout, LineRole, NoiseItem, PageSegmentation } from '../model';
import type { Segmenter } from '../segmenter/segmenter';
import type { Lexicon } from './page/lexicon';
import { type DraftArticle, buildArticle, creditNames, creditText, nearestArticle, precedingArticle, rangeOf } from './article';
import { type HeadlinePart, attachHeadlines, splitTitleRows } from './titles/attach';
import { mergeOrphans, splitForHeadlines, withTitles } from './links/chains';
import { placeFootTitles, takeBackOpenings } from './titles/footTitles';
import { findWrappedCredit } from './roles/wrappedCredits';
import { subtitlesUnderTitleBlocks } from './titles/subtitleUnder';
import { markTitleRunsAboveTitles } from './titles/titleRuns';
import { cleanInline } from './clean';
import { columnTopTitles, joinUnderTitles } from './titles/columnTopTitles';
import { rubricOverLetters } from './titles/rubricLetters';
import { markForeignTitlesAtColumnTop, markParallelTitlesAtColumnTop } from './titles/inTextTitles';
import { blankMarksColumnBreaks, estimateColumnWidths, isBlankSeparated, isParagraphPerLine, quotesSqueezed } from './page/columns';
import { isIsolated, isIsolatedOrEdge, neighbourLine, neighbourRole } from './page/lines';
import { type Marker, isRoleCommand, parseMarker } from './markers';
import { buildPieces, linkPieces } from './links/pieces';
import { bulletLeadStarts } from './links/bullets';
import { findVerticalTitles, verticalTitleParts } from './titles/verticalTitles';
import { isBareAuthor, matchBareCredit, matchLeadingCredit, parseCredit, type ParsedByline } from './roles/byline';
import { findPullQuotes, isPhotoCredit, looksLikeCaption } from './roles/caption';
import { cutDoubleDatelineChains } from './links/doubleDatelines';
import { matchClosingDateline, matchClosingDatelineCredit, matchLeadingDateline } from './roles/dateline';
import { detectFurniture, isSectionLabel } from './roles/furniture';
import { endsWithRubric, isHeadlineCandidate } from './roles/headline';
import { HARD_END, SENTENCE_END, balancedMarks, breaksWord, compact, compactWidth, isLetterSpaced, lineBigrams } from './page/text';
import { BOX_LABELS, groupTitles, headlineBlocks, headlineParts } from './titles/blocks';
import { wrappedRubricTitles } from './titles/wrappedRubrics';
import { pairSideBySideTitles } from './titles/sideBySide';
import { leadInsUnderTitles } from './titles/leadIns';
import { intertitlesAtColumnTop } from './titles/intertitlesAtColumnTop';

/** Most lines a page's foot may hold as collected titles (three lines to an article, a page of some eight). */
const FOOT_TITLES_MAX = 24;

/** A credit or closing dateline found in the text, with the source lines it spans. */
interface CreditFound {
  readonly text: string;
  readonly parsed: ParsedByline;
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * The page's articles and furniture. `segmenter` adds word evidence when attaching titles; `lexicon` (a segmenter's
 * dictionary) adds dictionary words as evidence when linking sentence halves across breaks.
 */
export function segmentPage(_text: string, layout: Layout, segmenter: Segmenter | null, lexicon: Lexicon | null = null): PageSegmentation {
  const lines = layout.lines;
  const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
  const noise: NoiseItem[] = [];
  let section: { text: string; line: number } | null = null;

  // 1. Markers: `#@ command` lines; role commands bind to the next non-blank line.
  const forcedRole = new Map<number, LineRole>();
  const boundary = new Map<number, 'article' | 'merge'>();
  let pending: Marker[] = [];
  for (const line of lines) {
    const marker = parseMarker(line.text, line.index);
    if (marker) { roles[line.index] = 'marker'; pending.push(marker); continue; }
    if (line.blank || pending.length === 0) continue;
    for (const m of pending) {
      if (isRoleCommand(m.command)) forcedRole.set(line.index, m.command);
      else boundary.set(line.index, m.command);
    }
    pending = [];
  }

  // 2. Furniture and the section label.
  let widths = lines.map((l) => compactWidth(l.text));
  let lastTextLine = lines.length - 1;
  while (lastTextLine >= 0 && (lines[lastTextLine].blank || roles[lastTextLine] === 'marker')) lastTextLine--;
  let nonBlankSeen = 0;
  for (const line of lines) {
    if (roles[line.index] !== 'body') continue;
    nonBlankSeen++;
    const forced = forcedRole.get(line.index);
    const c = compact(line.text);
    if (forced === 'furniture') { roles[line.index] = 'furniture'; noise.push({ text: cleanInline(line.text), kind: 'other', line: line.index }); continue; }
    if (forced) { roles[line.index] = forced; continue; }
    // pdftotext -raw prints the page's header band last: a section label may also close the page.
    if (isSectionLabel(c) && (nonBlankSeen <= 6 || isIsolated(lines, line.index) || line.index === lastTextLine)) {
      roles[line.index] = 'furniture';
      if (section === null) section = { text: c, line: line.index };
      else noise.push({ text: c, kind: 'section', line: line.index });
      continue;
    }
    const furniture = detectFurniture(line.text, nonBlankSeen <= 4);
    if (furniture && furniture.kind === 'ad' && !isIsolated(lines, line.index) && nonBlankSeen > 4) continue;
    // A letter-spaced dateline at the top of the page is no masthead slogan.
    if (furniture && furniture.kind === 'masthead' && matchLeadingDateline(c)) continue;
    if (furniture) { roles[line.index] = 'furniture'; noise.push({ text: cleanInline(line.text), kind: furniture.kind, line: line.index }); }
  }

  // A short line standing between two furniture lines belongs to that band (an ad's slogan between ad lines).
  for (const line of lines) {
    const i = line.index;
    if (roles[i] !== 'body' || forcedRole.has(i) || !isIsolated(lines, i)) continue;
    const c = compact(line.text);
    if (c.length > 16 || /[，。；！？,;!?]/.test(c)) continue;
    const around = [neighbourLine(lines, roles, i, -1), neighbourLine(lines, roles, i, 1)];
    if (around.every((k) => k === null || roles[k] === 'furniture') && around.some((k) => k !== null)) {
      roles[i] = 'furniture';
      const ad = around.some((k) => k !== null && noise.some((n) => n.line === k && n.kind === 'ad'));
      noise.push({ text: cleanInline(line.text), kind: ad ? 'ad' : 'other', line: i });
    }
  }

  // 3. Column widths and the other line roles.
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
  /** Pairs of Han characters the page prints side by side (computed when first needed). */
  let pageBigrams: ReadonlySet<string> | undefined;
  const closingCredits = new Map<number, CreditFound>();
  const closingDatelines = new Map<number, Dateline>();
  /** Second lines of a two-line closing bracket, pointing to its first line. */
  const coveredBy = new Map<number, number>();
  // Pull quotes: a sentence set apart that repeats the body nearby is a caption, however many lines it wraps over.
  const captionBlocks = new Map<number, number>();
  /** Lines of a caption block after its first. */
  const captionInner = new Set<number>();
  // Text set one paragraph to a line has no pull quotes set apart: a sentence standing there twice is two paragraphs.
  const pullQuotes = unwrapped ? [] : findPullQuotes(lines.map((l) => (l.blank ? '' : compact(l.text))), (k) => roles[k] === 'body' && !forcedRole.has(k));
  for (const block of pullQuotes) {
    for (let k = block.first; k <= block.last; k++) roles[k] = 'caption';
    captionBlocks.set(block.first, block.last);
    for (let k = block.first + 1; k <= block.last; k++) captionInner.add(k);
  }
  for (const line of lines) {
    const i = line.index;
    if (roles[i] !== 'body' || forcedRole.has(i)) continue;
    const c = compact(line.text);
    const closing = matchClosingDateline(c);
    if (closing) { roles[i] = 'dateline'; closingDatelines.set(i, closing); continue; }
    // `（据新华社电 记者阿依努尔、宿` / `传义）`: dateline and credit in one bracket, over up to four lines (a long list
    // of reporters wraps in a narrow column).
    const span: number[] = [];
    if (/^\s*[（(]/.test(line.text)) {
      for (let k = i; k < lines.length && k < i + 4 && !lines[k].blank && roles[k] === 'body' && !forcedRole.has(k); k++) span.push(k);
    }
    for (let n = 1; n <= span.length; n++) {
      const raw = span.slice(0, n).map((k) => lines[k].text).join('\n');
      const both = matchClosingDatelineCredit(raw);
      const parsed = both ? parseCredit(both.credit.replace(/\n/g, ' ')) : null;
      if (!both || !parsed) continue;
      const last = span[n - 1];
      for (const k of span.slice(0, n)) roles[k] = 'dateline';
      closingDatelines.set(i, { ...both.dateline, raw: cleanInline(raw) });
      closingCredits.set(i, { text: creditText(both.credit, creditNames(parsed)), parsed, startLine: i, endLine: last });
      for (const k of span.slice(1, n)) coveredBy.set(k, i);
      break;
    }
    if (closingDatelines.has(i)) continue;
    if (coveredBy.has(i)) continue;
    if (matchLeadingDateline(c) || (/^(?:据)?(?:本报|新华社|中新社)/.test(c) && c.length <= 16 && startsDatelineAcross(i))) { roles[i] = 'dateline'; continue; }
    const credit = matchLeadingCredit(line.text);
    if (credit && compact(line.text.slice(credit.length)).length === 0) {
      roles[i] = 'byline';
      closingCredits.set(i, { text: creditText(line.text.trim()), parsed: credit.parsed, startLine: i, endLine: i });
      continue;
    }
    // A credit wrapped over lines of its own closes the article above (one right under an opening dateline leads it).
    const above = neighbourLine(lines, roles, i, -1);
    const wrapped = above !== null && roles[above] === 'dateline' && !closingDatelines.has(above) ? null : findWrappedCredit(lines, i, (k) => roles[k] === 'body' && !forcedRole.has(k));
    if (wrapped) {
      const last = wrapped.lines[wrapped.lines.length - 1];
      for (const k of wrapped.lines) roles[k] = 'byline';
      for (const k of wrapped.lines.slice(1)) coveredBy.set(k, i);
      closingCredits.set(i, { text: creditText(wrapped.raw, creditNames(wrapped.parsed)), parsed: wrapped.parsed, startLine: i, endLine: last });
      continue;
    }
    const bare = c.length <= 24 ? matchBareCredit(line.text) : null;
    if (bare && isIsolatedOrEdge(lines, roles, i)) {
      roles[i] = 'byline';
      closingCredits.set(i, { text: creditText(line.text.trim()), parsed: bare, startLine: i, endLine: i });
      continue;
    }
    if (isPhotoCredit(line.text)) { roles[i] = 'caption'; continue; }
    const isolated = isIsolated(lines, i);
    if ((isolated || widths[i] > columnWidth[i] * 1.3 + 4) && looksLikeCaption(line.text, widths[i], columnWidth[i])) { roles[i] = 'caption'; continue; }
    // Where blank lines mark only column breaks, a whole sentence standing alone and wider than the column is a caption.
    if (!blankSeparated && isolated && widths[i] > columnWidth[i] + 2 && /[。！]$/.test(c) && c.length >= 8 && c.length <= 120) { roles[i] = 'caption'; continue; }
    if (isHeadlineCandidate(line.text, widths[i], columnWidth[i], isolated, blankSeparated)) roles[i] = 'headline';
  }
  // A line closing on a column rubric (`解好基层治理“方程式”（人民论坛）`) that does not carry on a sentence is a title.
  for (const line of lines) {
    const i = line.index;
    const c = compact(line.text);
    if (roles[i] !== 'body' || forcedRole.has(i) || c.length < 6 || c.length > 60 || /。/.test(c) || !endsWithRubric(c)) continue;
    // Nor is a line set within the column whose text runs on into a full running line right below it: a bracketed
    // name (`（重庆）`) may close a paragraph's opening line (the line below carries a clause or opens a quotation: `说：“`).
    const below = i + 1 < lines.length && !lines[i + 1].blank && roles[i + 1] === 'body' ? compact(lines[i + 1].text) : '';
    if (below && widths[i] < columnWidth[i] && widths[i + 1] >= columnWidth[i + 1] - 2 && /[，。；：！？]/.test(below)) continue;
    if (!continuesSentence(i)) roles[i] = 'headline';
  }
  // Likewise a two-line title whose rubric bracket wraps onto its second line.
  for (const i of wrappedRubricTitles(lines, roles, forcedRole)) roles[i] = roles[i + 1] = 'headline';
  // A candidate that carries on the sentence of the body line above it is body after all.
  for (let i = lines.length - 1; i >= 0; i--) {
    if (roles[i] !== 'headline' || forcedRole.has(i) || !continuesSentence(i)) continue;
    // A line far wider than the column, or closing on a column rubric `（创新故事）`, is a title whatever stands above.
    const c = compact(lines[i].text);
    if (widths[i] > columnWidth[i] * 1.3 || endsWithRubric(c)) continue;
    roles[i] = 'body';
  }
  // An unpunctuated line standing alone where an article must begin — the page's first text, or right after an
  // article's closing credit — is a title even when set no wider than the column.
  {
    let previous: LineRole | null = null;
    for (const line of lines) {
      const i = line.index;
      if (line.blank || roles[i] === 'marker' || roles[i] === 'furniture') continue;
      const c = compact(line.text);
      const startPosition = previous === null || previous === 'byline' ||
        (previous === 'dateline' && (closingDatelines.has(lastNonBlank(i)) || coveredBy.has(lastNonBlank(i))));
      // Right after a closing credit even a two-character line (a photo story's `跳远`) is a title; at the page top
      // such a short line is more likely a label.
      const shortest = previous === null ? 4 : 2;
      if (roles[i] === 'body' && startPosition && isIsolated(lines, i) && !forcedRole.has(i) && c.length >= shortest && c.length <= 40 &&
        !/[，。；！？,;!?]/.test(c) && !BOX_LABELS.has(c)) roles[i] = 'headline';
      previous = roles[i];
    }
  }
  // Where blank lines part paragraphs, a short line standing alone with no punctuation at all, right after a finished
  // sentence, neither ends nor carries on a sentence: a paragraph's broken-off last line ends on punctuation. It is a
  // title in the column's type when it is as short as a column's name (`来论`), or when another title follows it (a
  // photo story's `秋日农忙` printed above the next article's headline); longer ones inside running text are the
  // article's own intertitles (小标题), which stay in its body.
  if (blankSeparated) {
    for (const line of lines) {
      const i = line.index;
      if (roles[i] !== 'body' || forcedRole.has(i) || !isIsolated(lines, i)) continue;
      const c = compact(line.text);
      if (c.length < 2 || c.length > 12 || widths[i] > columnWidth[i] * 0.75 || /[，。、；：！？,.;:!?…]/.test(c) ||
        !balancedMarks(c) || BOX_LABELS.has(c) || /^——/.test(c)) continue;
      const p = lastNonBlank(i);
      const n = neighbourLine(lines, roles, i, 1);
      if (c.length > 4 && (n === null || roles[n] !== 'headline')) continue;
      if (p >= 0 && roles[p] === 'body' && HARD_END.test(compact(lines[p].text))) roles[i] = 'headline';
    }
  }
  // Where blank lines mark only column breaks, a short run of unpunctuated lines standing between blank lines (or
  // right before a dateline) is a headline wrapped in a narrow column.
  if (!blankSeparated) {
    let k = 0;
    while (k < lines.length) {
      if (roles[k] !== 'body' || (k > 0 && !lines[k - 1].blank && roles[k - 1] !== 'headline' && roles[k - 1] !== 'furniture')) { k++; continue; }
      let end = k;
      while (end + 1 < lines.length && roles[end + 1] === 'body' && !lines[end + 1].blank) end++;
      const after = end + 1 < lines.length ? roles[end + 1] : 'blank';
      const run = lines.slice(k, end + 1).map((l) => compact(l.text));
      const total = run.join('').length;
      if (end - k < 4 && (after === 'blank' || after === 'dateline') && total >= 4 && total <= 48 &&
        run.every((t) => !/[。，；！？,;]$/.test(t)) && !/[。；]/.test(run.join('')) && !forcedIn(k, end)) {
        for (let j = k; j <= end; j++) roles[j] = 'headline';
      }
      k = end + 1;
    }
  }
  // Right after an article's closing credit a new article's title block may follow without blank lines: up to three
  // short unpunctuated lines, then a dateline or running text.
  for (let i = 0; i < lines.length; i++) {
    if (!(roles[i] === 'byline' || closingDatelines.has(i))) continue;
    let end = i + 1;
    while (end < lines.length && end - i <= 3 && roles[end] === 'body' && !lines[end].blank && !forcedRole.has(end)) {
      const c = compact(lines[end].text);
      // A line leaving a bracket or quote open (`国务院日前发布《关于`) runs on into the text below: no title.
      if (c.length < 2 || c.length > 30 || /[，。；！？,;!?]/.test(c.replace(/——$/, '')) || BOX_LABELS.has(c) || !balancedMarks(c)) break;
      end++;
    }
    if (end === i + 1) continue;
    const after = end < lines.length ? roles[end] : 'blank';
    if (end - i - 1 <= 3 && (after === 'dateline' || after === 'body' || after === 'blank')) for (let k = i + 1; k < end; k++) roles[k] = 'headline';
  }
  // A title over a `——` subheadline: an unpunctuated line after a blank line, then a line opening with a dash.
  for (let i = 1; i + 1 < lines.length; i++) {
    const c = compact(lines[i].text);
    const next = compact(lines[i + 1].text);
    if (roles[i] !== 'body' || roles[i + 1] !== 'body' || forcedIn(i, i + 1) || !lines[i - 1].blank) continue;
    // A title may hold a comma (`红领巾心向党，争做新时代好队员`) when set off the column measure: a body line
    // wrapping onto a dash fills the column exactly.
    const commaTitle = /^[^。；！？;!?]+$/.test(c) && !/[，、,]$/.test(c) && Math.abs(widths[i] - columnWidth[i]) > 1;
    if (c.length >= 4 && c.length <= 30 && (!/[，。；！？,;!?]/.test(c) || commaTitle) && /^——/.test(next) && next.length <= 50 && !/。/.test(next)) {
      roles[i] = 'headline';
      roles[i + 1] = 'headline';
    }
  }
  // Where blank lines mark column breaks only, a short unpunctuated line after a blank line, set narrower than the
  // column and followed by text, is a title printed right above its body. (A line closing on a colon leads into the
  // text below it: `——城市更有活力：` opens a list item.)
  if (!blankSeparated) {
    for (let i = 1; i + 1 < lines.length; i++) {
      const c = compact(lines[i].text);
      if (roles[i] !== 'body' || forcedRole.has(i) || !lines[i - 1].blank || lines[i + 1].blank || roles[i + 1] !== 'body') continue;
      if (c.length >= 4 && c.length <= 30 && !/[，。；！？,;!?、]/.test(c) && !/[：:]$/.test(c) && widths[i] < columnWidth[i] - 4 && !BOX_LABELS.has(c) &&
        /[，。；！？]/.test(compact(lines[i + 1].text))) roles[i] = 'headline';
    }
  }
  // Under a title block (and the blank line pdftotext leaves under it) an article opens with a dateline or an
  // indented paragraph: a line without any punctuation set across the whole column there is the block's last title
  // line (a subheadline wider than the lines above), not running text.
  const subtitlesUnder = new Set(blankSeparated ? [] : subtitlesUnderTitleBlocks(lines, roles, widths, columnWidth, forcedRole));
  for (const i of subtitlesUnder) roles[i] = 'headline';
  // Where blank lines separate paragraphs, a paragraph's last line closes a sentence: a short line standing alone,
  // right after text left open in mid-sentence and set well short of the column, is a title printed at a column top.
  if (blankSeparated) {
    for (let i = 1; i + 1 < lines.length; i++) {
      const c = compact(lines[i].text);
      if (roles[i] !== 'body' || forcedRole.has(i) || !isIsolated(lines, i) || c.length < 4 || c.length > 24) continue;
      if (/[。！？；!?;…：:、]/.test(c) || /——$/.test(c) || widths[i] >= columnWidth[i] - 4 || BOX_LABELS.has(c)) continue;
      const p = lastNonBlank(i);
      // A quote or bracket left open or closed here ties the line to the text around it; so does a word broken
      // across the two lines.
      if (!balancedMarks(c)) continue;
      if (p < 0 || roles[p] !== 'body' || SENTENCE_END.test(compact(lines[p].text)) || widths[p] < columnWidth[p] * 0.8) continue;
      if (!carriesOnInWord(i)) roles[i] = 'headline';
    }
  }
  const columnTop = blankSeparated ? columnTopTitles(lines, roles, widths, columnWidth, new Set(forcedRole.keys())) : [];
  for (const title of columnTop) for (const k of title.lines) roles[k] = 'headline';
  // A two- or three-line title (headline over subheadline) printed inside running text: after a blank line, with the
  // text above left open in mid-sentence at full width, unpunctuated lines of which one is set shorter than a
  // paragraph's indented opening line yet neither closes a sentence nor ends the run of text. Body text never leaves
  // a line that short open. (A title between blank lines, with the text above ending a page's part with a jump line,
  // heads text linked elsewhere: not taken here.)
  const inlineTitles = new Set<number>();
  for (let i = 1; i + 1 < lines.length; i++) {
    if (roles[i] !== 'body' || !lines[i - 1].blank) continue;
    const titleShaped = (k: number) => {
      const t = compact(lines[k].text);
      return roles[k] === 'body' && !lines[k].blank && !forcedRole.has(k) && t.length >= 4 && t.length <= 30 &&
        !/[，。；！？,;!?：:、…]/.test(t) && balancedMarks(t) && !BOX_LABELS.has(t);
    };
    if (!titleShaped(i)) continue;
    let end = i;
    while (end + 1 < lines.length && end - i < 2 && titleShaped(end + 1)) end++;
    if (end === i) continue;
    const p = lastNonBlank(i);
    // The text above runs on across the title: it fills its column without closing a sentence (a closing quote or
    // bracket may stand inside one).
    const above = p >= 0 ? compact(lines[p].text) : '';
    if (p < 0 || roles[p] !== 'body' || HARD_END.test(above) || /[；;：:…]$/.test(above) || widths[p] < columnWidth[p] - 2) continue;
    const next = end + 1;
    const directText = next < lines.length && !lines[next].blank && roles[next] === 'body';
    // A paragraph's opening line is indented by two characters: a line set shorter still yet running on is no body.
    const runsOnShort = (k: number) => widths[k] < columnWidth[k] - 5 && !SENTENCE_END.test(compact(lines[k].text));
    let cutShort = false;
    for (let k = i; k <= end; k++) if ((k < end || directText) && runsOnShort(k)) cutShort = true;
    if (!cutShort) continue;
    // Set into the text like this, a title's first line over one more line is the headline over its subheadline; over
    // two more lines (a long title wrapping) the titles' own shapes decide.
    roles[i] = 'headline';
    for (let k = i + 1; k <= end; k++) roles[k] = end - i === 1 ? 'subheadline' : 'headline';
    for (let k = i; k <= end; k++) inlineTitles.add(k);
    i = end;
  }
  // Where blank lines mark only column breaks (pdftotext -raw prints none at all), a title printed in running text
  // shows by its size: an unpunctuated line set clearly wider than the column, right after a finished sentence.
  // Body lines overrun their column by a cell or two at most (narrow digits, squeezed quotes).
  if (!blankSeparated) {
    for (let i = 1; i < lines.length; i++) {
      const c = compact(lines[i].text);
      if (roles[i] !== 'body' || forcedRole.has(i) || stretched.has(i) || c.length < 4 || c.length > 40) continue;
      if (/[，。；！？,;!?：:、]/.test(c) || !balancedMarks(c) || BOX_LABELS.has(c) || widths[i] <= columnWidth[i] + 3) continue;
      const p = lastNonBlank(i);
      if (p >= 0 && roles[p] === 'body' && HARD_END.test(compact(lines[p].text))) roles[i] = 'headline';
    }
  }
  // pdftotext -raw collects the titles of a page's articles at its foot: the page's text ends on a run of lines none
  // of which finishes a sentence, after one that does. Body text never ends a page that way unless it runs on to
  // another page, and then its last lines run full width with the punctuation of running text.
  const footTitles = new Set<number>();
  if (!blankSeparated) markFootTitles();
  // Headlines stacked without blank lines: unpunctuated short lines directly below (or above) a headline line belong
  // to the same title block, as long as they are not a paragraph's opening line running on.
  const titleLike = (i: number) => {
    if (roles[i] !== 'body' || forcedRole.has(i) || lines[i].blank) return false;
    const c = compact(lines[i].text);
    if (c.length < 4 || c.length > 40 || /[，。；！？,;!?]/.test(c) || /^[■●▲◆]/.test(c) || BOX_LABELS.has(c)) return false;
    // A column-wide line followed by running text is a paragraph's first line, not a title.
    const next = i + 1 < lines.length && !lines[i + 1].blank && roles[i + 1] === 'body' && /[，。；！？、：]/.test(compact(lines[i + 1].text));
    if (next && widths[i] >= columnWidth[i] - 2 && widths[i] <= columnWidth[i] + 2) return false;
    // A quotation left open and running on into punctuated text is a paragraph's opening, not a title.
    // Nor is a line leaving a bracket open that a full-width line below carries on (`国务院日前发布《关于` / `加快…`).
    const fullBelow = i + 1 < lines.length && !lines[i + 1].blank && roles[i + 1] === 'body' && widths[i + 1] >= columnWidth[i + 1] - 2;
    if (fullBelow && (c.match(/[（(《“]/g) ?? []).length > (c.match(/[）)》”]/g) ?? []).length) return false;
    return !(next && opensQuote(c));
  };
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== 'headline') continue;
    // A `——` subheadline is the last part of a title block: what follows it is the body.
    let j = i + 1;
    // Likewise a title closing on a column rubric (`…（现场）`): only a `——` subheadline may follow it.
    const closesBlock = (k: number) => opensSubheadline(k) || (endsWithRubric(compact(lines[k].text)) && !/^——/.test(compact(lines[k + 1]?.text ?? '')));
    for (; j < lines.length && titleLike(j) && !closesBlock(j - 1); j++) roles[j] = 'headline';
    // A short question or exclamation set right below a title is a title too (`南方为何出现连阴雨？`).
    if (j < lines.length && isTitleQuestion(j) && !opensSubheadline(j - 1)) roles[j] = 'headline';
    // Upwards the block reaches a blank line, furniture or — where no blank lines part anything — a finished sentence.
    const blockTop = (j: number) => j === 0 || lines[j - 1].blank || roles[j - 1] === 'furniture' || roles[j - 1] === 'headline' ||
      (!blankSeparated && roles[j - 1] === 'body' && HARD_END.test(compact(lines[j - 1].text)));
    for (let j = i - 1; j >= 0 && titleLike(j) && blockTop(j); j--) roles[j] = 'headline';
    claimTitleRunAbove(i);
  }
  // (After the stacking above: running text follows such a title directly, and no title block grows into it.)
  if (!blankSeparated) markParallelTitlesAtColumnTop(lines, roles, widths, columnWidth, new Set(forcedRole.keys()));
  const foreignTitles = blankSeparated ? new Set<number>() : markForeignTitlesAtColumnTop(lines, roles, widths, columnWidth, new Set(forcedRole.keys()));
  // A leading dateline opens an article: up to three short unpunctuated lines right above it, after a finished
  // sentence, are that article's title even with no blank line around them (pdftotext -raw prints none).
  for (let d = 1; d < lines.length; d++) {
    if (roles[d] !== 'dateline' || closingDatelines.has(d) || coveredBy.has(d)) continue;
    let top = d;
    while (top - 1 >= 0 && d - top < 3 && roles[top - 1] === 'body' && !forcedRole.has(top - 1) && shortUnpunctuated(top - 1)) top--;
    if (top === d || top === 0 || roles[top - 1] !== 'body' || !HARD_END.test(compact(lines[top - 1].text))) continue;
    for (let k = top; k < d; k++) roles[k] = 'headline';
  }
  // A short unpunctuated line right next to a headline, before a dateline or a blank line, is part of the title block.
  for (let pass = 0; pass < 2; pass++) {
    for (const line of lines) {
      const i = line.index;
      if (roles[i] !== 'body' || forcedRole.has(i)) continue;
      const c = compact(line.text);
      // A line closing a quotation or bracket it did not open (`进！”`) is the tail of a sentence printed apart.
      if (c.length < 2 || c.length > 60 || /[。，、；：,;:]$/.test(c) || continuesSentence(i) || !balancedMarks(c)) continue;
      const prevRole = neighbourRole(lines, roles, i, -1, true);
      const nextRole = neighbourRole(lines, roles, i, 1);
      if (prevRole === 'headline' && (nextRole === 'dateline' || nextRole === 'blank' || nextRole === 'headline')) roles[i] = 'headline';
      // Standing alone right above a dateline: the title of the article the dateline opens.
      // Not when it fills the column exactly but for a paragraph indent (two cells a side): that is a paragraph's
      // opening line, broken off where the column ran full, read out of place.
      // Nor when it carries on the line above, left open, in mid-word (`数据来源：温州华电实业` / `有限公司`).
      else if (neighbourRole(lines, roles, i, 1, true) === 'dateline' && (i === 0 || lines[i - 1].blank) && c.length >= 4 && c.length <= 40 &&
        !/[，。；！？,;!?]/.test(c) && !BOX_LABELS.has(c) && widths[i] !== columnWidth[i] - 4 && !carriesOnInWord(i)) roles[i] = 'headline';
      else if (nextRole === 'headline' && i > 0 && lines[i - 1].blank && neighbourRole(lines, roles, i, 1, true)) roles[i] = 'headline';
    }
  }
  function markFootTitles(): void {
    const run: number[] = [];
    let k = lines.length - 1;
    for (; k >= 0 && run.length <= FOOT_TITLES_MAX; k--) {
      if (lines[k].blank || roles[k] === 'marker' || roles[k] === 'furniture') continue;
      const c = compact(lines[k].text);
      // A section label printed after the page's last furniture line is no title.
      if (run.length === 0 && c.length <= 2) continue;
      if (roles[k] !== 'body' && roles[k] !== 'headline') break;
      if (forcedRole.has(k) || c.length > 60 || /[。；;]/.test(c) || /[，、：,:]$/.test(c) || !balancedMarks(c)) break;
      // A full-width line that carries on into the line below is running text, not a title.
      if (run.length > 0 && widths[k] >= columnWidth[k] - 1 && widths[k] <= columnWidth[k] + 2 && /[，。]/.test(compact(lines[run[run.length - 1]].text))) break;
      run.push(k);
    }
    const finished = k >= 0 && (HARD_END.test(compact(lines[k].text)) || roles[k] === 'byline' || closingDatelines.has(k));
    if (run.length < 2 || run.length > FOOT_TITLES_MAX || !finished) return;
    // Two lines may be one article's title printed after its body; three and more are the page's titles collected.
    for (const j of run) { roles[j] = 'headline'; if (run.length >= 3) footTitles.add(j); }
  }
  function opensSubheadline(i: number): boolean {
    return /^——/.test(compact(lines[i].text));
  }
  // A title sits under a blank line (a column or block top): up to four short lines between that blank line and a
  // title line, with no sentence finished anywhere in them, are the upper part of the title block (a long
  // subheadline wraps with commas, `听取…汇报，/要求确保为企业减负担`).
  function claimTitleRunAbove(i: number): void {
    let top = i;
    while (top - 1 >= 0 && i - top < 4 && roles[top - 1] === 'body' && !forcedRole.has(top - 1) && !lines[top - 1].blank) top--;
    if (top === i || (top > 0 && !lines[top - 1].blank)) return;
    const run = lines.slice(top, i).map((l) => compact(l.text));
    if (run.some((c) => c.length < 2 || c.length > 40 || /[。！？!?；;]/.test(c) || !balancedMarks(c))) return;
    for (let k = top; k < i; k++) roles[k] = 'headline';
  }
  function isTitleQuestion(i: number): boolean {
    const c = compact(lines[i].text);
    return roles[i] === 'body' && !forcedRole.has(i) && !lines[i].blank && c.length >= 4 && c.length <= 20 &&
      /[？！?!]$/.test(c) && !/[，。；,;：:]/.test(c) && balancedMarks(c);
  }
  function shortUnpunctuated(i: number): boolean {
    const c = compact(lines[i].text);
    return c.length >= 2 && c.length <= 30 && !/[，。；！？,;!?：:]/.test(c) && balancedMarks(c) && !BOX_LABELS.has(c);
  }
  function opensQuote(c: string): boolean {
    return (c.match(/[“「『]/g) ?? []).length > (c.match(/[”」』]/g) ?? []).length;
  }
  function carriesOnInWord(i: number): boolean {
    const p = lastNonBlank(i);
    if (p < 0 || p === i || roles[p] !== 'body' || SENTENCE_END.test(compact(lines[p].text))) return false;
    return breaksWord(lines[p].text, lines[i].text, pageBigrams ??= lineBigrams(lines));
  }
  function lastNonBlank(i: number): number {
    let k = i - 1;
    while (k > 0 && (lines[k].blank || roles[k] === 'marker' || roles[k] === 'furniture')) k--;
    return k;
  }
  function forcedIn(from: number, to: number): boolean {
    for (let j = from; j <= to; j++) if (forcedRole.has(j)) return true;
    return false;
  }
  function startsDatelineAcross(i: number): boolean {
    let j = i + 1;
    while (j < lines.length && lines[j].blank) j++;
    return j < lines.length && matchLeadingDateline(compact(lines[i].text) + compact(lines[j].text)) !== null;
  }
  function continuesSentence(i: number): boolean {
    const p = i - 1;
    if (p < 0 || lines[p].blank || roles[p] !== 'body' || /^——/.test(compact(lines[i].text))) return false;
    const c = compact(lines[p].text);
    return !/[。！？!?…”’」』）)；;：:]$/.test(c) && widths[p] >= columnWidth[p] * 0.6;
  }
  // Where one line holds one paragraph, a short line inside the text is a paragraph of its own (an intertitle, a list
  // item, a one-sentence paragraph): only a title block where an article must begin — the page's first text, or right
  // after a closing credit or dateline — is a title. That is up to three lines that read as titles (short, no sentence
  // punctuation, no list bullet) over a credit or a line of running text (sentence punctuation).
  if (unwrapped) {
    for (let k = 0; k < lines.length; k++) if (roles[k] === 'headline' && !forcedRole.has(k)) roles[k] = 'body';
    const nextText = (k: number) => {
      let j = k + 1;
      while (j < lines.length && (lines[j].blank || roles[j] === 'marker' || roles[j] === 'furniture')) j++;
      return j;
    };
    const titleShaped = (k: number) => {
      const c = compact(lines[k].text);
      return roles[k] === 'body' && !forcedRole.has(k) && c.length >= 4 && c.length <= 40 && !/[，。；！？,;!?：:]/.test(c) &&
        !/^[■●▲◆]/.test(c) && balancedMarks(c) && !BOX_LABELS.has(c);
    };
    const starts = [nextText(-1)];
    for (let k = 0; k < lines.length; k++) {
      if ((roles[k] === 'byline' || closingDatelines.has(k) || coveredBy.has(k)) && !coveredBy.has(nextText(k))) starts.push(nextText(k));
    }
    for (const start of starts) {
      const block: number[] = [];
      let k = start;
      while (k < lines.length && block.length < 3 && titleShaped(k)) { block.push(k); k = nextText(k); }
      const opensBody = k < lines.length && (roles[k] === 'byline' ||
        ((roles[k] === 'body' || roles[k] === 'dateline') && /[，。；！？：:]/.test(compact(lines[k].text))));
      if (block.length > 0 && opensBody) for (const j of block) roles[j] = 'headline';
    }
  }
  if (blankSeparated && !unwrapped) markTitleRunsAboveTitles(lines, roles, forcedRole);
  // Forced roles from markers.
  for (const [i, role] of forcedRole) {
    if (role === 'furniture') continue;
    roles[i] = role;
    if (role === 'byline') {
      const inner = lines[i].text.trim().replace(/^[（(]/, '').replace(/[)）]$/, '');
      const parsed = parseCredit(inner) ?? { reporters: [], correspondents: [], authors: [] };
      closingCredits.set(i, { text: creditText(lines[i].text.trim()), parsed, startLine: i, endLine: i });
    }
  }

  // A boundary marker over a title applies to the body the title opens: move it to the first body line below.
  for (const [i, command] of [...boundary]) {
    if (roles[i] === 'body' || roles[i] === 'dateline') continue;
    let k = i + 1;
    while (k < lines.length && !(roles[k] === 'body' || roles[k] === 'dateline')) k++;
    boundary.delete(i);
    if (k < lines.length && !boundary.has(k)) boundary.set(k, command);
  }

  // Unwrapped text has no columns read out of order: untitled text at the page top that a closing credit or dateline
  // ends before any other article opens is an article of its own, not a fragment of a later one. (Text running on
  // into an opening dateline stays free to join that article: sentences set apart above it repeat its body.)
  if (unwrapped) {
    const first = roles.findIndex((r) => r === 'body' || r === 'dateline');
    let k = first;
    while (k >= 0 && k < lines.length && (lines[k].blank || roles[k] === 'body' || roles[k] === 'marker' || roles[k] === 'furniture' || roles[k] === 'caption')) k++;
    const closed = k > first && k < lines.length && (roles[k] === 'byline' || closingDatelines.has(k));
    if (first >= 0 && closed && !boundary.has(first)) boundary.set(first, 'article');
  }

  // An intertitle at a column's top, shaped like the article's intertitles in its running text (see intertitlesAtColumnTop.ts).
  if (!blankSeparated) for (const i of intertitlesAtColumnTop(lines, roles, widths, columnWidth, new Set(forcedRole.keys()))) roles[i] = 'body';
  // A `——` lead-in under a title opens the article's text (see leadIns.ts).
  for (const i of leadInsUnderTitles(lines, roles, new Set(forcedRole.keys()))) roles[i] = 'body';

  // 4. Body pieces, linked into article chains.
  // A bullet lead (`■…`) after another article's finished text opens a new article (see bullets.ts).
  for (const i of bulletLeadStarts(lines, roles)) if (!boundary.has(i)) boundary.set(i, 'article');
  // A title set inside running text does not cut it: the sentence runs on across it as across furniture; so do the
  // characters of a vertical title (see verticalTitles.ts).
  const vertical = findVerticalTitles(lines, roles);
  const verticalLines = new Set(vertical.flat());
  const pieceRoles = roles.map((r, i) => (inlineTitles.has(i) || verticalLines.has(i) || foreignTitles.has(i) ? 'furniture' : r));
  const pieces = buildPieces(lines, pieceRoles, widths, columnWidth, boundary, new Set([...closingDatelines.keys(), ...coveredBy.keys()]), indentUnknown,
    blankMarksColumnBreaks(lines, blankSeparated));
  const chains = cutDoubleDatelineChains(linkPieces(pieces, lines, pieceRoles, blankSeparated, lexicon), lines);
  // One line, one paragraph: no paragraph runs on over a line break.
  if (unwrapped) for (const piece of pieces) { piece.paraBreakBefore = true; for (const l of piece.lines.slice(1)) piece.breaks.add(l); }

  // 5. Headline blocks, attached to chains by evidence.
  const blocks = pairSideBySideTitles(headlineBlocks(lines, roles, subtitlesUnder), lines, widths, columnWidth);
  const chainText = chains.map((chain) => chain.map((p) => p.lines.map((i) => lines[i].text).join('')).join(''));
  const grouped: HeadlinePart[] = blocks.flatMap((block, b) => groupTitles(headlineParts(block, lines, widths, columnWidth, footTitles), lines)
    .map(({ part, group }) => ({ lines: part, block: b, group })));
  grouped.push(...verticalTitleParts(vertical, grouped, lines, blocks.length));
  for (const i of verticalLines) roles[i] = 'headline';
  const chainLines = chains.map((chain) => chain.reduce((span, p) => ({ first: Math.min(span.first, p.lines[0]), last: Math.max(span.last, p.lines[p.lines.length - 1]) }),
    { first: Number.MAX_SAFE_INTEGER, last: -1 }));
  const parts = splitTitleRows(grouped, chainText, lines, segmenter, grouped.length, chainLines);
  // Titles collected at the page foot are laid along the body in their printed order; the others go by evidence.
  const stacked = parts.filter((p) => p.lines.every((i) => footTitles.has(i)));
  const attachment = attachHeadlines(parts.filter((p) => !stacked.includes(p)), chains, chainText, lines, segmenter);
  const placed = placeFootTitles(stacked, chains, new Set(attachment.keys()), lines, segmenter);
  for (const [c, list] of placed.attachment) attachment.set(c, [...(attachment.get(c) ?? []), ...list].sort((a, b) => a.lines[0] - b.lines[0]));
  // A title set inside running text belongs to the article it interrupts, when that article has no title yet.
  for (const part of parts) {
    if (!part.lines.every((i) => inlineTitles.has(i))) continue;
    let top = part.lines[0];
    while (inlineTitles.has(top - 1)) top--;
    const above = lastNonBlank(top);
    const owner = placed.chains.findIndex((chain) => chain.some((p) => p.lines.includes(above)));
    if (owner < 0) continue;
    for (const [c, list] of attachment) if (list.includes(part)) attachment.set(c, list.filter((q) => q !== part));
    // (Where that article has a title already, this one opens no other article either.)
    if ((attachment.get(owner) ?? []).some((q) => !q.lines.every((i) => inlineTitles.has(i)))) continue;
    attachment.set(owner, [...(attachment.get(owner) ?? []), part].sort((a, b) => a.lines[0] - b.lines[0]));
  }
  for (const [c, list] of [...attachment]) if (list.length === 0) attachment.delete(c);

  // Titles left over mean articles running on in one chain: split where the text turns to a title's words.
  const split = splitForHeadlines(parts, placed.chains, attachment, lines, segmenter);
  const underTitles = blankSeparated ? joinUnderTitles(split.chains, split.attachment, columnTop, (chain) => chain.map((p) => p.lines.map((i) => lines[i].text).join('')).join('')) : takeBackOpenings(split.chains, split.attachment, lines);
  // A short column rubric over letters heads the letters, not the carried-on text below it (see rubricLetters.ts).
  const taken = blankSeparated ? rubricOverLetters(underTitles.chains, underTitles.attachment, lines) : underTitles;
  const splitText = withTitles(taken.chains.map((chain) => chain.map((p) => p.lines.map((i) => lines[i].text).join('')).join('')), taken.attachment, lines);

  // 6. Build articles.
  const merged = mergeOrphans(taken.chains, splitText, taken.attachment, pieces, lines, lexicon);
  const articles = merged.chains.map((chain, k) => buildArticle(chain, lines, roles, merged.parts[k]));
  const attachedParts = new Set([...split.attachment.values()].flat());
  for (const part of parts) {
    if (attachedParts.has(part)) continue;
    if (part.text !== undefined) noise.push({ text: cleanInline(part.text), kind: 'other', line: part.lines[0] });
    else for (const i of part.lines) noise.push({ text: cleanInline(lines[i].text), kind: 'other', line: i });
  }

  const bodyOwners: (DraftArticle | undefined)[] = new Array<DraftArticle | undefined>(lines.length);
  for (const a of articles) for (const l of a.bodyLines) bodyOwners[l] = a;
  /** Articles whose dateline came from a closing dateline line standing alone. */
  const loneClosing = new Set<DraftArticle>();
  // Captions, credits and closing datelines: to the nearest article, by similarity for sentences.
  for (const line of lines) {
    const i = line.index;
    if (roles[i] === 'caption') {
      if (captionInner.has(i)) continue;
      const last = captionBlocks.get(i) ?? i;
      const text = lines.slice(i, last + 1).map((l) => l.text).join('\n');
      const target = nearestArticle(articles, i, text, bodyOwners);
      if (target) target.captions.push({ text: cleanInline(text), startLine: i, endLine: last });
      else for (let k = i; k <= last; k++) noise.push({ text: cleanInline(lines[k].text), kind: 'other', line: k });
    } else if ((roles[i] === 'byline' && closingCredits.has(i)) || (roles[i] === 'dateline' && closingDatelines.has(i))) {
      const credit = closingCredits.get(i);
      const dateline = closingDatelines.get(i);
      // A credit line set between a title and a body (`本报记者 张三` under the headline) leads the body below it;
      // any other credit line closes the article above it.
      const above = neighbourLine(lines, roles, i, -1);
      const below = neighbourLine(lines, roles, credit?.endLine ?? i, 1);
      const leads = credit !== undefined && dateline === undefined && above !== null && roles[above] === 'headline' && below !== null &&
        roles[below] === 'body' && bodyOwners[below] !== undefined;
      const target = leads && below !== null ? bodyOwners[below] ?? null : precedingArticle(bodyOwners, i);
      // A bare name closing the chain (`……（闫娜）`) is the weakest credit: a wrong link may have brought it from another
      // article. A dateline with a credit, set right after a piece of this article's body, takes its place.
      if (target && dateline && credit && !target.dateline && target.byline && isBareAuthor(target.byline)) {
        noise.push({ text: target.byline.text, kind: 'other', line: target.byline.startLine });
        target.byline = null;
      }
      // Likewise a closing dateline standing alone: a bracket with dateline and credit later on closes the article
      // whole (the lone one closed text a wrong link put in the middle).
      if (target && dateline && credit && target.dateline && !target.byline && loneClosing.has(target)) {
        noise.push({ text: target.dateline.raw ?? target.dateline.text, kind: 'other', line: target.dateline.startLine });
        target.dateline = null;
      }
      if (target && dateline && credit && !target.dateline && !target.byline) {
        target.dateline = { ...dateline, startLine: i, endLine: credit.endLine };
        target.byline = { ...credit.parsed, text: credit.text, range: rangeOf(lines, i, credit.endLine), startLine: i, endLine: credit.endLine };
      } else if (dateline && credit) {
        for (let k = i; k <= credit.endLine; k++) noise.push({ text: cleanInline(lines[k].text), kind: 'other', line: k });
      } else if (target && credit && !target.byline) target.byline = { ...credit.parsed, text: credit.text, range: rangeOf(lines, i, credit.endLine), startLine: i, endLine: credit.endLine };
      else if (target && dateline && !target.dateline) {
        target.dateline = { ...dateline, raw: dateline.raw ?? cleanInline(line.text), startLine: i, endLine: i };
        loneClosing.add(target);
      }
      else noise.push({ text: cleanInline(line.text), kind: 'other', line: i });
      if (target) { target.startLine = Math.min(target.startLine, i); target.endLine = Math.max(target.endLine, i); }
    }
  }

  // An article with neither body nor headline is not one; what it holds stays on the page as noise.
  for (const a of articles) {
    if (a.paragraphs.length > 0 || a.headline !== null) continue;
    if (a.kicker) noise.push({ text: a.kicker.text, kind: 'other', line: a.kicker.startLine });
    if (a.subheadline) noise.push({ text: a.subheadline.text, kind: 'other', line: a.subheadline.startLine });
    if (a.dateline) noise.push({ text: a.dateline.raw ?? a.dateline.text, kind: 'other', line: a.dateline.startLine });
    if (a.byline) noise.push({ text: a.byline.text, kind: 'other', line: a.byline.startLine });
    for (const c of a.captions) noise.push({ text: c.text, kind: 'other', line: c.startLine });
  }
  // Conservation: any text line no article or noise item took goes to noise, so nothing of the input is lost.
  const used = new Set<number>(noise.map((n) => n.line));
  if (section) used.add(section.line);
  for (const a of articles) {
    for (const l of a.bodyLines) used.add(l);
    for (const part of [a.headline, a.kicker, a.subheadline, ...a.captions]) if (part) for (let l = part.startLine; l <= part.endLine; l++) used.add(l);
    if (a.dateline) for (let l = a.dateline.startLine; l <= a.dateline.endLine; l++) used.add(l);
    if (a.byline) for (let l = a.byline.startLine; l <= a.byline.endLine; l++) used.add(l);
  }
  for (const line of lines) {
    if (line.blank || roles[line.index] === 'marker' || used.has(line.index)) continue;
    noise.push({ text: cleanInline(line.text), kind: 'other', line: line.index });
  }
  const finished = articles.filter((a) => a.paragraphs.length > 0 || a.headline !== null)
    .sort((a, b) => a.startLine - b.startLine)
    .map((a, k): Article => ({ ...a, index: k + 1 }));
  return { section, noise: noise.sort((a, b) => a.line - b.line), articles: finished, roles };
}
