// Semantic tokens for what only the whole-page analysis knows: headline, kicker, subheadline, caption, furniture, byline, dateline.
import * as vscode from 'vscode';
import type { PaintedRole } from '../../core/editor/lineRoles';
import { TimeSlicer } from '../util/slicer';
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
    const views = await this.pageModels.requestViews(document);
    if (!views || token.isCancellationRequested) return builder.build();
    const slicer = new TimeSlicer(token);
    for (const part of views.parts) {
      if (!(await slicer.continue())) return new vscode.SemanticTokensBuilder(LEGEND).build();
      for (const span of part.spans) builder.push(span.line + part.lineOffset, span.startCharacter, span.length, TOKEN_TYPES.indexOf(span.role), 0);
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
