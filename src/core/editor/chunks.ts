// Splits a huge page dump into paragraph-aligned chunks and merges the chunks' analyses back into one page analysis.
import type { Article, Finding, Layout, PageAnalysis, PageLine, PageSegmentation, TextRange } from '../model';

/** One slice of the text, cut at the start of a line. */
export interface TextChunk {
  /** UTF-16 offset of the chunk's first character. */
  readonly start: number;
  /** Offset just past its last character (its final line break included). */
  readonly end: number;
  /** 0-based page line number of the chunk's first line. */
  readonly firstLine: number;
}

const LINE_BREAK = /\r\n|\r|\n/gu;
/** A line break followed by a blank line: the preferred cut, between paragraphs. */
const PARAGRAPH_BREAK = /(?:\r\n|\r|\n)[ \t\u3000]*(?:\r\n|\r|\n)/gu;

/**
 * Cuts `text` into chunks of about `maxChunkChars`, each ending just after a paragraph break (or, when a stretch has
 * none, a line break). A single line longer than the limit stays whole. The chunks cover the text exactly.
 */
export function splitForAnalysis(text: string, maxChunkChars: number): TextChunk[] {
  const limit = Math.max(1, Math.floor(maxChunkChars));
  const chunks: TextChunk[] = [];
  let start = 0;
  let firstLine = 0;
  while (start < text.length) {
    const end = text.length - start <= limit ? text.length : findCut(text, start, limit);
    chunks.push({ start, end, firstLine });
    firstLine += countLineBreaks(text, start, end);
    start = end;
  }
  if (chunks.length === 0) chunks.push({ start: 0, end: 0, firstLine: 0 });
  return chunks;
}

function findCut(text: string, start: number, limit: number): number {
  const target = start + limit;
  // Best: the last paragraph break in the second half of the window.
  PARAGRAPH_BREAK.lastIndex = start + Math.floor(limit / 2);
  let best = -1;
  for (let m = PARAGRAPH_BREAK.exec(text); m && m.index < target; m = PARAGRAPH_BREAK.exec(text)) {
    best = m.index + m[0].length;
    PARAGRAPH_BREAK.lastIndex = m.index + 1;
  }
  if (best > start && best < text.length) return best;
  // Otherwise the last line break before the target, else the first one after it.
  LINE_BREAK.lastIndex = start;
  let lastBefore = -1;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    const after = m.index + m[0].length;
    if (m.index >= target) return lastBefore > start ? lastBefore : after;
    lastBefore = after;
  }
  return lastBefore > start ? lastBefore : text.length;
}

function countLineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) count++;
    else if (ch === 13) {
      count++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

/** One chunk and the analysis of its text alone. */
export interface ChunkAnalysis {
  readonly chunk: TextChunk;
  readonly analysis: PageAnalysis;
}

/**
 * Merges per-chunk analyses into one analysis of the whole `text`: offsets and line numbers are shifted, articles
 * renumbered, and the empty last line each non-final chunk reports (the text after its final line break) dropped.
 */
export function mergeChunkAnalyses(text: string, parts: readonly ChunkAnalysis[]): PageAnalysis {
  const merger = new AnalysisMerger(text);
  parts.forEach((part, i) => merger.add(part.chunk, part.analysis, i === parts.length - 1));
  return merger.result();
}

/** Merges chunk analyses one at a time as they arrive, so no single step costs more than one chunk. */
export class AnalysisMerger {
  readonly #lines: PageLine[] = [];
  /** Every other per-line array of the layout (joins, column widths…), whatever fields the layout grows. */
  readonly #perLine = new Map<string, unknown[]>();
  readonly #paragraphs: Layout['paragraphs'][number][] = [];
  readonly #findings: Finding[] = [];
  readonly #roles: PageSegmentation['roles'][number][] = [];
  readonly #noise: PageSegmentation['noise'][number][] = [];
  readonly #articles: Article[] = [];
  #section: PageSegmentation['section'] = null;
  #widest: Layout | null = null;
  #first: Omit<PageAnalysis, 'text'> | null = null;

  /**
   * @param owned whether the merger may shift the added analyses' lines and findings in place instead of copying
   *   them (for analyses received as messages, which nothing else holds): a huge page then makes half the garbage.
   */
  constructor(private readonly text: string, private readonly owned = false) {}

  /** Adds the analysis of one chunk's text (chunks in text order); `isLast` keeps its final empty line. */
  add(chunk: TextChunk, analysis: Omit<PageAnalysis, 'text'>, isLast: boolean): void {
    const offset = chunk.start;
    const lineOffset = chunk.firstLine;
    const layout = analysis.layout;
    const lineCount = layout.lines.length;
    const kept = !isLast && lineCount > 0 && isTrailingEmpty(layout.lines[lineCount - 1]) ? lineCount - 1 : lineCount;
    for (let i = 0; i < kept; i++) {
      const line = layout.lines[i];
      if (this.owned) {
        const mutable = line as Mutable<PageLine>;
        mutable.index += lineOffset;
        mutable.start += offset;
        mutable.end += offset;
        this.#lines.push(line);
      } else {
        this.#lines.push({ ...line, index: line.index + lineOffset, start: line.start + offset, end: line.end + offset });
      }
      this.#roles.push(analysis.segmentation.roles[i] ?? 'blank');
    }
    for (const [key, value] of Object.entries(layout)) {
      if (NOT_PER_LINE.has(key) || !Array.isArray(value) || value.length !== lineCount) continue;
      const merged = this.#perLine.get(key) ?? [];
      for (let i = 0; i < kept; i++) merged.push(value[i]);
      this.#perLine.set(key, merged);
    }
    for (const paragraph of layout.paragraphs) {
      this.#paragraphs.push({ ...paragraph, lines: paragraph.lines.map((l) => l + lineOffset), range: shiftRange(paragraph.range, offset) });
    }
    if (!this.#widest || lineCount > this.#widest.lines.length) this.#widest = layout;
    this.#first ??= analysis;
    if (this.owned) {
      shiftFindingsInPlace(analysis.findings, offset);
      for (const finding of analysis.findings) this.#findings.push(finding);
    } else {
      for (const finding of analysis.findings) this.#findings.push(shiftFinding(finding, offset));
    }
    const segmentation = analysis.segmentation;
    if (!this.#section && segmentation.section) this.#section = { ...segmentation.section, line: segmentation.section.line + lineOffset };
    for (const item of segmentation.noise) this.#noise.push({ ...item, line: item.line + lineOffset });
    for (const article of segmentation.articles) this.#articles.push(shiftArticle(article, this.#articles.length + 1, lineOffset, offset));
  }

  /** The merged analysis of everything added so far. */
  result(): PageAnalysis {
    const layout = { ...this.#widest, ...Object.fromEntries(this.#perLine), lines: this.#lines, paragraphs: this.#paragraphs } as Layout;
    return {
      ...this.#first,
      text: this.text,
      layout,
      findings: this.#findings,
      segmentation: { ...this.#first?.segmentation, section: this.#section, noise: this.#noise, articles: this.#articles, roles: this.#roles },
    };
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Shifts the ranges of findings that nothing else holds (just received as a message) by `offset`, in place. A range
 * object may be shared (a finding's range and its fix's): each object is shifted once.
 */
export function shiftFindingsInPlace(findings: readonly Finding[], offset: number): void {
  const shifted = new Set<TextRange>();
  const shift = (range: TextRange) => {
    if (shifted.has(range)) return;
    shifted.add(range);
    (range as Mutable<TextRange>).start += offset;
    (range as Mutable<TextRange>).end += offset;
  };
  for (const finding of findings) {
    shift(finding.range);
    if (finding.fix) shift(finding.fix.range);
  }
}

/** Layout fields that are arrays but not one entry per line. */
const NOT_PER_LINE: ReadonlySet<string> = new Set(['lines', 'columnWidths', 'paragraphs']);

function isTrailingEmpty(line: PageLine): boolean {
  return line.text.length === 0 && line.eol === '';
}

function shiftRange(range: TextRange, offset: number): TextRange {
  return { start: range.start + offset, end: range.end + offset };
}

function shiftFinding(finding: Finding, offset: number): Finding {
  const shifted: Finding = { ...finding, range: shiftRange(finding.range, offset) };
  return finding.fix ? { ...shifted, fix: { range: shiftRange(finding.fix.range, offset), text: finding.fix.text } } : shifted;
}

function shiftPart<T extends { readonly startLine: number; readonly endLine: number }>(part: T, lineOffset: number): T {
  return { ...part, startLine: part.startLine + lineOffset, endLine: part.endLine + lineOffset };
}

function shiftArticle(article: Article, index: number, lineOffset: number, offset: number): Article {
  return {
    ...article,
    index,
    headline: article.headline && shiftPart(article.headline, lineOffset),
    kicker: article.kicker && shiftPart(article.kicker, lineOffset),
    subheadline: article.subheadline && shiftPart(article.subheadline, lineOffset),
    dateline: article.dateline && shiftPart(article.dateline, lineOffset),
    byline: article.byline && { ...shiftPart(article.byline, lineOffset), range: shiftRange(article.byline.range, offset) },
    captions: article.captions.map((caption) => shiftPart(caption, lineOffset)),
    paragraphs: article.paragraphs.map((paragraph) => shiftPart(paragraph, lineOffset)),
    startLine: article.startLine + lineOffset,
    endLine: article.endLine + lineOffset,
  };
}
