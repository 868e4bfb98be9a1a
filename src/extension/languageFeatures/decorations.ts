// Editor decorations from the analysis: a rule where each article starts, tinted headlines, dimmed page furniture.
import * as vscode from 'vscode';
import { articleBoundaryLines, roleSpans } from '../../core/editor/lineRoles';
import { LANGUAGE_ID, type PageModelService } from '../pageModelService';
import { Disposable } from '../util/dispose';

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
    const cached = this.pageModels.getCachedAnalysis(editor.document);
    if (cached) this.#paint(editor);
    else void this.pageModels.requestAnalysis(editor.document);
  }

  #paintDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) this.#paint(editor);
    }
  }

  #paint(editor: vscode.TextEditor): void {
    const analysis = this.pageModels.getCachedAnalysis(editor.document);
    if (!analysis || editor.document.languageId !== LANGUAGE_ID) return;
    const spans = roleSpans(analysis.layout, analysis.segmentation.roles);
    const lineRange = (line: number) => new vscode.Range(line, 0, line, 0);
    editor.setDecorations(this.#boundary, articleBoundaryLines(analysis.segmentation).map(lineRange));
    editor.setDecorations(this.#headline, spans.filter((s) => HEADLINE_ROLES.has(s.role)).map((s) => lineRange(s.line)));
    editor.setDecorations(this.#furniture, spans.filter((s) => s.role === 'furniture')
      .map((s) => new vscode.Range(s.line, s.startCharacter, s.line, s.startCharacter + s.length)));
  }
}

/** Registers the decorations. */
export function registerDecorations(pageModels: PageModelService): vscode.Disposable {
  return new PageDecorationManager(pageModels);
}
