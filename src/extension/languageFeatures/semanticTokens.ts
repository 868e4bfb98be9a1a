// Semantic tokens for what only the whole-page analysis knows: headline, kicker, subheadline, caption, furniture, byline, dateline.
import * as vscode from 'vscode';
import { pageTokenSpans, type PaintedRole } from '../../core/editor/lineRoles';
import { LANGUAGE_ID, type PageModelService } from '../pageModelService';

/** Token types, declared in package.json `contributes.semanticTokenTypes` with their TextMate fallbacks. */
const TOKEN_TYPES: readonly PaintedRole[] = ['headline', 'kicker', 'subheadline', 'caption', 'furniture', 'byline', 'dateline'];
export const LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], []);

export class PageRoleTokensProvider implements vscode.DocumentSemanticTokensProvider {
  readonly #onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.#onDidChange.event;

  constructor(private readonly pageModels: PageModelService) {}

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    const builder = new vscode.SemanticTokensBuilder(LEGEND);
    const analysis = await this.pageModels.requestAnalysis(document);
    if (!analysis || token.isCancellationRequested) return builder.build();
    for (const span of pageTokenSpans(analysis)) {
      builder.push(span.line, span.startCharacter, span.length, TOKEN_TYPES.indexOf(span.role), 0);
    }
    return builder.build();
  }

  /** Asks the editor to re-request tokens (after the settings that steer the analysis change). */
  refresh(): void {
    this.#onDidChange.fire();
  }

  dispose(): void {
    this.#onDidChange.dispose();
  }
}

/** Registers the semantic token provider. */
export function registerSemanticTokens(pageModels: PageModelService): vscode.Disposable {
  const provider = new PageRoleTokensProvider(pageModels);
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerDocumentSemanticTokensProvider(LANGUAGE_ID, provider, LEGEND),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsdump')) provider.refresh();
    }),
  );
}
