// The adapter's view of the core's rule table: a finding's message, its rule's documentation and the whole-file fix.
import * as vscode from 'vscode';
import { formatMessage, rulesById, type Finding } from '../../core';
import { coreLocale } from '../util/locale';

/** The finding's message in VS Code's display language. */
export function findingMessage(finding: Finding): string {
  return formatMessage(finding, coreLocale());
}

/** The documentation page of a rule, shipped with the extension; undefined when the rule has none. */
export function ruleDocsUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri | undefined {
  const docs = rulesById.get(ruleId)?.meta.docs;
  return docs ? vscode.Uri.joinPath(extensionUri, ...docs.split('/')) : undefined;
}
