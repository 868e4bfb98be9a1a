// Editor decorations from the analysis: a rule where each article starts, tinted headlines, dimmed page furniture.
import * as vscode from 'vscode';
import { LANGUAGE_ID, type PageModelService } from '../pageModelService';
import { Disposable } from '../util/dispose';
import { TimeSlicer } from '../util/slicer';

const HEADLINE_ROLES = new Set(['headline', 'kicker', 'subheadline']);

/** Paints the visible page-dump editors whenever their analysis is ready. */
export class PageDecorationManager extends Disposable {
  readonly #boundary = this._register(vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    borderColor: new vscode.ThemeColor('newsdump.articleBoundary'),
    borderStyle: 'solid',
    borderWidth: '2px 0 0 0',
    overviewRulerColor: new vscode.ThemeColor('newsdump.articleBoundary'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  }));
  readonly #headline = this._register(vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('newsdump.headlineBackground'),
  }));
  readonly #furniture = this._register(vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor('newsdump.furnitureForeground'),
  }));

  constructor(private readonly pageModels: PageModelService) {
    super();
    this._register(pageModels.onDidAnalyze((document) => this.#paintDocument(document)));
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.#request(editor))));
    vscode.window.visibleTextEditors.forEach((editor) => this.#request(editor));
  }

  #request(editor: vscode.TextEditor): void {
    if (editor.document.languageId !== LANGUAGE_ID) return;
    if (this.pageModels.getCachedModel(editor.document)) void this.#paint(editor);
    else void this.pageModels.requestModel(editor.document);
  }

  #paintDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) void this.#paint(editor);
    }
  }

  async #paint(editor: vscode.TextEditor): Promise<void> {
    const document = editor.document;
    const version = document.version;
    const views = this.pageModels.getCachedViews(document);
    if (!views || document.languageId !== LANGUAGE_ID) return;
    const slicer = new TimeSlicer();
    const boundaries: vscode.Range[] = [];
    const headlines: vscode.Range[] = [];
    const furniture: vscode.Range[] = [];
    for (const part of views.parts) {
      if (!(await slicer.continue()) || this.isDisposed || document.version !== version) return;
      for (const node of part.outline) boundaries.push(new vscode.Range(node.startLine + part.lineOffset, 0, node.startLine + part.lineOffset, 0));
      for (const span of part.spans) {
        const line = span.line + part.lineOffset;
        if (HEADLINE_ROLES.has(span.role)) headlines.push(new vscode.Range(line, 0, line, 0));
        else if (span.role === 'furniture') furniture.push(new vscode.Range(line, span.startCharacter, line, span.startCharacter + span.length));
      }
    }
    editor.setDecorations(this.#boundary, boundaries);
    editor.setDecorations(this.#headline, headlines);
    editor.setDecorations(this.#furniture, furniture);
  }
}

/** Registers the decorations. */
export function registerDecorations(pageModels: PageModelService): vscode.Disposable {
  return new PageDecorationManager(pageModels);
}
