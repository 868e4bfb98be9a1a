// The preview's view model: what the article preview shows for a page, computed from its analysis without any UI.
import type { Article, NoiseKind, PageAnalysis, PageLine } from '../model';

export type PreviewBlockKind = 'kicker' | 'headline' | 'subheadline' | 'dateline' | 'byline' | 'paragraph' | 'caption';

export type CreditRole = 'reporter' | 'correspondent' | 'author';

/** One name of a byline, shown as a chip. */
export interface PreviewCredit {
  readonly role: CreditRole;
  readonly name: string;
}

/** One block of an article, in reading order; `startLine`/`endLine` are the 0-based source lines it came from. */
export interface PreviewBlock {
  readonly kind: PreviewBlockKind;
  readonly text: string;
  readonly startLine: number;
  readonly endLine: number;
  /** Only for bylines: the names it credits, reporters first. */
  readonly credits?: readonly PreviewCredit[];
}

export interface PreviewArticle {
  /** 1-based position in reading order. */
  readonly index: number;
  readonly headline: string | null;
  readonly startLine: number;
  readonly endLine: number;
  readonly blocks: readonly PreviewBlock[];
  /** Findings whose first line is under this article (each finding counts for one article at most). */
  readonly openIssues: number;
}

/** Page furniture (section label, masthead, page header, ads…): shown apart and dimmed. */
export interface PreviewFurniture {
  readonly kind: NoiseKind;
  readonly text: string;
  readonly line: number;
}

export interface PreviewViewModel {
  readonly lineCount: number;
  readonly furniture: readonly PreviewFurniture[];
  readonly articles: readonly PreviewArticle[];
  /** Findings outside every article (on furniture or between articles). */
  readonly issuesOutsideArticles: number;
  readonly totalIssues: number;
}

/** Builds the view model of a page: articles in reading order with their blocks, furniture apart, issues counted per article. */
export function buildPreviewViewModel(analysis: PageAnalysis): PreviewViewModel {
  const { segmentation, layout, findings } = analysis;
  const articles = [...segmentation.articles].sort((a, b) => a.index - b.index).map(toPreviewArticle);
  const furniture = collectFurniture(analysis);
  // Each finding counts once, for the article under its first line (see articleAtLine).
  const issues = new Map<number, number>();
  let outside = 0;
  const draft = { lineCount: layout.lines.length, furniture, articles, issuesOutsideArticles: 0, totalIssues: findings.length };
  for (const finding of findings) {
    const owner = articleAtLine(draft, lineOfOffset(layout.lines, finding.range.start));
    if (owner) issues.set(owner.index, (issues.get(owner.index) ?? 0) + 1);
    else outside++;
  }
  return {
    ...draft,
    articles: articles.map((article) => ({ ...article, openIssues: issues.get(article.index) ?? 0 })),
    issuesOutsideArticles: outside,
  };
}

function toPreviewArticle(article: Article): PreviewArticle {
  const blocks: PreviewBlock[] = [];
  const part = (kind: PreviewBlockKind, value: { text: string; startLine: number; endLine: number } | null) => {
    if (value && value.text.trim() !== '') blocks.push({ kind, text: value.text, startLine: value.startLine, endLine: value.endLine });
  };
  part('kicker', article.kicker);
  part('headline', article.headline);
  part('subheadline', article.subheadline);
  part('dateline', article.dateline);
  if (article.byline) {
    const { byline } = article;
    const credits: PreviewCredit[] = [
      ...byline.reporters.map((name) => ({ role: 'reporter' as const, name })),
      ...byline.correspondents.map((name) => ({ role: 'correspondent' as const, name })),
      ...byline.authors.map((name) => ({ role: 'author' as const, name })),
    ];
    if (byline.text.trim() !== '' || credits.length > 0) {
      blocks.push({ kind: 'byline', text: byline.text, startLine: byline.startLine, endLine: byline.endLine, credits });
    }
  }
  for (const paragraph of article.paragraphs) part('paragraph', paragraph);
  for (const caption of article.captions) part('caption', caption);
  return {
    index: article.index,
    headline: article.headline ? article.headline.text : null,
    startLine: article.startLine,
    endLine: article.endLine,
    blocks,
    openIssues: 0,
  };
}

function collectFurniture(analysis: PageAnalysis): PreviewFurniture[] {
  const { section, noise } = analysis.segmentation;
  const items: PreviewFurniture[] = noise.map((item) => ({ kind: item.kind, text: item.text, line: item.line }));
  // The section label may also be listed as noise; show it once.
  if (section && !items.some((item) => item.line === section.line && item.text === section.text)) {
    items.push({ kind: 'section', text: section.text, line: section.line });
  }
  return items.sort((a, b) => a.line - b.line);
}

/** The 0-based line that holds `offset` (binary search over the lines' start offsets); 0 for an empty page. */
export function lineOfOffset(lines: readonly PageLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  if (high < 0) return 0;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The article under source line `line`: the one with a block on that line, else the narrowest whose span holds it
 * (spans of articles set in interleaved columns can overlap); null on furniture or outside every article.
 */
export function articleAtLine(model: PreviewViewModel, line: number): PreviewArticle | null {
  for (const article of model.articles) {
    if (article.blocks.some((block) => line >= block.startLine && line <= block.endLine)) return article;
  }
  if (model.furniture.some((item) => item.line === line)) return null;
  let best: PreviewArticle | null = null;
  for (const article of model.articles) {
    if (line < article.startLine || line > article.endLine) continue;
    if (!best || article.endLine - article.startLine < best.endLine - best.startLine) best = article;
  }
  return best;
}
