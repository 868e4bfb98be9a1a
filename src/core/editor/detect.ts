// Decides from its content whether a plain-text file is a newspaper page dump (hard-wrapped CJK columns).
import { displayWidth } from '../layout/layout';

/** What the detector measured, so callers and tests can see why it decided. */
export interface PageDumpEvidence {
  readonly nonBlankLines: number;
  /** Share of Han characters among non-space characters. */
  readonly hanRatio: number;
  /** Share of non-blank lines no wider than a newspaper column. */
  readonly shortLineRatio: number;
  /** Share of non-blank lines that end mid-sentence while the next line goes on (hard wraps). */
  readonly hardWrapRatio: number;
  /** Largest share of non-blank lines whose widths lie within a few cells of each other (a column's width). */
  readonly columnRatio: number;
  /** Dateline, byline, spaced-run and broken-number hits. */
  readonly cueCount: number;
  readonly isPageDump: boolean;
}

/** Only the head of a file is read: detection must stay cheap on a huge file. */
const SAMPLE_CHARS = 64 * 1024;
/** A newspaper column is rarely wider than 24 CJK characters (48 display cells). */
const COLUMN_CELLS = 48;
const MIN_LINES = 20;
/** Justified column lines differ by a punctuation mark or a half-width digit or two. */
const COLUMN_SLACK = 3;

const HAN = /\p{Script=Han}/u;
const SENTENCE_END = /[。！？!?；;：:”’」』）)…—]$/u;
const CUES: readonly RegExp[] = [
  /本报.{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯)/u,
  /(?:记\s*者|通\s*讯\s*员)\s*\p{Script=Han}{2,4}/u,
  /(?:\p{Script=Han} ){4,}\p{Script=Han}/u,
  /\d\s+[.．]\s*\d|\d\s*[.．]\s+\d/u,
  /[（(][上下]转第?\s*\d+\s*版[）)]|[（(]?[上下]接第?\s*\d+\s*版/u,
];

/** Measures the head of `text` and decides whether it reads as an extracted newspaper page. */
export function detectPageDump(text: string): PageDumpEvidence {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const lines = sample.split(/\r\n|\r|\n/u).map((line) => line.trim());
  const nonBlank = lines.filter((line) => line.length > 0);
  let han = 0;
  let visible = 0;
  for (const ch of sample) {
    if (/\s/u.test(ch)) continue;
    visible++;
    if (HAN.test(ch)) han++;
  }
  let short = 0;
  let hardWraps = 0;
  const widthCounts = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length === 0) continue;
    const width = displayWidth(line);
    if (width <= COLUMN_CELLS) short++;
    widthCounts.set(width, (widthCounts.get(width) ?? 0) + 1);
    const next = lines[i + 1];
    if (next !== undefined && next.length > 0 && !SENTENCE_END.test(line)) hardWraps++;
  }
  const cueCount = CUES.filter((cue) => cue.test(sample)).length;
  const count = nonBlank.length;
  const hanRatio = visible === 0 ? 0 : han / visible;
  const shortLineRatio = count === 0 ? 0 : short / count;
  const hardWrapRatio = count === 0 ? 0 : hardWraps / count;
  const columnRatio = count === 0 ? 0 : largestWidthBand(widthCounts) / count;
  // A list of short titles also has short lines; justified columns are what sets a dump apart.
  const isPageDump = count >= MIN_LINES && hanRatio >= 0.5 && shortLineRatio >= 0.7 && columnRatio >= 0.3
    && (hardWrapRatio >= 0.4 || (hardWrapRatio >= 0.2 && cueCount >= 1) || cueCount >= 3);
  return { nonBlankLines: count, hanRatio, shortLineRatio, hardWrapRatio, columnRatio, cueCount, isPageDump };
}

/** How many lines fall in the most crowded band of widths `[w - COLUMN_SLACK, w]`. */
function largestWidthBand(widthCounts: ReadonlyMap<number, number>): number {
  let best = 0;
  for (const width of widthCounts.keys()) {
    let band = 0;
    for (let w = width - COLUMN_SLACK; w <= width; w++) band += widthCounts.get(w) ?? 0;
    best = Math.max(best, band);
  }
  return best;
}

/** True when `text` looks like a page dump (see `detectPageDump` for the measures). */
export function looksLikePageDump(text: string): boolean {
  return detectPageDump(text).isPageDump;
}
