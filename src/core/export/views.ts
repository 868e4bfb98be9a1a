// The export formats other than page JSON are views of it: JSON Lines, Markdown and plain text, plus the page JSON text itself.
import type { PageJson, PageJsonArticle } from './pageJson';

export type ExportFormat = 'json' | 'jsonl' | 'md' | 'txt';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'md', 'txt'];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** One output file of a page's export, named relative to the destination folder. */
export interface ExportFile {
  readonly name: string;
  readonly text: string;
}

/** The page JSON as text: two-space indented with a final newline (the same bytes as `pageJsonText`). */
export function pageJsonToText(page: PageJson): string {
  return `${JSON.stringify(page, null, 2)}\n`;
}

/** One JSON object per article, each carrying the page (`stem`), the `source` file and the `section`. */
export function toJsonLines(page: PageJson, stem: string): string {
  return page.articles
    .map((article) => `${JSON.stringify({ page: stem, source: page.source, section: page.section, ...article })}\n`)
    .join('');
}

const MARKDOWN_SPECIAL = /[\\`*_[\]<>|]/g;

/** Escapes what Markdown would read as markup, and a line start that would become a heading, list or quote. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`).replace(/^(\s*)([#+\-=>]|\d+[.)])/u, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

function headlineOf(article: PageJsonArticle): string {
  return article.headline ?? `Article ${article.index}`;
}

/** One Markdown document per page; each article is a `##` section, in reading order. */
export function toMarkdown(page: PageJson): string {
  const out: string[] = [`# ${escapeMarkdown(page.section ?? page.source)}`, '', `Source: ${escapeMarkdown(page.source)}`];
  for (const article of page.articles) {
    out.push('');
    if (article.kicker) out.push(`*${escapeMarkdown(article.kicker)}*`, '');
    out.push(`## ${escapeMarkdown(headlineOf(article))}`);
    if (article.subheadline) out.push('', `**${escapeMarkdown(article.subheadline)}**`);
    const credit = creditLine(article);
    if (credit) out.push('', `*${escapeMarkdown(credit)}*`);
    for (const paragraph of article.paragraphs) out.push('', escapeMarkdown(paragraph));
    for (const caption of article.captions) out.push('', `> ${escapeMarkdown(caption)}`);
  }
  return `${out.join('\n')}\n`;
}

/** The dateline and the byline as printed at the head of the body, or null when the article has neither. */
function creditLine(article: PageJsonArticle): string | null {
  const dateline = article.dateline?.text ?? '';
  const byline = article.byline ?? '';
  if (!dateline || !byline) return dateline || byline || null;
  // As printed: 本报聊城4月19日讯(记者 谢晓丽); a credit without brackets is set off by a space.
  return /^[(（]/.test(byline) ? dateline + byline : `${dateline} ${byline}`;
}

/**
 * One article as plain text: the title block (kicker, headline, subheadline), a blank line, the credit line and
 * one paragraph per line (the layout of clean article corpora), then the captions after a blank line.
 */
export function toPlainText(article: PageJsonArticle): string {
  const title = [article.kicker, article.headline, article.subheadline].filter((part): part is string => !!part);
  const credit = creditLine(article);
  const body = [...(credit ? [credit] : []), ...article.paragraphs];
  const blocks = [title, body, [...article.captions]].filter((block) => block.length > 0);
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

/** The per-article file number: two digits, more when the page has 100 articles or more. */
function articleNumber(index: number, count: number): string {
  return String(index).padStart(Math.max(2, String(count).length), '0');
}

/** The names a page's export writes, without the content: `<stem>.json`, `<stem>.jsonl`, `<stem>.md`, `<stem>-NN.txt`. */
export function exportFileNames(format: ExportFormat, stem: string, articleIndexes: readonly number[]): string[] {
  if (format !== 'txt') return [`${stem}.${format}`];
  return articleIndexes.map((index) => `${stem}-${articleNumber(index, articleIndexes.length)}.txt`);
}

/** Renders a page in a format as the files it becomes (a page with no article gives no `txt` file). */
export function renderExport(page: PageJson, format: ExportFormat, stem: string): ExportFile[] {
  switch (format) {
    case 'json':
      return [{ name: `${stem}.json`, text: pageJsonToText(page) }];
    case 'jsonl':
      return [{ name: `${stem}.jsonl`, text: toJsonLines(page, stem) }];
    case 'md':
      return [{ name: `${stem}.md`, text: toMarkdown(page) }];
    case 'txt': {
      const names = exportFileNames('txt', stem, page.articles.map((a) => a.index));
      return page.articles.map((article, i) => ({ name: names[i], text: toPlainText(article) }));
    }
  }
}
