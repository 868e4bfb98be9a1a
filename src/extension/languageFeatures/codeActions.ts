// Code actions: the exact fix of a problem, fix all of one rule, fix all (source.fixAll.newsdump) and segmentation markers.
import * as vscode from 'vscode';
import type { Finding, PageAnalysis, TextEdit } from '../../core';
import { compatibleFixes, fixPreview, minimalEdit } from '../../core/editor/fixes';
import { markerInsertionsAt, type MarkerAction } from '../../core/editor/markerEdits';
import { LANGUAGE_ID, type PageModel, type PageModelService } from '../pageModelService';
import { toRange } from '../util/locale';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** `source.fixAll.newsdump`: what `editor.codeActionsOnSave` names to fix a page on save. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('newsdump');
/** Marker insertions are rewrites: they correct the segmentation, not the text. */
export const MARKER_KIND = vscode.CodeActionKind.RefactorRewrite.append('newsdump.marker');

/** Provides the quick fixes for newsdump diagnostics, the fix-all source action and the marker refactorings. */
export class NewsdumpCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND, MARKER_KIND];

  constructor(private readonly pageModels: PageModelService) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const model = this.pageModels.getCachedModel(document) ?? await this.pageModels.requestModel(document);
    if (!model || token.isCancellationRequested) return [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = [];
    if (wants(vscode.CodeActionKind.QuickFix)) actions.push(...this.#quickFixes(document, model, context));
    // Fix-all is offered when asked for by kind (on save, Source Action…); computing it re-checks the whole page.
    if (context.only && wants(FIX_ALL_KIND)) {
      const fixAll = await createFixAllAction(document, this.pageModels);
      if (fixAll) actions.push(fixAll);
    }
    // Markers need the whole segmentation, which the host holds for a page but not for a big text.
    if (model.analysis && wants(MARKER_KIND) && context.triggerKind === vscode.CodeActionTriggerKind.Invoke) {
      actions.push(...this.#markerActions(document, model.analysis, range.start.line));
    }
    return actions;
  }

  #quickFixes(document: vscode.TextDocument, model: PageModel, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const rulesOffered = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = findingOf(document, model.findings, diagnostic);
      if (!finding?.fix) continue;
      const { before, after } = previewOf(document, finding.fix);
      const action = new vscode.CodeAction(vscode.l10n.t('Fix: {0} → {1}', before, after), vscode.CodeActionKind.QuickFix);
      action.edit = editOf(document, [finding.fix]);
      action.diagnostics = [diagnostic];
      // A preferred fix can be applied with one keystroke (Auto Fix) and by fix-all.
      action.isPreferred = finding.preferred;
      actions.push(action);
      // Fixing a whole rule needs every finding, which the host keeps for a page but not for a big text.
      if (rulesOffered.has(finding.ruleId) || !model.analysis) continue;
      rulesOffered.add(finding.ruleId);
      const ruleFixes = compatibleFixes(model.findings, { ruleId: finding.ruleId, preferredOnly: true });
      if (ruleFixes.length > 1) {
        const all = new vscode.CodeAction(vscode.l10n.t('Fix all {0} problems in this file ({1})', finding.ruleId, String(ruleFixes.length)), vscode.CodeActionKind.QuickFix);
        all.edit = editOf(document, ruleFixes);
        actions.push(all);
      }
    }
    return actions;
  }

  #markerActions(document: vscode.TextDocument, analysis: PageAnalysis, line: number): vscode.CodeAction[] {
    return markerInsertionsAt(analysis, line).map((insertion) => {
      const action = new vscode.CodeAction(markerTitle(insertion.action), MARKER_KIND);
      action.edit = editOf(document, [insertion.edit]);
      return action;
    });
  }
}

/** The source.fixAll.newsdump action for the whole document, or undefined when nothing changes or the file is over the size limit. */
export async function createFixAllAction(document: vscode.TextDocument, pageModels: PageModelService): Promise<vscode.CodeAction | undefined> {
  const edit = await fixAllEdit(document, pageModels);
  if (!edit) return undefined;
  const action = new vscode.CodeAction(vscode.l10n.t('Fix all extraction problems'), FIX_ALL_KIND);
  action.edit = edit;
  return action;
}

/**
 * The edit that turns the document into the core's fix-all result (as one minimal replacement), computed on the
 * analysis worker; undefined when nothing changes, the file is over the size limit or it changed meanwhile.
 */
export async function fixAllEdit(document: vscode.TextDocument, pageModels: PageModelService): Promise<vscode.WorkspaceEdit | undefined> {
  if (pageModels.sizeGuard(document)) return undefined;
  const version = document.version;
  const text = document.getText();
  const fixed = await pageModels.fixAllText(document);
  if (document.version !== version) return undefined;
  const change = minimalEdit(text, fixed);
  return change ? editOf(document, [change]) : undefined;
}

function editOf(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const edit of edits) workspaceEdit.replace(document.uri, toRange(document, edit.range), edit.text);
  return workspaceEdit;
}

/** The finding a diagnostic was made from: same rule, same range (both come from the same cached model). */
function findingOf(document: vscode.TextDocument, findings: readonly Finding[], diagnostic: vscode.Diagnostic): Finding | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return findings.find((f) => f.ruleId === code && f.range.start === start && f.range.end === end);
}

/** The fix's before → after, read from the lines around it only (never a copy of a huge document's text). */
function previewOf(document: vscode.TextDocument, fix: TextEdit): { before: string; after: string } {
  const start = document.positionAt(fix.range.start);
  const end = document.positionAt(fix.range.end);
  const window = new vscode.Range(start.line, 0, end.line, document.lineAt(end.line).text.length);
  const base = document.offsetAt(window.start);
  return fixPreview(document.getText(window), { range: { start: fix.range.start - base, end: fix.range.end - base }, text: fix.text });
}

function markerTitle(action: MarkerAction): string {
  switch (action) {
    case 'article': return vscode.l10n.t('Start a new article here');
    case 'merge': return vscode.l10n.t('Merge this article with the previous one');
    case 'headline': return vscode.l10n.t('Mark as headline');
    case 'kicker': return vscode.l10n.t('Mark as kicker');
    case 'subheadline': return vscode.l10n.t('Mark as subheadline');
    case 'dateline': return vscode.l10n.t('Mark as dateline');
    case 'byline': return vscode.l10n.t('Mark as byline');
    case 'caption': return vscode.l10n.t('Mark as caption');
    case 'furniture': return vscode.l10n.t('Mark as page furniture');
    case 'body': return vscode.l10n.t('Mark as body text');
  }
}

/** Registers the code actions for page dumps. */
export function registerCodeActions(pageModels: PageModelService): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(LANGUAGE_ID, new NewsdumpCodeActionProvider(pageModels), {
    providedCodeActionKinds: NewsdumpCodeActionProvider.providedCodeActionKinds,
  });
}
