// The editor's views of a page (outline and painted spans), kept in per-chunk parts so a huge page never needs one long pass.
import type { PageAnalysis } from '../model';
import { buildOutline, type OutlineNode } from './outline';
import { pageTokenSpans, type RoleSpan } from './lineRoles';

/** The views of one chunk, with line numbers relative to the chunk's first line. */
export interface PageViewPart {
  /** Page line number of the part's line 0. */
  readonly lineOffset: number;
  readonly outline: readonly OutlineNode[];
  readonly spans: readonly RoleSpan[];
}

export interface PageViews {
  /** In text order; a page analysed whole has one part. */
  readonly parts: readonly PageViewPart[];
}

/** The views of one analysis (a whole page, or one chunk of a huge one). */
export function viewPart(analysis: PageAnalysis, lineOffset = 0): PageViewPart {
  return { lineOffset, outline: buildOutline(analysis.segmentation), spans: pageTokenSpans(analysis) };
}

/** The views of a page analysed whole. */
export function pageViews(analysis: PageAnalysis): PageViews {
  return { parts: [viewPart(analysis)] };
}

/** How many outline nodes and spans the views hold (to size work and tests). */
export function viewSize(views: PageViews): { articles: number; spans: number } {
  let articles = 0;
  let spans = 0;
  for (const part of views.parts) {
    articles += part.outline.length;
    spans += part.spans.length;
  }
  return { articles, spans };
}
