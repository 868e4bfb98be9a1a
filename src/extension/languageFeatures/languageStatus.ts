// The language status item: how many articles and issues the page has, or why it is not analysed.
import * as vscode from 'vscode';
import { LANGUAGE_ID, type PageModelService } from '../pageModelService';
import { Disposable } from '../util/dispose';

export class PageStatus extends Disposable {
  readonly #item = this._register(vscode.languages.createLanguageStatusItem('newsdump.status', { language: LANGUAGE_ID }));

  constructor(private readonly pageModels: PageModelService) {
    super();
    this.#item.name = vscode.l10n.t('Page dump analysis');
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(pageModels.onDidAnalyze((document) => {
      if (document === vscode.window.activeTextEditor?.document) this.update();
    }));
    this._register(pageModels.onDidChange((uri) => {
      if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
    }));
    this.update();
  }

  /** The item's current text (for tests). */
  get text(): string {
    return this.#item.text;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) return;
    const guard = this.pageModels.sizeGuard(document);
    if (guard) {
      this.#item.severity = vscode.LanguageStatusSeverity.Warning;
      this.#item.text = vscode.l10n.t('$(warning) Not analysed: {0} MB', guard.sizeMB.toFixed(1));
      this.#item.detail = vscode.l10n.t('over the {0} MB limit', String(guard.limitMB));
      this.#item.command = { title: vscode.l10n.t('Change the limit'), command: 'workbench.action.openSettings', arguments: ['newsdump.validate.maxFileSizeMB'] };
      return;
    }
    const model = this.pageModels.getCachedModel(document);
    this.#item.severity = vscode.LanguageStatusSeverity.Information;
    this.#item.command = undefined;
    if (!model) {
      this.#item.busy = true;
      this.#item.text = vscode.l10n.t('Analysing page…');
      this.#item.detail = undefined;
      void this.pageModels.requestModel(document);
      return;
    }
    this.#item.busy = false;
    this.#item.text = vscode.l10n.t('$(book) {0} articles, {1} issues', String(model.articleCount), String(model.findingCount));
    this.#item.detail = vscode.l10n.t('page dump');
  }
}

/** Registers the language status item; the item's owner is the disposable. */
export function registerLanguageStatus(pageModels: PageModelService): PageStatus {
  return new PageStatus(pageModels);
}
