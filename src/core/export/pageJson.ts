// The page JSON export: the fixed contract of docs/export-format.md, built from a page's segmentation.
import type { PageAnalysis, PageSegmentation, NoiseKind } from '../model';

export interface PageJsonDateline {
  readonly text: string;
  readonly place: string | null;
  readonly date: string | null;
  /** Present when the dump had more than the dateline itself, e.g. brackets around a closing dateline. */
  readonly raw?: string;
}

export interface PageJsonArticle {
  readonly index: number;
  readonly headline: string | null;
  readonly kicker: string | null;
  readonly subheadline: string | null;
  readonly dateline: PageJsonDateline | null;
  readonly byline: string | null;
  readonly reporters: readonly string[];
  readonly correspondents: readonly string[];
  readonly authors: readonly string[];
  readonly captions: readonly string[];
  readonly paragraphs: readonly string[];
  /** 1-based first and last source lines. */
  readonly lines: { readonly start: number; readonly end: number };
}

export interface PageJsonNoise {
  readonly text: string;
  readonly kind: NoiseKind;
  /** 1-based source line. */
  readonly line: number;
}

export interface PageJson {
  readonly source: string;
  readonly section: string | null;
  readonly noise: readonly PageJsonNoise[];
  readonly articles: readonly PageJsonArticle[];
}

function isAnalysis(value: PageAnalysis | PageSegmentation): value is PageAnalysis {
  return 'segmentation' in value;
}

/** Converts a segmented page (or a whole analysis) to the page JSON object; line numbers become 1-based. */
export function toPageJson(input: PageAnalysis | PageSegmentation, sourceName: string): PageJson {
  const seg = isAnalysis(input) ? input.segmentation : input;
  return {
    source: sourceName,
    section: seg.section ? seg.section.text : null,
    noise: seg.noise.map((n) => ({ text: n.text, kind: n.kind, line: n.line + 1 })),
    articles: seg.articles.map((a) => ({
      index: a.index,
      headline: a.headline ? a.headline.text : null,
      kicker: a.kicker ? a.kicker.text : null,
      subheadline: a.subheadline ? a.subheadline.text : null,
      dateline: a.dateline ? { text: a.dateline.text, place: a.dateline.place, date: a.dateline.date, ...(a.dateline.raw ? { raw: a.dateline.raw } : {}) } : null,
      byline: a.byline ? a.byline.text : null,
      reporters: a.byline ? [...a.byline.reporters] : [],
      correspondents: a.byline ? [...a.byline.correspondents] : [],
      authors: a.byline ? [...a.byline.authors] : [],
      captions: a.captions.map((c) => c.text),
      paragraphs: a.paragraphs.map((p) => p.text),
      lines: { start: a.startLine + 1, end: a.endLine + 1 },
    })),
  };
}

/** The page JSON as text: two-space indented, with a final newline. */
export function pageJsonText(input: PageAnalysis | PageSegmentation, sourceName: string): string {
  return `${JSON.stringify(toPageJson(input, sourceName), null, 2)}\n`;
}
