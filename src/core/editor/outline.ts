// The page's structure as an outline tree: one node per article, named by its headline, with its parts below.
import type { Article, ArticlePart, PageSegmentation } from '../model';

export type OutlineKind = 'article' | 'kicker' | 'headline' | 'subheadline' | 'dateline' | 'byline' | 'caption' | 'paragraph';

export interface OutlineNode {
  readonly kind: OutlineKind;
  /** The node's text (a headline, a byline…); for an article, its headline or null when it has none. */
  readonly name: string | null;
  /** 1-based article number (articles only; 0 for parts). */
  readonly articleIndex: number;
  /** 0-based first and last source lines. */
  readonly startLine: number;
  readonly endLine: number;
  readonly children: readonly OutlineNode[];
}

/** Longest name shown for a paragraph node: its opening words are enough to recognise it. */
const PARAGRAPH_NAME_CHARS = 24;

/** Builds the outline: articles in reading order, each with kicker, headline, subheadline, dateline, byline, captions and paragraphs. */
export function buildOutline(segmentation: PageSegmentation): OutlineNode[] {
  return segmentation.articles.map(articleNode);
}

function articleNode(article: Article): OutlineNode {
  const children: OutlineNode[] = [];
  const push = (kind: OutlineKind, part: ArticlePart | null) => {
    if (part && part.text.trim().length > 0) children.push(partNode(kind, part.text, part.startLine, part.endLine));
  };
  push('kicker', article.kicker);
  push('headline', article.headline);
  push('subheadline', article.subheadline);
  if (article.dateline) children.push(partNode('dateline', article.dateline.text, article.dateline.startLine, article.dateline.endLine));
  if (article.byline) children.push(partNode('byline', article.byline.text, article.byline.startLine, article.byline.endLine));
  for (const caption of article.captions) push('caption', caption);
  for (const paragraph of article.paragraphs) {
    if (paragraph.text.trim().length === 0) continue;
    children.push(partNode('paragraph', shorten(paragraph.text, PARAGRAPH_NAME_CHARS), paragraph.startLine, paragraph.endLine));
  }
  children.sort((a, b) => a.startLine - b.startLine);
  const headline = article.headline?.text.trim();
  return {
    kind: 'article',
    name: headline ? headline : null,
    articleIndex: article.index,
    startLine: Math.min(article.startLine, ...children.map((c) => c.startLine)),
    endLine: Math.max(article.endLine, ...children.map((c) => c.endLine)),
    children,
  };
}

function partNode(kind: OutlineKind, text: string, startLine: number, endLine: number): OutlineNode {
  return { kind, name: text.trim(), articleIndex: 0, startLine, endLine: Math.max(startLine, endLine), children: [] };
}

/** The first `max` characters of `text` (whole code points), with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const trimmed = text.trim();
  // A character is at most two UTF-16 units: a long paragraph need not be split whole.
  const chars = Array.from(trimmed.slice(0, max * 2 + 1));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`;
}

/** Line spans to fold: one per article that covers more than one line. */
export function articleFoldingSpans(segmentation: PageSegmentation): { readonly startLine: number; readonly endLine: number }[] {
  return buildOutline(segmentation)
    .filter((node) => node.endLine > node.startLine)
    .map((node) => ({ startLine: node.startLine, endLine: node.endLine }));
}
