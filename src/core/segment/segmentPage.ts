// Segments a page into articles: line roles, body pieces linked into articles, headlines attached by evidence.
import type { Article, Layout, LineRole, NoiseItem, PageSegmentation } from '../model';
import type { Segmenter } from '../segmenter/segmenter';
import type { Lexicon } from './page/lexicon';
import { buildArticle, creditText } from './article';
import { type HeadlinePart, attachHeadlines, splitTitleRows } from './titles/attach';
import { mergeOrphans, splitForHeadlines, withTitles } from './links/chains';
import { markFootTitles, placeFootTitles, takeBackOpenings } from './titles/footTitles';
import { subtitlesUnderTitleBlocks } from './titles/subtitleUnder';
import { markKickersOverTitles, markTitleRunsAboveTitles, markTitleRunsBeforeDatelines } from './titles/titleRuns';
import { cleanInline } from './clean';
import { placeCaptionsAndClosings } from './closings';
import { columnTopTitles, joinUnderTitles } from './titles/columnTopTitles';
import { rubricOverLetters } from './titles/rubricLetters';
import { markForeignTitlesAtColumnTop, markParallelTitlesAtColumnTop } from './titles/inTextTitles';
import { blankMarksColumnBreaks } from './page/columns';
import { createPageContext } from './page/context';
import { piecesText } from './page/lines';
import { readMarkers } from './markers';
import { buildPieces, linkPieces } from './links/pieces';
import { bulletLeadStarts } from './links/bullets';
import { closeIntertitlesOverParagraphs } from './links/intertitlesOverParagraphs';
import { findVerticalTitles, verticalTitleParts } from './titles/verticalTitles';
import { parseCredit } from './roles/byline';
import { cutDoubleDatelineChains } from './links/doubleDatelines';
import { markFurniture } from './roles/pageFurniture';
import { groupTitles, headlineBlocks, headlineParts } from './titles/blocks';
import { wrappedRubricTitles } from './titles/wrappedRubrics';
import { pairSideBySideTitles } from './titles/sideBySide';
import { leadInsUnderTitles } from './titles/leadIns';
import { intertitlesAtColumnTop } from './titles/intertitlesAtColumnTop';
import { markLineRoles, markPullQuotes } from './roles/lineRoles';
import { markRubricTitles } from './titles/rubricTitles';
import { unmarkRunningOnTitles, unmarkTitlesRunningIntoText } from './titles/runningOn';
import { keepOnlyArticleStartTitles, markTitlesAboveDatelines, markTitlesAfterCredits, markTitlesAtPageTop, markTitlesWhereArticlesBegin } from './titles/articleStarts';
import { markShortTitlesAfterSentences, markTitlesAfterOpenText } from './titles/blankSeparatedTitles';
import { markNarrowTitleRuns, markTitlesAboveText, markWideTitlesInText } from './titles/columnBreakTitles';
import { markTitlesOverDashes } from './titles/dashSubheadlines';
import { markTitlesInRunningText } from './titles/inlineTitles';
import { joinTitleNeighbours, stackTitleBlocks } from './titles/stacking';
import { cutTitledContinuations } from './titles/titleBetweenHalves';
import { takeLeftoverTitles } from './titles/leftoverExchange';

/**
 * The page's articles and furniture. `segmenter` adds word evidence when attaching titles; `lexicon` (a segmenter's
 * dictionary) adds dictionary words as evidence when linking sentence halves across breaks.
 */
export function segmentPage(_text: string, layout: Layout, segmenter: Segmenter | null, lexicon: Lexicon | null = null): PageSegmentation {
  const lines = layout.lines;
  const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
  const noise: NoiseItem[] = [];

  // 1. Markers: `#@ command` lines; role commands bind to the next non-blank line.
  const { forcedRole, boundary } = readMarkers(lines, roles);

  // 2. Furniture and the section label.
  const section = markFurniture(lines, roles, forcedRole, noise);

  // 3. Column widths and the other line roles.
  const ctx = createPageContext(lines, roles, forcedRole);
  const { widths, columnWidth, blankSeparated, unwrapped, indentUnknown, closingCredits, closingDatelines, coveredBy } = ctx;
  const { forced, lastNonBlank } = ctx;
  // Pull quotes, closing datelines and credits, captions and title candidates, line by line (see lineRoles.ts).
  const captions = markPullQuotes(ctx);
  markLineRoles(ctx);
  // Title candidates, pass by pass (each module says what page habit it reads); later passes see earlier ones' roles.
  markRubricTitles(ctx);
  // (A two-line title whose rubric bracket wraps onto its second line: see wrappedRubrics.ts.)
  for (const i of wrappedRubricTitles(lines, roles, forcedRole)) roles[i] = roles[i + 1] = 'headline';
  unmarkRunningOnTitles(ctx);
  markTitlesWhereArticlesBegin(ctx);
  if (!blankSeparated && !unwrapped) markTitlesAtPageTop(ctx);
  if (blankSeparated) markShortTitlesAfterSentences(ctx);
  else markNarrowTitleRuns(ctx);
  if (!blankSeparated) markTitleRunsBeforeDatelines(lines, roles, forcedRole, new Set(closingDatelines.keys()));
  markTitlesAfterCredits(ctx);
  markTitlesOverDashes(ctx);
  if (!blankSeparated) markTitlesAboveText(ctx);
  // Under a title block (and the blank line pdftotext leaves under it) an article opens with a dateline or an
  // indented paragraph: a line without any punctuation set across the whole column there is the block's last title
  // line (a subheadline wider than the lines above), not running text.
  const subtitlesUnder = new Set(blankSeparated ? [] : subtitlesUnderTitleBlocks(ctx));
  for (const i of subtitlesUnder) roles[i] = 'headline';
  if (blankSeparated) markTitlesAfterOpenText(ctx);
  const columnTop = blankSeparated ? columnTopTitles(lines, roles, widths, columnWidth, forced) : [];
  for (const title of columnTop) for (const k of title.lines) roles[k] = 'headline';
  const inlineTitles = markTitlesInRunningText(ctx);
  if (!blankSeparated) markWideTitlesInText(ctx);
  const footTitles = blankSeparated ? new Set<number>() : markFootTitles(ctx);
  stackTitleBlocks(ctx);
  // (After the stacking above: running text follows such a title directly, and no title block grows into it.)
  if (!blankSeparated) markParallelTitlesAtColumnTop(ctx);
  const foreignTitles = blankSeparated ? new Set<number>() : markForeignTitlesAtColumnTop(ctx);
  markTitlesAboveDatelines(ctx);
  joinTitleNeighbours(ctx);
  unmarkTitlesRunningIntoText(ctx);
  if (unwrapped) keepOnlyArticleStartTitles(ctx);
  if (blankSeparated && !unwrapped) markTitleRunsAboveTitles(lines, roles, forcedRole, widths, columnWidth);
  // (Elsewhere only a kicker set narrow over a title: see titleRuns.ts.)
  const titlesUnderKickers = !blankSeparated && !unwrapped ? markKickersOverTitles(lines, roles, forcedRole, widths, columnWidth) : new Set<number>();
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
  for (const i of leadInsUnderTitles(lines, roles, forced)) roles[i] = 'body';

  // 4. Body pieces, linked into article chains.
  // A bullet lead (`■…`) after another article's finished text opens a new article (see bullets.ts).
  for (const i of bulletLeadStarts(lines, roles)) if (!boundary.has(i)) boundary.set(i, 'article');
  // A title set inside running text does not cut it: the sentence runs on across it as across furniture; so do the
  // characters of a vertical title (see verticalTitles.ts).
  const vertical = findVerticalTitles(lines, roles);
  const verticalLines = new Set(vertical.flat());
  const pieceRoles = roles.map((r, i) => (inlineTitles.has(i) || verticalLines.has(i) || foreignTitles.has(i) ? 'furniture' : r));
  // (Half-width digits may fill a line that looks indented on every page, now that intertitles set apart end closed.)
  const built = buildPieces(lines, pieceRoles, widths, columnWidth, boundary, new Set([...closingDatelines.keys(), ...coveredBy.keys()]), indentUnknown,
    blankMarksColumnBreaks(lines, blankSeparated), lexicon, true);
  // An intertitle set apart over the paragraph it heads ends no sentence (see intertitlesOverParagraphs.ts).
  const pieces = blankSeparated ? closeIntertitlesOverParagraphs(built, lines, widths, columnWidth, lexicon) : built;
  const chains = cutDoubleDatelineChains(linkPieces(pieces, lines, pieceRoles, blankSeparated, lexicon), lines);
  // One line, one paragraph: no paragraph runs on over a line break.
  if (unwrapped) for (const piece of pieces) { piece.paraBreakBefore = true; for (const l of piece.lines.slice(1)) piece.breaks.add(l); }

  // 5. Headline blocks, attached to chains by evidence.
  const blocks = pairSideBySideTitles(headlineBlocks(lines, roles, new Set([...subtitlesUnder, ...titlesUnderKickers])), lines, widths, columnWidth);
  const chainText = chains.map((chain) => piecesText(chain, lines));
  const grouped: HeadlinePart[] = blocks.flatMap((block, b) => groupTitles(headlineParts(block, lines, widths, columnWidth, footTitles), lines)
    .map(({ part, group }) => ({ lines: part, block: b, group })));
  grouped.push(...verticalTitleParts(vertical, grouped, lines, blocks.length));
  for (const i of verticalLines) roles[i] = 'headline';
  const chainLines = chains.map((chain) => chain.reduce((span, p) => ({ first: Math.min(span.first, p.lines[0]), last: Math.max(span.last, p.lines[p.lines.length - 1]) }),
    { first: Number.MAX_SAFE_INTEGER, last: -1 }));
  const parts = splitTitleRows(grouped, chainText, lines, segmenter, grouped.length, chainLines);
  // Titles collected at the page foot are laid along the body in their printed order; the others go by evidence.
  const stacked = parts.filter((p) => p.lines.every((i) => footTitles.has(i)));
  const attachment = attachHeadlines(parts.filter((p) => !stacked.includes(p)), chains, chainText, lines, segmenter, blankSeparated);
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
  // A title printed between the halves of another article's sentence heads its own article further down.
  const titled = blankSeparated ? cutTitledContinuations(placed.chains, attachment, pieces, lines, segmenter) : { chains: placed.chains, attachment };

  // Titles left over mean articles running on in one chain: split where the text turns to a title's words.
  const split = splitForHeadlines(parts, titled.chains, titled.attachment, lines, segmenter);
  const underTitles = blankSeparated ? joinUnderTitles(split.chains, split.attachment, columnTop, (chain) => piecesText(chain, lines)) : takeBackOpenings(split.chains, split.attachment, lines);
  // A short column rubric over letters heads the letters, not the carried-on text below it (see rubricLetters.ts).
  const taken = blankSeparated ? rubricOverLetters(underTitles.chains, underTitles.attachment, lines, lexicon) : underTitles;
  // An article under another article's title takes its own title left over elsewhere (see leftoverExchange.ts).
  const takenText = taken.chains.map((chain) => piecesText(chain, lines));
  const exchanged = takeLeftoverTitles(parts, taken.attachment, takenText, lines, segmenter);
  const splitText = withTitles(takenText, taken.attachment, lines);

  // 6. Build articles.
  const merged = mergeOrphans(taken.chains, splitText, taken.attachment, pieces, lines, lexicon, blankSeparated);
  const articles = merged.chains.map((chain, k) => buildArticle(chain, lines, roles, merged.parts[k]));
  const attachedParts = new Set([...[...split.attachment.values()].flat(), ...exchanged.taken].filter((p) => !exchanged.dropped.includes(p)));
  for (const part of parts) {
    if (attachedParts.has(part)) continue;
    if (part.text !== undefined) noise.push({ text: cleanInline(part.text), kind: 'other', line: part.lines[0] });
    else for (const i of part.lines) noise.push({ text: cleanInline(lines[i].text), kind: 'other', line: i });
  }

  // Captions, credits and closing datelines: to the nearest article, by similarity for sentences (see closings.ts).
  placeCaptionsAndClosings(ctx, articles, captions, noise);

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
