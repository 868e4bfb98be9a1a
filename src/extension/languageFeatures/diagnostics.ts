// Diagnostics from the core's rules: a pure computer (finding → Diagnostic) and a manager that debounces, drops stale results and clears on close.
import * as vscode from 'vscode';
import type { Finding, Severity } from '../../core';
import { LANGUAGE_ID, type PageModel, type PageModelService, type SizeGuard } from '../pageModelService';
import { Delayer } from '../util/delayer';
import { Disposable } from '../util/dispose';
import { toRange } from '../util/locale';
import { findingMessage, ruleDocsUri } from './ruleCatalog';

export const DIAGNOSTIC_SOURCE = 'newsdump';
/** The code of the one diagnostic shown instead of the findings when a file is over the size limit. */
export const SIZE_GUARD_CODE = 'file-too-large';
/** The code of the diagnostic that counts the problems left out beyond `MAX_DIAGNOSTICS`. */
export const MORE_PROBLEMS_CODE = 'more-problems';

const SEVERITIES: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Diagnostics converted per slice before yielding, so a file with a huge number of findings never blocks long. */
const CONVERT_SLICE = 500;
/** VS Code shows at most this many problems per file; converting (and sorting) more would only cost time. */
export const MAX_DIAGNOSTICS = 1000;

/** Turns the core's findings into VS Code diagnostics (no state, no events). */
export class DiagnosticComputer {
  constructor(private readonly extensionUri: vscode.Uri) {}

  toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(document, finding.range), findingMessage(finding), SEVERITIES[finding.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    const target = ruleDocsUri(this.extensionUri, finding.ruleId);
    diagnostic.code = target ? { value: finding.ruleId, target } : finding.ruleId;
    return diagnostic;
  }

  /** Says how many problems beyond the shown ones the file has. */
  moreProblemsDiagnostic(hidden: number): vscode.Diagnostic {
    const message = vscode.l10n.t('{0} more problems in this file are not listed; fix these first or use Fix All.', String(hidden));
    const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Information);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = MORE_PROBLEMS_CODE;
    return diagnostic;
  }

  sizeGuardDiagnostic(guard: SizeGuard): vscode.Diagnostic {
    const message = vscode.l10n.t(
      'This file is {0} MB, over the {1} MB limit of the setting newsdump.validate.maxFileSizeMB: it is not checked while typing. Raise the limit to check it.',
      guard.sizeMB.toFixed(1), String(guard.limitMB));
    const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Information);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = SIZE_GUARD_CODE;
    return diagnostic;
  }
}

/** Owns the diagnostic collection: recomputes pending documents behind a delayer, drops stale results, clears on close. */
export class DiagnosticManager extends Disposable {
  readonly #collection = this._register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
  readonly #delayer = this._register(new Delayer<void>(300));
  readonly #pending = new Set<string>();
  readonly #onDidUpdate = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires after a document's diagnostics have been replaced. */
  readonly onDidUpdate = this.#onDidUpdate.event;

  constructor(private readonly pageModels: PageModelService, private readonly computer: DiagnosticComputer) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => this.#schedule(doc, 0)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) this.#schedule(e.document);
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => {
      this.#pending.delete(doc.uri.toString());
      this.#collection.delete(doc.uri);
    }));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsdump')) this.#rebuildAll();
    }));
    this.#rebuildAll();
  }

  #rebuildAll(): void {
    this.#collection.clear();
    for (const doc of vscode.workspace.textDocuments) this.#schedule(doc, 0);
  }

  #schedule(document: vscode.TextDocument, delay?: number): void {
    if (document.languageId !== LANGUAGE_ID) return;
    this.#pending.add(document.uri.toString());
    this.#delayer.trigger(() => this.#recomputePending(), delay);
  }

  async #recomputePending(): Promise<void> {
    const uris = [...this.#pending];
    this.#pending.clear();
    for (const key of uris) {
      const document = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === key);
      if (!document || this.isDisposed) continue;
      await this.#update(document);
    }
  }

  async #update(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== LANGUAGE_ID || !vscode.workspace.getConfiguration('newsdump', document).get<boolean>('validate.enabled', true)) {
      this.#collection.delete(document.uri);
      this.#onDidUpdate.fire(document.uri);
      return;
    }
    const guard = this.pageModels.sizeGuard(document);
    if (guard) {
      this.#collection.set(document.uri, [this.computer.sizeGuardDiagnostic(guard)]);
      this.#onDidUpdate.fire(document.uri);
      return;
    }
    const version = document.version;
    const model = await this.pageModels.requestModel(document);
    // A newer edit has scheduled its own run; this result is stale.
    if (!model || document.isClosed || document.version !== version) return;
    const diagnostics = await this.#convert(document, model);
    if (!diagnostics || document.isClosed || document.version !== version || this.isDisposed) return;
    this.#collection.set(document.uri, diagnostics);
    this.#onDidUpdate.fire(document.uri);
  }

  async #convert(document: vscode.TextDocument, model: PageModel): Promise<vscode.Diagnostic[] | undefined> {
    const version = document.version;
    const diagnostics: vscode.Diagnostic[] = [];
    const shown = Math.min(model.findings.length, MAX_DIAGNOSTICS);
    for (let i = 0; i < shown; i++) {
      if (i > 0 && i % CONVERT_SLICE === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        if (document.version !== version) return undefined;
      }
      diagnostics.push(this.computer.toDiagnostic(document, model.findings[i]));
    }
    if (model.findingCount > shown) diagnostics.push(this.computer.moreProblemsDiagnostic(model.findingCount - shown));
    return diagnostics;
  }
}

/** Registers the diagnostics feature; the manager is the disposable (and what tests observe). */
export function registerDiagnostics(pageModels: PageModelService, extensionUri: vscode.Uri): DiagnosticManager {
  return new DiagnosticManager(pageModels, new DiagnosticComputer(extensionUri));
}
