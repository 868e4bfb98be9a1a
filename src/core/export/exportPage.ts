// One page through the export: its analysis becomes page JSON and then the files of the chosen format.
import type { PageAnalysis } from '../model';
import { toPageJson } from './pageJson';
import { escapeMarkdown, renderExport, type ExportFile, type ExportFormat } from './views';

export interface RenderedPage {
  readonly files: readonly ExportFile[];
  readonly articles: number;
}

/** Renders an analysed page; `sourceName` becomes the `source` field and `stem` the base of the file names. */
export function renderPage(analysis: PageAnalysis, sourceName: string, stem: string, format: ExportFormat): RenderedPage {
  const page = toPageJson(analysis, sourceName);
  return { files: renderExport(page, format, stem), articles: page.articles.length };
}

/**
 * Whether `existing` (the content of a file about to be replaced) is this tool's earlier export of the same source,
 * so re-running an export may replace it without asking. Plain text carries no mark, so it never qualifies.
 */
export function isOwnEarlierExport(format: ExportFormat, existing: string, sourceName: string): boolean {
  switch (format) {
    case 'json':
      return parsesWithSource(existing, sourceName, 'articles');
    case 'jsonl': {
      const firstLine = existing.split('\n', 1)[0];
      return existing === '' || parsesWithSource(firstLine, sourceName, 'page');
    }
    case 'md':
      return existing.split('\n', 3)[2] === `Source: ${escapeMarkdown(sourceName)}`;
    case 'txt':
      return false;
  }
}

function parsesWithSource(text: string, sourceName: string, requiredKey: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && requiredKey in value && (value as { source?: unknown }).source === sourceName;
  } catch {
    return false;
  }
}
