// Segments a page into articles: line roles, body pieces linked into articles, headlines attached by evidence.
import type { Article, ArticlePart, Byline, Dateline, Layout, LineRole, NoiseItem, PageLine, PageSegmentation } from '../model';
import type { Segmenter } from '../segmenter/segmenter';
import { cleanInline } from './clean';
import { type Marker, isRoleCommand, parseMarker } from './markers';
import { matchClosingDateline, matchClosingDatelineCredit, matchLeadingDateline } from './roles/dateline';
import { type ParsedByline, matchBareCredit, matchLeadingCredit, matchTrailingCredit, parseCredit } from './roles/byline';
import { isPhotoCredit, looksLikeCaption } from './roles/caption';
import { detectFurniture, isSectionLabel } from './roles/furniture';
import { endsWithRubric, isHeadlineCandidate, splitHeadlineBlock } from './roles/headline';
import { compact, compactWidth, isLetterSpaced } from './text';
import { type HeadlinePart, NEAR_LINES, attachHeadlines, chainSimilarity, headlineEvidence } from './attach';
import { estimateColumnWidths, isBlankSeparated } from './columns';
import { type Piece, buildPieces, linkPieces } from './pieces';

/** A credit or closing dateline found in the text, with the source lines it spans. */
interface CreditFound {
  readonly text: string;
  readonly parsed: ParsedByline;
  readonly startLine: number;
  readonly endLine: number;
}

export function segmentPage(_text: string, layout: Layout, segmenter: Segmenter | null): PageSegmentation {
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
  const widths = lines.map((l) => compactWidth(l.text));
  let nonBlankSeen = 0;
  for (const line of lines) {
    if (roles[line.index] !== 'body') continue;
    nonBlankSeen++;
    const forced = forcedRole.get(line.index);
    const c = compact(line.text);
    if (forced === 'furniture') { roles[line.index] = 'furniture'; noise.push({ text: cleanInline(line.text), kind: 'other', line: line.index }); continue; }
    if (forced) { roles[line.index] = forced; continue; }
    if (isSectionLabel(c) && (nonBlankSeen <= 6 || isIsolated(lines, line.index))) {
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
  const columnWidth = estimateColumnWidths(lines, widths, roles);
  // A letter-spaced line was stretched to fill its column.
  const stretched = new Set<number>();
  for (const line of lines) {
    if (roles[line.index] === 'body' && isLetterSpaced(line.text)) {
      stretched.add(line.index);
      widths[line.index] = Math.max(widths[line.index], columnWidth[line.index]);
    }
  }
  const blankSeparated = isBlankSeparated(lines, roles);
  const closingCredits = new Map<number, CreditFound>();
  const closingDatelines = new Map<number, Dateline>();
  /** Second lines of a two-line closing bracket, pointing to its first line. */
  const coveredBy = new Map<number, number>();
  for (const line of lines) {
    const i = line.index;
    if (roles[i] !== 'body' || forcedRole.has(i)) continue;
    const c = compact(line.text);
    const closing = matchClosingDateline(c);
    if (closing) { roles[i] = 'dateline'; closingDatelines.set(i, closing); continue; }
    // `（据新华社电 记者阿依努尔、宿` / `传义）`: dateline and credit in one bracket, over one or two lines.
    const span = /^\s*[（(]/.test(line.text) ? [i, i + 1].filter((k) => k < lines.length && !lines[k].blank && roles[k] === 'body') : [];
    for (let n = 1; n <= span.length; n++) {
      const raw = span.slice(0, n).map((k) => lines[k].text).join('\n');
      const both = matchClosingDatelineCredit(raw);
      const parsed = both ? parseCredit(both.credit.replace(/\n/g, ' ')) : null;
      if (!both || !parsed) continue;
      const last = span[n - 1];
      for (const k of span.slice(0, n)) roles[k] = 'dateline';
      closingDatelines.set(i, { ...both.dateline, raw: cleanInline(raw) });
      closingCredits.set(i, { text: creditText(both.credit.replace(/\n/g, ' ')), parsed, startLine: i, endLine: last });
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
    if (!continuesSentence(i)) roles[i] = 'headline';
  }
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
      const startPosition = previous === null || previous === 'byline' || (previous === 'dateline' && closingDatelines.has(lastNonBlank(i)));
      if (roles[i] === 'body' && startPosition && isIsolated(lines, i) && !forcedRole.has(i) && c.length >= 4 && c.length <= 40 &&
        !/[，。；！？,;!?]/.test(c) && !BOX_LABELS.has(c)) roles[i] = 'headline';
      previous = roles[i];
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
      if (c.length < 2 || c.length > 30 || /[，。；！？,;!?]/.test(c.replace(/——$/, '')) || BOX_LABELS.has(c)) break;
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
    if (c.length >= 4 && c.length <= 30 && !/[，。；！？,;!?]/.test(c) && /^——/.test(next) && next.length <= 50 && !/。/.test(next)) {
      roles[i] = 'headline';
      roles[i + 1] = 'headline';
    }
  }
  // Where blank lines mark column breaks only, a short unpunctuated line after a blank line, set narrower than the
  // column and followed by text, is a title printed right above its body.
  if (!blankSeparated) {
    for (let i = 1; i + 1 < lines.length; i++) {
      const c = compact(lines[i].text);
      if (roles[i] !== 'body' || forcedRole.has(i) || !lines[i - 1].blank || lines[i + 1].blank || roles[i + 1] !== 'body') continue;
      if (c.length >= 4 && c.length <= 30 && !/[，。；！？,;!?、]/.test(c) && widths[i] < columnWidth[i] - 4 && !BOX_LABELS.has(c) &&
        /[，。；！？]/.test(compact(lines[i + 1].text))) roles[i] = 'headline';
    }
  }
  // Headlines stacked without blank lines: unpunctuated short lines directly below (or above) a headline line belong
  // to the same title block, as long as they are not a paragraph's opening line running on.
  const titleLike = (i: number) => {
    if (roles[i] !== 'body' || forcedRole.has(i) || lines[i].blank) return false;
    const c = compact(lines[i].text);
    if (c.length < 4 || c.length > 40 || /[，。；！？,;!?]/.test(c) || /^[■●▲◆]/.test(c) || BOX_LABELS.has(c)) return false;
    // A column-wide line followed by running text is a paragraph's first line, not a title.
    const next = i + 1 < lines.length && !lines[i + 1].blank && roles[i + 1] === 'body' && /[，。；！？、：]/.test(compact(lines[i + 1].text));
    return !(next && widths[i] >= columnWidth[i] - 2 && widths[i] <= columnWidth[i] + 2);
  };
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== 'headline') continue;
    for (let j = i + 1; j < lines.length && titleLike(j); j++) roles[j] = 'headline';
    for (let j = i - 1; j >= 0 && titleLike(j) && (j === 0 || lines[j - 1].blank || roles[j - 1] === 'furniture' || roles[j - 1] === 'headline'); j--) roles[j] = 'headline';
  }
  // A short unpunctuated line right next to a headline, before a dateline or a blank line, is part of the title block.
  for (let pass = 0; pass < 2; pass++) {
    for (const line of lines) {
      const i = line.index;
      if (roles[i] !== 'body' || forcedRole.has(i)) continue;
      const c = compact(line.text);
      if (c.length < 2 || c.length > 60 || /[。，、；：,;:]$/.test(c) || continuesSentence(i)) continue;
      const prevRole = neighbourRole(lines, roles, i, -1, true);
      const nextRole = neighbourRole(lines, roles, i, 1);
      if (prevRole === 'headline' && (nextRole === 'dateline' || nextRole === 'blank' || nextRole === 'headline')) roles[i] = 'headline';
      // Standing alone right above a dateline: the title of the article the dateline opens.
      else if (neighbourRole(lines, roles, i, 1, true) === 'dateline' && (i === 0 || lines[i - 1].blank) && c.length >= 4 && c.length <= 40 &&
        !/[，。；！？,;!?]/.test(c) && !BOX_LABELS.has(c)) roles[i] = 'headline';
      else if (nextRole === 'headline' && i > 0 && lines[i - 1].blank && neighbourRole(lines, roles, i, 1, true)) roles[i] = 'headline';
    }
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

  // 4. Body pieces, linked into article chains.
  const pieces = buildPieces(lines, roles, widths, columnWidth, boundary, new Set([...closingDatelines.keys(), ...coveredBy.keys()]), stretched);
  const chains = linkPieces(pieces, lines, roles);

  // 5. Headline blocks, attached to chains by evidence.
  const blocks = headlineBlocks(lines, roles);
  const parts: HeadlinePart[] = blocks.flatMap((block, b) => groupTitles(headlineParts(block, lines, widths, columnWidth), lines)
    .map(({ part, group }) => ({ lines: part, block: b, group })));
  const chainText = chains.map((chain) => chain.map((p) => p.lines.map((i) => lines[i].text).join('')).join(''));
  const attachment = attachHeadlines(parts, chains, chainText, lines, segmenter);

  // Titles left over mean articles running on in one chain: split where the text turns to a title's words.
  const split = splitForHeadlines(parts, chains, attachment, lines, segmenter);
  const splitText = split.chains.map((chain) => chain.map((p) => p.lines.map((i) => lines[i].text).join('')).join(''));

  // 6. Build articles.
  const merged = mergeOrphans(split.chains, splitText, split.attachment, pieces);
  const articles = merged.chains.map((chain, k) => buildArticle(chain, lines, roles, merged.parts[k]));
  const attachedParts = new Set([...split.attachment.values()].flat());
  for (const part of parts) {
    if (attachedParts.has(part)) continue;
    for (const i of part.lines) noise.push({ text: cleanInline(lines[i].text), kind: 'other', line: i });
  }

  const bodyOwners: (DraftArticle | undefined)[] = new Array<DraftArticle | undefined>(lines.length);
  for (const a of articles) for (const l of a.bodyLines) bodyOwners[l] = a;
  // Captions, credits and closing datelines: to the nearest article, by similarity for sentences.
  for (const line of lines) {
    const i = line.index;
    if (roles[i] === 'caption') {
      const target = nearestArticle(articles, i, chainText, line.text, roles[i]);
      if (target) target.captions.push({ text: cleanInline(line.text), startLine: i, endLine: i });
      else noise.push({ text: cleanInline(line.text), kind: 'other', line: i });
    } else if ((roles[i] === 'byline' && closingCredits.has(i)) || (roles[i] === 'dateline' && closingDatelines.has(i))) {
      const target = precedingArticle(bodyOwners, i);
      const credit = closingCredits.get(i);
      const dateline = closingDatelines.get(i);
      if (target && dateline && credit && !target.dateline && !target.byline) {
        target.dateline = { ...dateline, startLine: i, endLine: credit.endLine };
        target.byline = { ...credit.parsed, text: credit.text, range: rangeOf(lines, i, credit.endLine), startLine: i, endLine: credit.endLine };
      } else if (dateline && credit) {
        for (let k = i; k <= credit.endLine; k++) noise.push({ text: cleanInline(lines[k].text), kind: 'other', line: k });
      } else if (target && credit && !target.byline) target.byline = { ...credit.parsed, text: credit.text, range: rangeOf(lines, i, i), startLine: i, endLine: i };
      else if (target && dateline && !target.dateline) target.dateline = { ...dateline, raw: dateline.raw ?? cleanInline(line.text), startLine: i, endLine: i };
      else noise.push({ text: cleanInline(line.text), kind: 'other', line: i });
      if (target) target.endLine = Math.max(target.endLine, i);
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

/** Labels of boxed text that papers set inside an article's body. */
const BOX_LABELS: ReadonlySet<string> = new Set(['核心阅读', '编者按', '阅读提示', '延伸阅读', '相关链接', '链接']);

interface DraftArticle {
  index: number;
  headline: ArticlePart | null;
  kicker: ArticlePart | null;
  subheadline: ArticlePart | null;
  dateline: (Dateline & { startLine: number; endLine: number }) | null;
  byline: (Byline & { startLine: number; endLine: number }) | null;
  captions: ArticlePart[];
  paragraphs: ArticlePart[];
  startLine: number;
  endLine: number;
  /** Source lines of the body, for nearest-article decisions. */
  bodyLines: number[];
}

function creditText(text: string): string {
  return text.replace(/本\s*报\s*记\s*者/g, '本报记者').replace(/记\s*者/g, '记者').replace(/通\s*讯\s*员/g, '通讯员').replace(/\s+/g, ' ').replace(/([（(])\s+/g, '$1').replace(/\s+([)）])/g, '$1');
}

function rangeOf(lines: readonly PageLine[], first: number, last: number): { start: number; end: number } {
  return { start: lines[first].start, end: lines[last].end };
}

/** The nearest non-blank line in a direction (markers skipped), or null at the page's edge. */
function neighbourLine(lines: readonly PageLine[], roles: readonly LineRole[], i: number, step: 1 | -1): number | null {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if (!lines[k].blank && roles[k] !== 'marker') return k;
  return null;
}

/** The role of the nearest line in a direction: 'blank' if a blank line comes first (unless skipping blanks). */
function neighbourRole(lines: readonly PageLine[], roles: readonly LineRole[], i: number, step: 1 | -1, skipBlank = false): LineRole | null {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) {
    if (roles[k] === 'marker' || roles[k] === 'furniture') continue;
    if (lines[k].blank) { if (skipBlank) continue; return 'blank'; }
    return roles[k];
  }
  return null;
}

function isIsolated(lines: readonly PageLine[], i: number): boolean {
  const before = i === 0 || lines[i - 1].blank;
  const after = i === lines.length - 1 || lines[i + 1].blank;
  return before && after;
}

function isIsolatedOrEdge(lines: readonly PageLine[], roles: readonly LineRole[], i: number): boolean {
  const edge = (k: number) => k < 0 || k >= lines.length || lines[k].blank || roles[k] !== 'body';
  return edge(i - 1) || edge(i + 1);
}

/** Groups headline lines into blocks: adjacent lines, or a single line and one more after a blank line. */
function headlineBlocks(lines: readonly PageLine[], roles: readonly LineRole[]): number[][] {
  const blocks: number[][] = [];
  let current: number[] = [];
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] === 'headline' || roles[i] === 'kicker' || roles[i] === 'subheadline') {
      if (current.length > 0 && (gap === 0 || (gap === 1 && current.length === 1 && lines[i - 1].blank))) current.push(i);
      else { if (current.length > 0) blocks.push(current); current = [i]; }
      gap = 0;
    } else if (roles[i] === 'marker') continue;
    else if (lines[i].blank && current.length > 0) gap++;
    else if (current.length > 0) { blocks.push(current); current = []; gap = 0; }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Least shared vocabulary (bigram cosine) for a title-less dateline chain and a dateline-less titled chain to pair. */
const PAIR_MIN_SIMILARITY = 0.1;

/** How far past a candidate boundary the text is compared with a title (characters). */
const SPLIT_WINDOW = 400;

/**
 * A title that found no body of its own belongs to an article the extractor ran on from another one without a
 * break. It takes the rest of the chain from the paragraph start where its words appear most (compared with the
 * text before that point).
 */
function splitForHeadlines(parts: readonly HeadlinePart[], chains: readonly Piece[][], attachment: ReadonlyMap<number, HeadlinePart[]>,
  lines: readonly PageLine[], segmenter: Segmenter | null): { chains: Piece[][]; attachment: Map<number, HeadlinePart[]> } {
  const out = chains.map((c) => [...c]);
  const result = new Map(attachment);
  const attached = new Set([...attachment.values()].flat());
  let nextId = Math.max(0, ...chains.flat().map((p) => p.id)) + 1;
  for (const part of parts) {
    if (attached.has(part) || part.lines.length === 0) continue;
    const title = part.lines.map((i) => lines[i].text).join('');
    let best: { chain: number; piece: number; line: number; score: number } | null = null;
    out.forEach((chain, c) => {
      const flat = chain.flatMap((p, k) => p.lines.map((line, j) => ({ k, j, line, starts: j === 0 ? k > 0 && p.paraBreakBefore : p.breaks.has(line) })));
      const texts = flat.map((e) => compact(lines[e.line].text));
      flat.forEach((e, x) => {
        if (!e.starts || x < 8 || flat.length - x < 5) return;
        let after = '';
        for (let y = x; y < flat.length && after.length < SPLIT_WINDOW; y++) after += texts[y];
        let before = '';
        for (let y = x - 1; y >= 0 && before.length < SPLIT_WINDOW; y--) before = texts[y] + before;
        const evidenceAfter = headlineEvidence(title, after, segmenter);
        const score = evidenceAfter - headlineEvidence(title, before, segmenter);
        if (evidenceAfter >= 0.45 && score > 0.3 && (!best || score > best.score)) best = { chain: c, piece: e.k, line: e.j, score };
      });
    });
    const found = best as { chain: number; piece: number; line: number; score: number } | null;
    if (!found) continue;
    const chain = out[found.chain];
    const piece = chain[found.piece];
    const tail: Piece[] = [];
    if (found.line > 0) {
      const head: Piece = { ...piece, lines: piece.lines.slice(0, found.line), endsOpen: false, closing: false };
      const rest: Piece = { ...piece, id: nextId++, lines: piece.lines.slice(found.line), startsOpen: false, hasDateline: false, forced: null, paraBreakBefore: true };
      chain[found.piece] = head;
      tail.push(rest, ...chain.splice(found.piece + 1));
    } else tail.push(...chain.splice(found.piece));
    out.push(tail);
    result.set(out.length - 1, [part]);
    attached.add(part);
  }
  return { chains: out.filter((c) => c.length > 0), attachment: remapAfterFilter(out, result) };
}

function remapAfterFilter(chains: readonly Piece[][], attachment: ReadonlyMap<number, HeadlinePart[]>): Map<number, HeadlinePart[]> {
  const map = new Map<number, HeadlinePart[]>();
  let k = 0;
  chains.forEach((chain, c) => {
    if (chain.length === 0) return;
    const parts = attachment.get(c);
    if (parts) map.set(k, parts);
    k++;
  });
  return map;
}

/**
 * Every article has a headline or a dateline; a chain with neither is a fragment of another article that the
 * extractor put elsewhere. Each such fragment joins (at the end) the anchored chain it shares most words with,
 * preferring the one whose text it directly follows.
 */
function mergeOrphans(chains: readonly Piece[][], chainText: readonly string[], attachment: ReadonlyMap<number, HeadlinePart[]>,
  pieces: readonly Piece[]): { chains: Piece[][]; parts: HeadlinePart[][] } {
  // Anchored: a chain with a title or a dateline, one a marker starts, and one that begins right after an article's
  // closing credit or dateline.
  // An article has one title and one dateline: a dateline chain left without a title and a titled chain without a
  // dateline that share their vocabulary are one article the extractor cut in two (the dateline part reads first).
  const pairedInto = new Map<number, number>();
  chains.forEach((chain, d) => {
    if (!chain[0].hasDateline || attachment.has(d)) return;
    let best = -1;
    let bestScore = PAIR_MIN_SIMILARITY;
    chains.forEach((other, t) => {
      if (t === d || !attachment.has(t) || other[0].hasDateline || pairedInto.has(t) || [...pairedInto.values()].includes(t)) return;
      const score = chainSimilarity(chainText[d], chainText[t]);
      if (score > bestScore) { bestScore = score; best = t; }
    });
    if (best >= 0) pairedInto.set(best, d);
  });
  if (pairedInto.size > 0) {
    const moved = new Set(pairedInto.keys());
    const nextChains: Piece[][] = [];
    const nextText: string[] = [];
    const nextAttachment = new Map<number, HeadlinePart[]>();
    chains.forEach((chain, k) => {
      if (moved.has(k)) return;
      const partner = [...pairedInto].find(([, d]) => d === k)?.[0];
      const merged = partner === undefined ? [...chain] : [...chain, ...chains[partner]];
      const parts = attachment.get(partner ?? k) ?? attachment.get(k);
      if (parts) nextAttachment.set(nextChains.length, parts);
      nextChains.push(merged);
      nextText.push(partner === undefined ? chainText[k] : chainText[k] + chainText[partner]);
    });
    return mergeOrphans(nextChains, nextText, nextAttachment, pieces);
  }
  const anchored = chains.map((chain, k) => attachment.has(k) || chain[0].hasDateline || chain[0].forced === 'article' ||
    chain[0].afterClosing);
  if (!anchored.some((a) => a)) return { chains: chains.map((c) => [...c]), parts: chains.map(() => []) };
  const target = chains.map((_, k) => k);
  const pieceChain = new Map<number, number>();
  chains.forEach((chain, k) => chain.forEach((p) => pieceChain.set(p.id, k)));
  chains.forEach((chain, k) => {
    if (anchored[k]) return;
    const head = chain[0];
    const before = head.id > 0 ? pieceChain.get(pieces[head.id - 1].id) : undefined;
    let best = -1;
    let bestScore = -Infinity;
    chains.forEach((other, j) => {
      if (!anchored[j] || Math.abs(other[0].lines[0] - head.lines[0]) > NEAR_LINES) return;
      let score = chainSimilarity(chainText[k], chainText[j]);
      if (before === j) score += 0.25;
      const tail = other[other.length - 1];
      if (tail.endsOpen && head.startsOpen === true) score += 0.1;
      if (tail.closing) score -= 0.2;
      if (score > bestScore) { bestScore = score; best = j; }
    });
    target[k] = best;
  });
  const out: Piece[][] = [];
  const parts: HeadlinePart[][] = [];
  const index = new Map<number, number>();
  chains.forEach((chain, k) => {
    if (!anchored[k]) return;
    index.set(k, out.length);
    out.push([...chain]);
    parts.push(attachment.get(k) ?? []);
  });
  chains.forEach((chain, k) => {
    if (anchored[k]) return;
    const into = index.get(target[k]);
    if (into === undefined) { out.push([...chain]); parts.push([]); return; }
    chain[0].paraBreakBefore = true;
    out[into].push(...chain);
  });
  return { chains: out, parts };
}

/**
 * Groups the parts of a tall title block by article: a main title (closing on a rubric, or set as parallel phrases)
 * takes the one plain part just above it as its kicker, and a `——` part below it as its subheadline.
 */
function groupTitles(parts: readonly number[][], lines: readonly PageLine[]): { part: number[]; group: number }[] {
  const text = (p: readonly number[]) => compact(p.map((i) => lines[i].text).join(''));
  const raw = (p: readonly number[]) => p.map((i) => lines[i].text.trim()).join('');
  const main = (p: readonly number[]) => endsWithRubric(text(p)) || /[\u4e00-\u9fff”》][ \u3000]+[\u4e00-\u9fff“《]/.test(raw(p));
  const groups = parts.map((_, k) => k);
  parts.forEach((p, k) => {
    if (!main(p)) return;
    if (k > 0 && !main(parts[k - 1]) && groups[k - 1] === k - 1) groups[k - 1] = k;
    if (k + 1 < parts.length && /^——/.test(text(parts[k + 1]))) groups[k + 1] = k;
  });
  return parts.map((part, k) => ({ part, group: groups[k] }));
}

/**
 * Splits a headline block into its parts (kicker, headline, subheadline candidates): adjacent lines narrow enough to
 * fit a column are one headline wrapped; lines set wider, or apart from each other, are separate parts.
 */
function headlineParts(block: readonly number[], lines: readonly PageLine[], widths: readonly number[], columnWidth: readonly number[]): number[][] {
  const parts: number[][] = [];
  for (const i of block) {
    const current = parts.length > 0 ? parts[parts.length - 1] : null;
    const prev = current ? current[current.length - 1] : -1;
    // Text fills a title's first line before the next, so a wrapped title never continues on a much longer line.
    // Parallel phrases (`完善责任制 用好监督权`) are a whole title on one line.
    const parallel = (k: number) => /[\u4e00-\u9fff”》][ \u3000]+[\u4e00-\u9fff“《]/.test(lines[k].text.trim());
    const wrapped = current !== null && prev === i - 1 && widths[prev] <= columnWidth[prev] + 2 && widths[prev] + 4 >= widths[i] &&
      !parallel(prev) && !parallel(i) &&
      !/——$/.test(compact(lines[prev].text)) && !/^——/.test(compact(lines[i].text));
    // An unclosed bracket or quote carries a title over the line end whatever the widths say.
    const unclosed = current !== null && prev === i - 1 && unbalanced(lines[prev].text);
    if ((wrapped || unclosed) && current) current.push(i);
    else parts.push([i]);
  }
  return parts;
}

/** More opening than closing brackets or quotes. */
function unbalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/[（(《“]/g) > count(/[）)》”]/g);
}

/** The article whose body has the nearest line above `line` (found by walking up an owner table). */
function precedingArticle(owners: readonly (DraftArticle | undefined)[], line: number): DraftArticle | null {
  for (let l = line - 1; l >= 0; l--) {
    const owner = owners[l];
    if (owner) return owner;
  }
  return null;
}

function nearestArticle(articles: DraftArticle[], line: number, _chainText: readonly string[], text: string, _role: LineRole): DraftArticle | null {
  let best: DraftArticle | null = null;
  let bestScore = -Infinity;
  const c = compact(text);
  for (const a of articles) {
    if (a.bodyLines.length === 0 || Math.abs(a.bodyLines[0] - line) > NEAR_LINES) continue;
    let distance = Infinity;
    for (const l of a.bodyLines) distance = Math.min(distance, Math.abs(l - line));
    const body = a.paragraphs.map((p) => p.text).join('');
    const similarity = c.length >= 8 ? chainSimilarity(c, body) : 0;
    const score = similarity * 2 - Math.min(distance, 60) / 30;
    if (score > bestScore) { bestScore = score; best = a; }
  }
  return best;
}

function buildArticle(chain: readonly Piece[], lines: readonly PageLine[], roles: readonly LineRole[], headlineParts: readonly HeadlinePart[]): DraftArticle {
  const article: DraftArticle = {
    index: 0, headline: null, kicker: null, subheadline: null, dateline: null, byline: null, captions: [], paragraphs: [],
    startLine: Number.MAX_SAFE_INTEGER, endLine: -1, bodyLines: [],
  };
  // Body lines as cut ranges (a dateline and a credit at the front, a credit at the end, are cut off).
  const entries: { line: number; from: number; to: number; paraBreakBefore: boolean }[] = [];
  for (const piece of chain) {
    piece.lines.forEach((i, k) => {
      entries.push({ line: i, from: 0, to: lines[i].text.length, paraBreakBefore: k === 0 ? piece.paraBreakBefore : piece.breaks.has(i) });
    });
  }
  // Leading dateline and credit.
  if (entries.length > 0) {
    const joined = joinEntries(entries, lines);
    const dl = matchLeadingDateline(joined.compact);
    let consumed = 0;
    if (dl) {
      consumed = dl.length;
      const lastLine = joined.lineAt(consumed - 1);
      article.dateline = { text: dl.text, place: dl.place, date: dl.date, startLine: entries[0].line, endLine: lastLine };
    }
    const rawAfter = joined.rawFrom(consumed);
    const credit = matchLeadingCredit(rawAfter.text);
    if (credit && (dl || /记\s*者|通\s*讯\s*员/.test(credit.inner))) {
      const creditCompactLength = compact(rawAfter.text.slice(0, credit.length)).length;
      const startLine = joined.lineAt(consumed);
      const endLine = joined.lineAt(consumed + creditCompactLength - 1);
      article.byline = { ...credit.parsed, text: creditText(rawAfter.text.slice(0, credit.length).trim()), range: rangeOf(lines, startLine, endLine), startLine, endLine };
      consumed += creditCompactLength;
    }
    if (consumed > 0) joined.cutFront(consumed);
  }
  // Trailing credit at the end of the last paragraph: `…取得效果。 (秦晓丹)`.
  // (The last line of the chain, or the last line of a piece that closes the article.)
  const closingEntries = chain.filter((p) => p.closing).map((p) => entries.findIndex((e) => e.line === p.lines[p.lines.length - 1]));
  for (const at of [entries.length - 1, ...closingEntries]) {
    if (at < 0 || article.byline) continue;
    const last = entries[at];
    const text = lines[last.line].text.slice(last.from, last.to);
    const m = matchTrailingCredit(text);
    if (m && (m.start === 0 || /[。！？”」]\s*$/.test(text.slice(0, m.start)))) {
      article.byline = { ...m.parsed, text: creditText(text.slice(m.start).trim()), range: rangeOf(lines, last.line, last.line), startLine: last.line, endLine: last.line };
      last.to = last.from + m.start;
    }
  }
  // Paragraphs.
  let current: string[] = [];
  let first = -1;
  let lastLine = -1;
  const flush = () => {
    const text = cleanInline(current.join('\n'));
    if (text.length > 0) article.paragraphs.push({ text, startLine: first, endLine: lastLine });
    current = [];
  };
  for (const e of entries) {
    const piece = lines[e.line].text.slice(e.from, e.to);
    if (e.paraBreakBefore && current.length > 0) flush();
    if (current.length === 0) first = e.line;
    current.push(piece);
    lastLine = e.line;
    article.bodyLines.push(e.line);
  }
  if (current.length > 0) flush();
  const parts = headlineParts.map((p) => [...p.lines]);
  const block = parts.flat();
  if (parts.length > 0) {
    const texts = parts.map((p) => p.map((i) => lines[i].text).join(''));
    const forcedHead = parts.findIndex((p) => roles[p[0]] === 'headline' && roles[p[0]] !== undefined && parts.some((q) => roles[q[0]] === 'kicker' || roles[q[0]] === 'subheadline'));
    const split = forcedHead >= 0 ? { headline: forcedHead } : splitHeadlineBlock(texts);
    const part = (from: number, to: number): ArticlePart => {
      const group = parts.slice(from, to + 1).flat();
      return { text: cleanInline(group.map((i) => lines[i].text).join('\n')), startLine: group[0], endLine: group[group.length - 1] };
    };
    article.headline = part(split.headline, split.headline);
    if (split.headline > 0) article.kicker = part(0, split.headline - 1);
    if (split.headline < parts.length - 1) article.subheadline = part(split.headline + 1, parts.length - 1);
  }
  const all = [...article.bodyLines, ...block];
  if (article.dateline) all.push(article.dateline.startLine);
  if (article.byline) all.push(article.byline.startLine, article.byline.endLine);
  article.startLine = all.length > 0 ? Math.min(...all) : 0;
  article.endLine = all.length > 0 ? Math.max(...all) : 0;
  return article;
}

/** A view of body entries as one whitespace-free string, with ways back to lines and to raw text. */
function joinEntries(entries: { line: number; from: number; to: number }[], lines: readonly PageLine[]) {
  const owners: { entry: number; offset: number }[] = [];
  let text = '';
  entries.forEach((e, k) => {
    const raw = lines[e.line].text;
    for (let o = e.from; o < e.to; o++) {
      if (/\s/.test(raw[o])) continue;
      owners.push({ entry: k, offset: o });
      text += raw[o];
    }
  });
  return {
    compact: text,
    lineAt: (index: number) => entries[owners[Math.max(0, Math.min(index, owners.length - 1))]?.entry ?? 0].line,
    /** Raw text (line breaks as '\n') from the given compact index on, limited to a few lines. */
    rawFrom: (index: number) => {
      if (index >= owners.length) return { text: '' };
      const start = owners[index];
      let out = lines[entries[start.entry].line].text.slice(start.offset, entries[start.entry].to);
      for (let k = start.entry + 1; k < Math.min(entries.length, start.entry + 4); k++) out += `\n${lines[entries[k].line].text.slice(entries[k].from, entries[k].to)}`;
      return { text: out };
    },
    /** Removes the first `count` compact characters from the entries (and any whitespace before the rest). */
    cutFront: (count: number) => {
      if (count >= owners.length) { for (const e of entries) e.from = e.to; return; }
      const next = owners[count];
      for (let k = 0; k < next.entry; k++) entries[k].from = entries[k].to;
      entries[next.entry].from = next.offset;
    },
  };
}
