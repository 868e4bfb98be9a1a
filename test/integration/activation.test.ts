// Integration: the extension loads in a real VS Code, activates on a page dump and hands out analyses through its API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdumpApi } from '../../src/extension/extension';

const EXTENSION_ID = 'newsdump.newsdump';

/** The test workspace's root; the runners always open one (see test/integration/workspace/README.md). */
function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder: run them through npm run test:integration or test:desktop');
  return folder.uri;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('activation', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates when the sample page is opened and analyses it line by line', async () => {
    const extension = vscode.extensions.getExtension<NewsdumpApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded in the extension host`);

    const sampleUri = vscode.Uri.joinPath(workspaceRoot(), 'samples', 'page-01.txt');
    const document = await vscode.workspace.openTextDocument(sampleUri);
    await vscode.window.showTextDocument(document);
    // The activation events alone must wake the extension: nothing here has called activate() yet.
    await waitFor(() => extension.isActive, 'the extension to activate on opening the sample page');

    const api = await extension.activate();
    assert.equal(extension.isActive, true);
    assert.equal(typeof api.pageModels.getAnalysis, 'function', 'activate() must return the NewsdumpApi');

    const analysis = api.pageModels.getAnalysis(document);
    assert.equal(analysis.text, document.getText());
    assert.ok(document.lineCount > 20, `the sample page should have many lines, got ${document.lineCount}`);
    assert.equal(analysis.layout.lines.length, document.lineCount);
    for (const line of analysis.layout.lines) {
      assert.equal(line.text, document.lineAt(line.index).text, `line ${line.index} differs from the editor's`);
      assert.equal(document.offsetAt(new vscode.Position(line.index, 0)), line.start, `line ${line.index} starts elsewhere`);
    }
    // The same document version is analysed once and then served from the cache.
    assert.equal(api.pageModels.getAnalysis(document), analysis);
  });

  it('contributes the newsdump language and registers every command it declares', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('newsdump'), `the newsdump language is not registered (have ${languages.length} languages)`);

    const extension = vscode.extensions.getExtension<NewsdumpApi>(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    const declared = (extension.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
    assert.ok(declared.includes('newsdump.showPreview'), 'package.json declares newsdump.showPreview');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(declared.filter((id) => !registered.has(id)), [], 'declared in package.json but not registered');
  });

  it('switches the sample page between plain text and the page-dump language with its commands', async () => {
    const extension = vscode.extensions.getExtension<NewsdumpApi>(EXTENSION_ID);
    assert.ok(extension);
    const api = await extension.activate();
    const sampleUri = vscode.Uri.joinPath(workspaceRoot(), 'samples', 'page-01.txt');
    const lineCount = (await vscode.workspace.openTextDocument(sampleUri)).lineCount;
    const languageOf = () => vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === sampleUri.toString())?.languageId;

    await vscode.commands.executeCommand('newsdump.setPlainText', sampleUri);
    await waitFor(() => languageOf() === 'plaintext', 'newsdump.setPlainText to switch the page to plain text');
    await vscode.commands.executeCommand('newsdump.setLanguage', sampleUri);
    await waitFor(() => languageOf() === 'newsdump', 'newsdump.setLanguage to switch the page to the page-dump language');

    const retagged = await vscode.workspace.openTextDocument(sampleUri);
    assert.equal(retagged.languageId, 'newsdump');
    assert.equal(api.pageModels.getAnalysis(retagged).layout.lines.length, lineCount);
  });
});
