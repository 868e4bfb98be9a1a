// Helpers of the editor integration tests: the extension's API, fixture pages in the workspace, waiting to a deadline.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsdumpApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'newsdump.newsdump';

export async function activateExtension(): Promise<NewsdumpApi> {
  const extension = vscode.extensions.getExtension<NewsdumpApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the editor tests need the test workspace folder');
  return folder.uri;
}

/** The seed page's text, as shipped in the workspace. */
export function seedText(): string {
  return fs.readFileSync(path.join(workspaceRoot().fsPath, 'samples', 'page-01.txt'), 'utf8');
}

/** The seed page's gold annotation, or undefined when ../shared is not next to the repository. */
export function seedGold(): { articles: { headline: string }[] } | undefined {
  const repo = process.env.NEWSDUMP_REPO_ROOT;
  if (!repo) return undefined;
  const file = path.resolve(repo, '..', 'shared', 'corpus', 'seed', 'page-01.gold.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

let copies = 0;

/** Writes `text` to a fresh `.txt` file in the workspace and returns its URI. */
export function writePage(text: string, stem = 'page'): vscode.Uri {
  const dir = path.join(workspaceRoot().fsPath, 'editor-tests');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${stem}-${process.pid}-${++copies}.txt`);
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

/** Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The open document for `uri` (its object can change when its language does). */
export function documentOf(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
}

/** Opens `uri` in an editor and waits until content detection has made it a page dump. */
export async function openAsPageDump(uri: vscode.Uri): Promise<vscode.TextDocument> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return waitFor(() => {
    const doc = documentOf(uri);
    return doc?.languageId === 'newsdump' ? doc : undefined;
  }, `${path.basename(uri.fsPath)} to switch to the newsdump language`);
}

/** Diagnostics of the document from this extension with the given rule code. */
export function diagnosticsOf(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'newsdump'
    && (code === undefined || (typeof d.code === 'object' ? d.code.value : d.code) === code));
}
