// Article building: a chain's lines become paragraphs; the dateline, credits and titles are cut out and kept.
import type { ArticlePart, Byline, Dateline, LineRole, PageLine } from '../model';
import { type HeadlinePart, partText } from './titles/attach';
import { cleanInline } from './clean';
import type { Piece } from './links/pieces';
import { ENDS_BEFORE_CREDIT, matchLeadingCredit, matchTrailingCredit, matchTrailingCreditLines } from './roles/byline';
import { isPhotoCredit } from './roles/caption';
import { matchLeadingDateline } from './roles/dateline';
import { splitHeadlineBlock } from './roles/headline';
import { NEAR_LINES, chainSimilarity } from './titles/attach';
import { compact } from './page/text';

export interface DraftArticle {
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

/** How many lines a closing credit may wrap over in a narrow column. */
const MAX_CREDIT_LINES = 4;

/**
 * A credit's text as printed, cleaned: role words and letter-spaced lines (`李 龙 伊 、 朱`) closed up, and a line end
 * inside one of the credit's names (`潘` / `帆`) closed up too; any other line end becomes a space.
 */
export function creditText(text: string, names: readonly string[] = []): string {
  const closedUp = text.split('\n').map((line) => (letterSpacedCredit(line) ? line.replace(/\s+/g, '') : line));
  let joined = closedUp[0];
  for (const line of closedUp.slice(1)) {
    const before = /[\u4e00-\u9fff]*$/.exec(joined.trimEnd())?.[0] ?? '';
    const after = /^[\u4e00-\u9fff]*/.exec(line.trimStart())?.[0] ?? '';
    const insideName = before.length > 0 && after.length > 0 && names.some((name) => {
      for (let k = 1; k < name.length; k++) if (before.endsWith(name.slice(0, k)) && after.startsWith(name.slice(k))) return true;
      return false;
    });
    // Nor does a line end next to a list mark or a bracket stand for a space.
    const atMark = /[、，,（(]\s*$/.test(joined) || /^\s*[、，,)）]/.test(line);
    joined = insideName || atMark ? joined.trimEnd() + line.trimStart() : `${joined}\n${line}`;
  }
  return joined.replace(/本\s*报\s*记\s*者/g, '本报记者').replace(/记\s*者/g, '记者').replace(/通\s*讯\s*员/g, '通讯员').replace(/\s+/g, ' ').replace(/([（(])\s+/g, '$1').replace(/\s+([)）])/g, '$1');
}

/** A credit line set letter-spaced (`李 龙 伊 、 朱`): nearly all its pieces are single characters. */
function letterSpacedCredit(line: string): boolean {
  const pieces = line.trim().split(/\s+/).filter((t) => t.length > 0);
  const singles = pieces.filter((t) => [...t].length === 1).length;
  return singles >= 3 && singles >= pieces.length * 0.7;
}

/** Every name a parsed credit holds. */
export function creditNames(credit: { readonly reporters: readonly string[]; readonly correspondents: readonly string[]; readonly authors: readonly string[] }): string[] {
  return [...credit.reporters, ...credit.correspondents, ...credit.authors];
}

export function rangeOf(lines: readonly PageLine[], first: number, last: number): { start: number; end: number } {
  return { start: lines[first].start, end: lines[last].end };
}

/** The article whose body has the nearest line above `line` (found by walking up an owner table). */
export function precedingArticle(owners: readonly (DraftArticle | undefined)[], line: number): DraftArticle | null {
  for (let l = line - 1; l >= 0; l--) {
    const owner = owners[l];
    if (owner) return owner;
  }
  return null;
}

/** How far (in lines) a photo credit may stand below the photo story it closes. */
const PHOTO_CREDIT_REACH = 4;

/**
 * The article a caption belongs to. A photo credit (`袁建兵摄（人民视觉）`) closes the photo story right above it. A
 * pull quote repeats a sentence of its own article's body word for word. Any other caption goes to the article whose
 * body stands nearest, with shared words as a minor signal.
 */
export function nearestArticle(articles: DraftArticle[], line: number, text: string, owners?: readonly (DraftArticle | undefined)[]): DraftArticle | null {
  const c = compact(text);
  if (owners && isPhotoCredit(text)) {
    for (let l = line - 1; l >= 0 && l >= line - PHOTO_CREDIT_REACH; l--) if (owners[l]) return owners[l] ?? null;
  }
  // The sentence without its closing stop, as it would stand inside a paragraph.
  const quoted = c.length >= 12 ? c.replace(/[。！？!?]$/, '') : null;
  let best: DraftArticle | null = null;
  let bestScore = -Infinity;
  for (const a of articles) {
    if (a.bodyLines.length === 0 || Math.abs(a.bodyLines[0] - line) > NEAR_LINES) continue;
    let distance = Infinity;
    for (const l of a.bodyLines) distance = Math.min(distance, Math.abs(l - line));
    const body = a.paragraphs.map((p) => p.text).join('');
    const similarity = c.length >= 8 ? chainSimilarity(c, body) : 0;
    const repeats = quoted !== null && body.includes(quoted) ? 3 : 0;
    const score = repeats + similarity * 2 - Math.min(distance, 60) / 30;
    if (score > bestScore) { bestScore = score; best = a; }
  }
  return best;
}

export function buildArticle(chain: readonly Piece[], lines: readonly PageLine[], roles: readonly LineRole[], headlineParts: readonly HeadlinePart[]): DraftArticle {
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
      article.byline = { ...credit.parsed, text: creditText(rawAfter.text.slice(0, credit.length).trim(), creditNames(credit.parsed)), range: rangeOf(lines, startLine, endLine), startLine, endLine };
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
    if (m && (m.start === 0 || ENDS_BEFORE_CREDIT.test(text.slice(0, m.start)))) {
      article.byline = { ...m.parsed, text: creditText(text.slice(m.start).trim()), range: rangeOf(lines, last.line, last.line), startLine: last.line, endLine: last.line };
      last.to = last.from + m.start;
      continue;
    }
    // A long credit list wraps in a narrow column: `（本报记者李四、王` / `五、赵六）` over up to four lines.
    const from = Math.max(0, at - MAX_CREDIT_LINES + 1);
    const span = entries.slice(from, at + 1);
    const across = matchTrailingCreditLines(span.map((e) => lines[e.line].text.slice(e.from, e.to)));
    if (!across || across.line === span.length - 1) continue;
    const opening = span[across.line];
    const before = lines[opening.line].text.slice(opening.from, opening.from + across.offset);
    if (!(before.trim().length === 0 || ENDS_BEFORE_CREDIT.test(before))) continue;
    const raw = span.slice(across.line).map((e, k) => lines[e.line].text.slice(k === 0 ? e.from + across.offset : e.from, e.to).trim()).join('\n');
    article.byline = { ...across.parsed, text: creditText(raw, creditNames(across.parsed)), range: rangeOf(lines, opening.line, last.line), startLine: opening.line, endLine: last.line };
    opening.to = opening.from + across.offset;
    for (const e of span.slice(across.line + 1)) e.to = e.from;
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
  const titleParts = joinCutTitleParts(headlineParts, lines, compact(article.paragraphs.map((p) => p.text).join('')));
  const parts = titleParts.map((p) => [...p.lines]);
  const block = parts.flat();
  if (parts.length > 0) {
    const texts = titleParts.map((p) => partText(p, lines).replace(/\n/g, ''));
    const forcedHead = parts.findIndex((p) => roles[p[0]] === 'headline' && roles[p[0]] !== undefined && parts.some((q) => roles[q[0]] === 'kicker' || roles[q[0]] === 'subheadline'));
    const split = forcedHead >= 0 ? { headline: forcedHead } : splitHeadlineBlock(texts);
    const part = (from: number, to: number): ArticlePart => {
      const group = parts.slice(from, to + 1).flat();
      const text = titleParts.slice(from, to + 1).map((p) => partText(p, lines)).join('\n');
      return { text: cleanInline(text), startLine: group[0], endLine: group[group.length - 1] };
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

/**
 * Joins adjacent title parts that are one title cut inside a word (`规范特定类无` / `人机的运行管理`, stacked titles one
 * to a line): the characters on both sides of the cut run on as one phrase in the article's own text.
 */
function joinCutTitleParts(parts: readonly HeadlinePart[], lines: readonly PageLine[], body: string): HeadlinePart[] {
  const out: HeadlinePart[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (previous && previous.text === undefined && part.text === undefined && previous.lines[previous.lines.length - 1] + 1 === part.lines[0]) {
      const before = compact(partText(previous, lines));
      const after = compact(partText(part, lines));
      const junction = before.slice(-2) + after.slice(0, 2);
      // (Only short lines, cut by a narrow column: a long kicker may run on into its title as one sentence of the body,
      // `…党组成员、副局长` / `某某严重违纪违法…`.)
      if (before.length <= 12 && after.length <= 12 && /^[\u4e00-\u9fff]+$/.test(before) && /^[\u4e00-\u9fff]{4}$/.test(junction) && body.includes(junction)) {
        out[out.length - 1] = { ...previous, lines: [...previous.lines, ...part.lines] };
        continue;
      }
    }
    out.push(part);
  }
  return out;
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
