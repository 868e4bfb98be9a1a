// Outline, breadcrumbs and Go to Symbol (one symbol per article, its parts below) and folding per article.
import * as vscode from 'vscode';
import type { OutlineKind, OutlineNode } from '../../core/editor/outline';
import { viewSize } from '../../core/editor/views';
import { LANGUAGE_ID, type PageModelService } from '../pageModelService';
import { TimeSlicer } from '../util/slicer';

/** Above this many articles the outline leaves out paragraphs (a real page has fewer than 20 articles)… */
const MAX_ARTICLES_WITH_PARAGRAPHS = 200;
/** …and above this many it lists the articles only. */
const MAX_ARTICLES_WITH_PARTS = 1000;

/** How much of each article the outline shows. */
type Detail = 'all' | 'parts' | 'articles';

const SYMBOL_KINDS: Readonly<Record<OutlineKind, vscode.SymbolKind>> = {
  article: vscode.SymbolKind.Module,
  kicker: vscode.SymbolKind.String,
  headline: vscode.SymbolKind.String,
  subheadline: vscode.SymbolKind.String,
  dateline: vscode.SymbolKind.Event,
  byline: vscode.SymbolKind.Constructor,
  caption: vscode.SymbolKind.Object,
  paragraph: vscode.SymbolKind.Field,
};

/** Maps the core's outline tree to document symbols. */
export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly pageModels: PageModelService) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const views = await this.pageModels.requestViews(document);
    if (!views || token.isCancellationRequested) return [];
    const slicer = new TimeSlicer(token);
    // A huge text has thousands of articles: list their headlines, bylines… but not every paragraph, and past a
    // thousand articles the articles alone (every symbol is serialised to the workbench in one message).
    const articles = viewSize(views).articles;
    const detail: Detail = articles <= MAX_ARTICLES_WITH_PARAGRAPHS ? 'all' : articles <= MAX_ARTICLES_WITH_PARTS ? 'parts' : 'articles';
    const symbols: vscode.DocumentSymbol[] = [];
    for (const part of views.parts) {
      for (const node of part.outline) {
        if (!(await slicer.continue())) return [];
        symbols.push(this.#toSymbol(document, node, part.lineOffset, detail));
      }
    }
    return symbols;
  }

  #toSymbol(document: vscode.TextDocument, node: OutlineNode, lineOffset: number, detail: Detail): vscode.DocumentSymbol {
    const last = Math.min(node.endLine + lineOffset, document.lineCount - 1);
    const first = Math.min(node.startLine + lineOffset, last);
    const range = new vscode.Range(first, 0, last, document.lineAt(last).text.length);
    const name = node.name ?? vscode.l10n.t('Article {0} (no headline)', String(node.articleIndex));
    const symbol = new vscode.DocumentSymbol(name, detailOf(node), SYMBOL_KINDS[node.kind], range, range);
    symbol.children = detail === 'articles' ? [] : node.children
      .filter((child) => detail === 'all' || child.kind !== 'paragraph')
      .map((child) => this.#toSymbol(document, child, lineOffset, detail));
    return symbol;
  }
}

function detailOf(node: OutlineNode): string {
  switch (node.kind) {
    case 'article': return vscode.l10n.t('article {0}', String(node.articleIndex));
    case 'kicker': return vscode.l10n.t('kicker');
    case 'headline': return vscode.l10n.t('headline');
    case 'subheadline': return vscode.l10n.t('subheadline');
    case 'dateline': return vscode.l10n.t('dateline');
    case 'byline': return vscode.l10n.t('byline');
    case 'caption': return vscode.l10n.t('caption');
    case 'paragraph': return vscode.l10n.t('paragraph');
  }
}

/** Folds each article that spans more than one line. */
export class ArticleFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly pageModels: PageModelService) {}

  async provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
    const views = await this.pageModels.requestViews(document);
    if (!views || token.isCancellationRequested) return [];
    const ranges: vscode.FoldingRange[] = [];
    for (const part of views.parts) {
      for (const node of part.outline) {
        if (node.endLine > node.startLine) ranges.push(new vscode.FoldingRange(node.startLine + part.lineOffset, node.endLine + part.lineOffset, vscode.FoldingRangeKind.Region));
      }
    }
    return ranges;
  }
}

/** Registers the symbol and folding providers. */
export function registerDocumentSymbols(pageModels: PageModelService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(LANGUAGE_ID, new ArticleSymbolProvider(pageModels), { label: 'Newsdump' }),
    vscode.languages.registerFoldingRangeProvider(LANGUAGE_ID, new ArticleFoldingProvider(pageModels)),
  );
}
