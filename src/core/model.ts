// The page model's data types: the contract between the core's stages and every consumer (editor, CLI, preview, exports).
// Positions are 0-based UTF-16 offsets into the page string, end exclusive; only the edges convert to line/column.

/** A half-open span `[start, end)` of UTF-16 offsets into the page text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** The smallest edit that repairs one finding: replace `range` with `text`. */
export interface TextEdit {
  readonly range: TextRange;
  readonly text: string;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export type Locale = 'en' | 'zh-cn';

/** A message template per locale; `{name}` placeholders are filled from the finding's `data`. */
export type LocalizedTemplate = Readonly<Record<Locale, string>>;

/** One defect found in the text by one rule. */
export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  /** Values for the message template's `{placeholders}`. */
  readonly data: Readonly<Record<string, string>>;
  readonly range: TextRange;
  readonly severity: Severity;
  /** Present only where the repair is certain enough to offer; `preferred` says whether fix-all applies it. */
  readonly fix?: TextEdit;
  readonly preferred: boolean;
}

/** One physical line of the dump. */
export interface PageLine {
  /** 0-based line number. */
  readonly index: number;
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset just past the line's last character, before its line break. */
  readonly end: number;
  readonly text: string;
  /** The line break that ends it: '\n', '\r\n', '\r' or '' for the last line. */
  readonly eol: string;
  /** Display width in half-width cells (a CJK character counts 2). */
  readonly width: number;
  readonly blank: boolean;
}

/** How the text continues after a line (or after a blank line). */
export type JoinKind =
  /** The line filled its column and the sentence goes on in the next line: join with no space. */
  | 'hard-wrap'
  /** A blank line that sits in the middle of a sentence: an extractor's column break. */
  | 'column-break'
  /** A real paragraph end. */
  | 'paragraph-end';

export interface Layout {
  readonly lines: readonly PageLine[];
  /** Estimated column widths (display cells), most common first. */
  readonly columnWidths: readonly number[];
  /** For every line index, how it joins the next non-blank line. Blank lines get the kind of the gap they sit in. */
  readonly joins: readonly JoinKind[];
  /** Paragraphs as runs of non-blank line indexes, in source order. */
  readonly paragraphs: readonly LayoutParagraph[];
  /** For every line index, the estimated width (display cells, spaces excluded) of the column it sits in; 0 when unknown. */
  readonly lineColumnWidths: readonly number[];
  /** For every line index, whether the line fills its column (so its text goes on in the next line unless it ends a sentence). */
  readonly filled: readonly boolean[];
  /** For every line index, whether its join kind rests on a strong signal (used to decide whether a join fix is preferred). */
  readonly joinCertain: readonly boolean[];
}

export interface LayoutParagraph {
  /** Indexes of the paragraph's non-blank lines. */
  readonly lines: readonly number[];
  readonly range: TextRange;
}

export type LineRole =
  | 'headline'
  | 'kicker'
  | 'subheadline'
  | 'dateline'
  | 'byline'
  | 'body'
  | 'caption'
  | 'furniture'
  | 'marker'
  | 'blank';

export type NoiseKind = 'masthead' | 'section' | 'page-header' | 'ad' | 'jump' | 'other';

export interface Dateline {
  readonly text: string;
  readonly place: string | null;
  readonly date: string | null;
  /** The dateline as it stood when that differs from `text`, e.g. bracketed at an article's end: `（本报华盛顿1月31日电）`. */
  readonly raw?: string;
}

export interface Byline {
  /** The credit text as it stood, cleaned of spurious spaces. */
  readonly text: string;
  readonly reporters: readonly string[];
  readonly correspondents: readonly string[];
  readonly authors: readonly string[];
  readonly range: TextRange;
}

export interface ArticlePart {
  readonly text: string;
  /** 0-based line numbers of the part's first and last source lines. */
  readonly startLine: number;
  readonly endLine: number;
}

export interface Article {
  /** 1-based position in reading order. */
  readonly index: number;
  readonly headline: ArticlePart | null;
  readonly kicker: ArticlePart | null;
  readonly subheadline: ArticlePart | null;
  readonly dateline: (Dateline & { readonly startLine: number; readonly endLine: number }) | null;
  readonly byline: (Byline & { readonly startLine: number; readonly endLine: number }) | null;
  readonly captions: readonly ArticlePart[];
  readonly paragraphs: readonly ArticlePart[];
  /** 0-based first and last source lines of everything that makes up the article. */
  readonly startLine: number;
  readonly endLine: number;
}

export interface NoiseItem {
  readonly text: string;
  readonly kind: NoiseKind;
  /** 0-based source line. */
  readonly line: number;
}

/** The segmented page: what the preview, the outline and the exports show. */
export interface PageSegmentation {
  readonly section: { readonly text: string; readonly line: number } | null;
  readonly noise: readonly NoiseItem[];
  readonly articles: readonly Article[];
  /** The role decided for every source line (index = line number). */
  readonly roles: readonly LineRole[];
}

/** Everything the core knows about a page. */
export interface PageAnalysis {
  readonly text: string;
  readonly layout: Layout;
  readonly findings: readonly Finding[];
  readonly segmentation: PageSegmentation;
}
