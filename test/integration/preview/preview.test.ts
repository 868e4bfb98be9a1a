// Integration: the article preview in a real extension host — what its webview rendered, live updates, reuse, lock, XSS.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsdumpApi } from '../../../src/extension/extension';
import type { PreviewRenderReport } from '../../../src/extension/preview/previewPanel';

const EXTENSION_ID = 'newsdump.newsdump';

function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder: run them through npm run test:integration');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

async function activateApi(): Promise<{ api: NewsdumpApi; extensionPath: string }> {
  const extension = vscode.extensions.getExtension<NewsdumpApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return { api: await extension.activate(), extensionPath: extension.extensionPath };
}

/** Opens a workspace file as a page dump in the first column. */
async function openPage(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(workspaceFile(relative)), 'newsdump');
  return vscode.window.showTextDocument(document, vscode.ViewColumn.One);
}

/** Resolves with the first render report of `uri` that satisfies `accept` (the last one counts if it already does). */
function nextRender(api: NewsdumpApi, uri: vscode.Uri, accept: (report: PreviewRenderReport) => boolean, what: string, timeoutMs = 15_000): Promise<PreviewRenderReport> {
  return new Promise((resolve, reject) => {
    const last = api.preview.getLastRender(uri);
    if (last && accept(last)) {
      resolve(last);
      return;
    }
    const timer = setTimeout(() => {
      listener.dispose();
      const seen = api.preview.getLastRender(uri);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for the preview to render ${what}; last render: ${seen ? `version ${seen.version}, ${seen.articles.length} articles` : 'none'}`));
    }, timeoutMs);
    const listener = api.preview.onDidRender((report) => {
      if (report.resource === uri.toString() && accept(report)) {
        clearTimeout(timer);
        listener.dispose();
        resolve(report);
      }
    });
  });
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('preview', function () {
  this.timeout(60_000);
  let api: NewsdumpApi;
  let extensionPath: string;

  before(async () => {
    ({ api, extensionPath } = await activateApi());
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAll();
    await waitFor(() => api.preview.previews.length === 0, 'every preview to close');
  });

  it('opens beside the seed page and renders the articles the analysis found, headlines and byline chips included', async () => {
    const editor = await openPage('samples/page-01.txt');
    const { document } = editor;
    const rendered = nextRender(api, document.uri, (r) => r.version === document.version, 'the seed page');
    await vscode.commands.executeCommand('newsdump.showPreviewToSide');
    const report = await rendered;

    const analysis = await api.pageModels.requestAnalysis(document, { force: true });
    assert.ok(analysis, 'the page is analysed (the same worker analysis the preview used)');
    const articles = [...analysis.segmentation.articles].sort((a, b) => a.index - b.index);
    assert.ok(articles.length > 0, 'the seed page has at least one article');
    assert.deepEqual(report.articles.map((a) => a.headline), articles.map((a) => a.headline?.text ?? ''));
    assert.deepEqual(report.articles.map((a) => a.bylineNames),
      articles.map((a) => (a.byline ? [...a.byline.reporters, ...a.byline.correspondents, ...a.byline.authors] : [])));
    articles.forEach((article, i) => {
      for (const paragraph of article.paragraphs) {
        assert.ok(report.articles[i].text.includes(paragraph.text), `article ${article.index} shows its paragraph from line ${paragraph.startLine + 1}`);
      }
    });
    assert.deepEqual(api.preview.previews, [{ resource: document.uri.toString(), locked: false }]);
  });

  it('shows the seed page as its 5 gold articles, with the gold headlines and reporters', async function () {
    const goldFile = path.resolve(extensionPath, '..', 'shared', 'corpus', 'seed', 'page-01.gold.json');
    if (!fs.existsSync(goldFile)) {
      console.log(`skipped: ${goldFile} is absent`);
      this.skip();
    }
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { articles: { headline: string; reporters: string[] }[] };
    const { document } = await openPage('samples/page-01.txt');
    const rendered = nextRender(api, document.uri, (r) => r.version === document.version, 'the seed page');
    await vscode.commands.executeCommand('newsdump.showPreviewToSide');
    const report = await rendered;
    assert.equal(report.articles.length, 5, `the preview shows ${report.articles.length} articles: ${JSON.stringify(report.articles.map((a) => a.headline))}`);
    assert.deepEqual(report.articles.map((a) => a.headline), gold.articles.map((a) => a.headline));
    report.articles.forEach((article, i) => {
      for (const reporter of gold.articles[i].reporters) assert.ok(article.bylineNames.includes(reporter), `article ${i + 1} credits ${reporter}`);
    });
  });

  it('updates while the document is edited, coalescing a burst of edits into few renders', async () => {
    const editor = await openPage('samples/page-01.txt');
    const { document } = editor;
    const first = nextRender(api, document.uri, (r) => r.version === document.version, 'the seed page');
    await vscode.commands.executeCommand('newsdump.showPreviewToSide');
    await first;

    const renderedVersions: number[] = [];
    const listener = api.preview.onDidRender((r) => {
      if (r.resource === document.uri.toString()) renderedVersions.push(r.version);
    });
    try {
      const marker = '预览实时更新测试段落';
      const typed = `\n\n${marker}。`;
      const end = document.lineAt(document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(end, end);
      const startVersion = document.version;
      const started = Date.now();
      // One character per edit, as a person types; all sent at once, they run in order at the cursor.
      const applied = await Promise.all([...typed].map((ch) => vscode.commands.executeCommand('type', { text: ch }).then(() => true)));
      const elapsed = Date.now() - started;
      assert.ok(applied.every(Boolean), 'every edit applied');
      assert.equal(document.version, startVersion + typed.length);
      assert.ok(document.getText().includes(marker), `the edits typed the paragraph; the page ends with ${JSON.stringify(document.getText().slice(-40))}`);
      const report = await nextRender(api, document.uri, (r) => r.version === document.version, `version ${document.version}`);
      assert.ok(report.articles.some((a) => a.text.includes(marker)), 'the typed paragraph is shown');
      // The panel renders the first change at once and then at most once per 300 ms while changes keep coming.
      const allowed = Math.ceil(elapsed / 300) + 2;
      console.log(`      ${typed.length} edits in ${elapsed} ms → renders of versions ${renderedVersions.join(', ')}`);
      assert.ok(renderedVersions.length <= allowed && renderedVersions.length < typed.length,
        `${typed.length} edits in ${elapsed} ms gave renders of versions ${renderedVersions.join(', ')} (at most ${allowed} expected)`);
    } finally {
      listener.dispose();
      await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('keeps one preview per document, follows the active page unless locked', async () => {
    const seed = await openPage('samples/page-01.txt');
    let rendered = nextRender(api, seed.document.uri, () => true, 'the seed page');
    await vscode.commands.executeCommand('newsdump.showPreviewToSide');
    await rendered;
    await openPage('samples/page-01.txt');
    await vscode.commands.executeCommand('newsdump.showPreviewToSide');
    assert.equal(api.preview.previews.length, 1, 'showing the preview again reuses it');

    const xss = await openPage('xss-page.txt');
    await waitFor(() => api.preview.previews[0]?.resource === xss.document.uri.toString(), 'the unlocked preview to follow the active page');
    await nextRender(api, xss.document.uri, () => true, 'the followed page');

    // Lock it on the XSS page, then go back to the seed page: the locked preview stays.
    const preview = api.preview.previews[0];
    await vscode.commands.executeCommand('newsdump.showPreviewToSide', xss.document.uri);
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    await vscode.commands.executeCommand('newsdump.togglePreviewLock');
    await waitFor(() => api.preview.previews[0]?.locked === true, 'the preview to lock');
    await openPage('samples/page-01.txt');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(api.preview.previews, [{ resource: preview.resource, locked: true }]);

    rendered = nextRender(api, seed.document.uri, (r) => r.version === seed.document.version, 'the seed page in a new preview');
    await vscode.commands.executeCommand('newsdump.showPreviewToSide', seed.document.uri);
    await rendered;
    assert.equal(api.preview.previews.length, 2, 'a locked preview does not take another document');
  });

  it('says so, rather than block the extension host, for a text too large to keep analysed on the host', async () => {
    const seed = await vscode.workspace.openTextDocument(workspaceFile('samples', 'page-01.txt'));
    const big = await vscode.workspace.openTextDocument({ language: 'newsdump', content: `${seed.getText()}\n\n`.repeat(Math.ceil(120_000 / seed.getText().length)) });
    assert.ok(big.getText().length > 100_000);
    await vscode.window.showTextDocument(big, vscode.ViewColumn.One);
    const rendered = nextRender(api, big.uri, (r) => r.version === big.version, 'the big text', 60_000);
    await vscode.commands.executeCommand('newsdump.showPreviewToSide');
    const report = await rendered;
    assert.deepEqual(report.articles, []);
    assert.equal(report.messages.length, 1, `one notice, got ${JSON.stringify(report.messages)}`);
    assert.ok(report.messages[0].length > 10);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows markup in a page as text: no element is created from it', async () => {
    const { document } = await openPage('xss-page.txt');
    const rendered = nextRender(api, document.uri, (r) => r.version === document.version, 'the XSS page');
    await vscode.commands.executeCommand('newsdump.showPreviewToSide');
    const report = await rendered;
    const shown = report.articles.map((a) => a.text).join('\n') + report.furniture.join('\n');
    // textContent holds these characters only if they were inserted as text; parsed as HTML they would be elements.
    for (const literal of ['<img', 'onerror=', '</script>', '<script>', '<b>', '&amp;', '&lt;script&gt;', '<svg', '{{constructor', '<iframe']) {
      assert.ok(shown.includes(literal), `the preview shows ${literal} literally`);
    }
    const analysis = await api.pageModels.requestAnalysis(document, { force: true });
    assert.ok(analysis, 'the page is analysed (the same worker analysis the preview used)');
    for (const article of analysis.segmentation.articles) {
      for (const paragraph of article.paragraphs) assert.ok(shown.includes(paragraph.text), `paragraph from line ${paragraph.startLine + 1} is shown verbatim`);
    }
  });
});
