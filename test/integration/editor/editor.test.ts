// Integration: the page-dump language in a real VS Code — detection, diagnostics, quick fixes, fix-all, outline, tokens, markers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixAll } from '../../../src/core';
import { loadSegmenter } from '../../../src/core/segmenter/load';
import type { NewsdumpApi } from '../../../src/extension/extension';
import { activateExtension, diagnosticsOf, documentOf, openAsPageDump, seedGold, seedText, waitFor, workspaceRoot, writePage } from './helpers';

const MARKER_KIND = 'refactor.rewrite.newsdump.marker';

/** Groups broken-number diagnostics that belong to one written number (only digits, points and spaces between them). */
function brokenNumbers(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): vscode.Range[] {
  const sorted = [...diagnostics].sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
  const groups: vscode.Range[] = [];
  for (const diagnostic of sorted) {
    const previous = groups[groups.length - 1];
    const between = previous ? document.getText(new vscode.Range(previous.end, diagnostic.range.start)) : '';
    if (previous && previous.end.line === diagnostic.range.start.line && /^[0-9０-９.． ]*$/u.test(between)) {
      groups[groups.length - 1] = previous.union(diagnostic.range);
    } else {
      groups.push(diagnostic.range);
    }
  }
  return groups;
}

async function analysisOf(api: NewsdumpApi, document: vscode.TextDocument) {
  return waitFor(() => api.pageModels.requestAnalysis(document), `the analysis of version ${document.version}`);
}

describe('editor: page-dump language', function () {
  this.timeout(120_000);
  let api: NewsdumpApi;

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('switches the seed page in samples/ to the newsdump language, and leaves an English .txt alone', async () => {
    const sample = vscode.Uri.joinPath(workspaceRoot(), 'samples', 'page-01.txt');
    const document = await openAsPageDump(sample);
    assert.equal(document.languageId, 'newsdump');
    // A fresh copy proves the content is what counts (another test may have set the sample's language already).
    const copy = await openAsPageDump(writePage(seedText(), 'detect'));
    assert.equal(copy.languageId, 'newsdump');
    const prose = writePage(Array.from({ length: 40 }, (_, i) => `Line ${i} of an ordinary English note.`).join('\n'), 'prose');
    const plain = await vscode.workspace.openTextDocument(prose);
    await vscode.window.showTextDocument(plain);
    const detected = await api.editor.detector.examine(plain);
    assert.equal(detected, false);
    assert.equal(documentOf(prose)?.languageId, 'plaintext');
  });

  it('treats files matching newsdump.detect.filePatterns as page dumps whatever they hold, and detects nothing when turned off', async () => {
    const config = vscode.workspace.getConfiguration('newsdump');
    await config.update('detect.filePatterns', ['**/always-*.txt'], vscode.ConfigurationTarget.Workspace);
    await config.update('detect.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      const prose = Array.from({ length: 5 }, (_, i) => `Note ${i}.`).join('\n');
      const matching = await openAsPageDump(writePage(prose, 'always'));
      assert.equal(matching.languageId, 'newsdump');
      const seedCopy = writePage(seedText(), 'notdetected');
      const plain = await vscode.workspace.openTextDocument(seedCopy);
      await vscode.window.showTextDocument(plain);
      assert.equal(await api.editor.detector.examine(plain), false);
      assert.equal(documentOf(seedCopy)?.languageId, 'plaintext');
    } finally {
      await config.update('detect.filePatterns', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('detect.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('reports a diagnostic at each of the 15 broken numbers, coded with the rule id and a link to its docs', async () => {
    const document = await openAsPageDump(writePage(seedText(), 'numbers'));
    const diagnostics = await waitFor(() => {
      const found = diagnosticsOf(document.uri, 'broken-number');
      return found.length > 0 ? found : undefined;
    }, 'broken-number diagnostics');
    const numbers = brokenNumbers(document, diagnostics);
    assert.equal(numbers.length, 15, `broken numbers: ${numbers.map((r) => JSON.stringify(document.getText(r))).join(' ')}`);
    // A finding may cover only the gap inside a number (` . `): the number's digits sit right beside it.
    for (const range of numbers) {
      const around = document.getText(new vscode.Range(range.start.translate(0, range.start.character > 0 ? -1 : 0), range.end.translate(0, 1)));
      assert.match(around, /[0-9０-９]/u);
    }
    const first = diagnostics[0];
    assert.ok(typeof first.code === 'object' && first.code.target.path.endsWith('docs/rules/broken-number.md'), 'the code links to the rule docs');
    // Every diagnostic is one of the core's findings at the same place.
    const analysis = await analysisOf(api, document);
    assert.equal(diagnosticsOf(document.uri).length, analysis.findings.length);
  });

  it('applies the exact quick fix of one broken number and changes nothing else', async () => {
    const document = await openAsPageDump(writePage(seedText(), 'quickfix'));
    const diagnostic = await waitFor(() => diagnosticsOf(document.uri, 'broken-number').find((d) => document.getText(d.range).includes('.')), 'a broken decimal number');
    const before = document.getText();
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.kind?.value === 'quickfix');
    assert.ok(fix?.edit, `no preferred fix among ${actions.map((a) => `${a.title} (preferred: ${a.isPreferred}, diagnostics: ${a.diagnostics?.length})`).join(', ')}`);
    assert.match(fix.title, /→/u);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const after = document.getText();
    // The text outside the diagnostic's range is untouched, and the number inside lost its spaces.
    assert.equal(after.slice(0, start), before.slice(0, start));
    assert.equal(after.slice(after.length - (before.length - end)), before.slice(end));
    const repaired = after.slice(start, after.length - (before.length - end));
    assert.equal(repaired.replace(/\s/gu, ''), before.slice(start, end).replace(/\s/gu, ''));
    assert.ok(!/\s/u.test(repaired), `still spaced: ${JSON.stringify(repaired)}`);
  });

  it('source.fixAll.newsdump turns the page into the core fix-all text, also on save through editor.codeActionsOnSave', async () => {
    const original = seedText();
    // The editor uses the configured segmenter (wasm by default), like the CLI.
    const expected = fixAll(original, { segmenter: await loadSegmenter('wasm') }).text;
    assert.notEqual(expected, original);
    const document = await openAsPageDump(writePage(original, 'fixall'));
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.newsdump');
    const fixAllAction = actions.find((a) => a.kind?.value === 'source.fixAll.newsdump');
    assert.ok(fixAllAction?.edit);
    assert.ok(await vscode.workspace.applyEdit(fixAllAction.edit));
    assert.equal(document.getText(), expected);

    // The file has one extra line break that the editor removes, so the document is dirty with the original text.
    const onSave = await openAsPageDump(writePage(`${original}\n`, 'fixonsave'));
    const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: 'newsdump' });
    await editorConfig.update('codeActionsOnSave', { 'source.fixAll.newsdump': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const editor = await vscode.window.showTextDocument(onSave);
      const length = onSave.getText().length;
      assert.ok(await editor.edit((builder) => builder.delete(new vscode.Range(onSave.positionAt(length - 1), onSave.positionAt(length)))));
      assert.equal(onSave.getText(), original);
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor(() => onSave.getText() === expected && !onSave.isDirty, 'the page to be fixed and saved');
    } finally {
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  it('lists the 5 articles of the seed page by their gold headlines, in order, with their parts below, and folds them', async function () {
    const gold = seedGold();
    if (!gold) {
      console.log('    skipped: ../shared/corpus/seed/page-01.gold.json is absent');
      this.skip();
    }
    const document = await openAsPageDump(writePage(seedText(), 'outline'));
    const symbols = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      return found && found.length > 0 ? found : undefined;
    }, 'document symbols');
    assert.deepEqual(symbols.map((s) => s.name), gold.articles.map((a) => a.headline));
    assert.ok(symbols.every((s) => s.children.length > 0), 'each article has its parts below it');
    for (let i = 1; i < symbols.length; i++) assert.ok(symbols[i].range.start.line > symbols[i - 1].range.start.line);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    assert.ok(folds.length >= symbols.length, `${folds.length} folding ranges for ${symbols.length} articles`);
  });

  it('returns semantic tokens for headlines and bylines', async () => {
    const document = await openAsPageDump(writePage(seedText(), 'tokens'));
    const analysis = await analysisOf(api, document);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    assert.ok(legend, 'a semantic tokens legend for newsdump');
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    const decoded: { line: number; text: string; type: string }[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
      decoded.push({ line, text: document.lineAt(line).text.substr(character, tokens.data[i + 2]), type: legend.tokenTypes[tokens.data[i + 3]] });
    }
    const headlines = decoded.filter((t) => t.type === 'headline');
    const bylines = decoded.filter((t) => t.type === 'byline');
    assert.ok(headlines.length > 0 && bylines.length > 0, `token types: ${[...new Set(decoded.map((t) => t.type))].join(', ')}`);
    for (const article of analysis.segmentation.articles) {
      if (article.headline) assert.ok(headlines.some((t) => t.line === article.headline?.startLine), `no headline token on line ${article.headline.startLine}`);
    }
    const reporters = analysis.segmentation.articles.flatMap((a) => a.byline?.reporters ?? []);
    assert.ok(reporters.length > 0);
    assert.ok(bylines.some((t) => reporters.some((name) => t.text.includes(name))), `no byline token holds a reporter's name: ${bylines.map((t) => t.text).join(' | ')}`);
  });

  it('shows the repaired value when hovering a broken number and the parsed names on a byline', async () => {
    const document = await openAsPageDump(writePage(seedText(), 'hover'));
    const analysis = await analysisOf(api, document);
    const number = document.getText().indexOf('64 . 29');
    const numberHovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(number + 3));
    const numberText = numberHovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(numberText.includes('64.29%'), numberText);
    const byline = analysis.segmentation.articles.find((a) => a.byline && a.byline.reporters.length > 0)?.byline;
    assert.ok(byline, 'the seed page has a byline with a reporter');
    const bylineHovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(byline.startLine, 1));
    const bylineText = bylineHovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    for (const name of byline.reporters) assert.ok(bylineText.includes(name), `${name} missing from ${bylineText}`);
  });

  it('inserts a "new article" marker through a code action and the article list gains that article', async () => {
    const document = await openAsPageDump(writePage(seedText(), 'marker'));
    const before = await analysisOf(api, document);
    const first = before.segmentation.articles[0];
    const paragraph = first.paragraphs[first.paragraphs.length - 1];
    assert.ok(first.paragraphs.length > 1 && paragraph, 'the first article has several paragraphs');
    const line = paragraph.startLine;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(line, 0, line, 0), MARKER_KIND);
    const newArticle = actions.find((a) => a.edit?.entries().some(([, edits]) => edits.some((e) => e.newText.startsWith('#@ article'))));
    assert.ok(newArticle?.edit, `marker actions: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(newArticle.edit));
    assert.equal(document.lineAt(line).text, '#@ article');
    const after = await analysisOf(api, document);
    assert.equal(after.segmentation.articles.length, before.segmentation.articles.length + 1);
    assert.ok(after.segmentation.articles.some((a) => a.startLine <= line + 1 && a.paragraphs.some((p) => p.startLine === line + 1) && a.index > 1));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.equal(symbols.length, after.segmentation.articles.length);
  });

  it('offers to merge an article with the previous one, inserting `#@ merge` before its first body line', async () => {
    const document = await openAsPageDump(writePage(seedText(), 'merge'));
    const second = (await analysisOf(api, document)).segmentation.articles[1];
    assert.ok(second);
    const line = Math.min(...second.paragraphs.map((p) => p.startLine));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(line, 0, line, 0), MARKER_KIND);
    const merge = actions.find((a) => a.edit?.entries().some(([, edits]) => edits.some((e) => e.newText.startsWith('#@ merge'))));
    assert.ok(merge?.edit, `marker actions: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(merge.edit));
    assert.equal(document.lineAt(line).text, '#@ merge');
    const after = await analysisOf(api, document);
    assert.equal(after.segmentation.roles[line], 'marker');
  });

  it('updates the diagnostics while typing, and the last result is the one for the text as typed', async () => {
    const document = await openAsPageDump(writePage(seedText(), 'typing'));
    const initial = await waitFor(() => {
      const found = diagnosticsOf(document.uri, 'broken-number');
      return found.length > 0 ? found.length : undefined;
    }, 'broken-number diagnostics');
    const editor = await vscode.window.showTextDocument(document);
    // Five quick edits, each adding a broken number at the top: only the final text's result may stay.
    for (let i = 0; i < 5; i++) {
      assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), `占比${i} . 5%。\n`)));
    }
    const version = document.version;
    await waitFor(() => diagnosticsOf(document.uri, 'broken-number').length === initial + 5, `${initial + 5} broken-number diagnostics`);
    const analysis = await analysisOf(api, document);
    assert.equal(analysis.text, document.getText());
    assert.equal(document.version, version);
    const top = diagnosticsOf(document.uri, 'broken-number').filter((d) => d.range.start.line < 5);
    assert.equal(top.length, 5, 'one diagnostic on each typed line');
  });

  it('follows the per-rule settings: a severity changes the diagnostics, "off" removes them', async () => {
    const document = await openAsPageDump(writePage(seedText(), 'rules'));
    await waitFor(() => diagnosticsOf(document.uri, 'broken-number').length > 0, 'broken-number diagnostics');
    const config = vscode.workspace.getConfiguration('newsdump');
    try {
      await config.update('rules', { 'broken-number': 'hint' }, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => {
        const found = diagnosticsOf(document.uri, 'broken-number');
        return found.length > 0 && found.every((d) => d.severity === vscode.DiagnosticSeverity.Hint);
      }, 'broken-number diagnostics as hints');
      await config.update('rules', { 'broken-number': 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => diagnosticsOf(document.uri, 'broken-number').length === 0 && diagnosticsOf(document.uri).length > 0, 'broken-number diagnostics to go while the others stay');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('switches a file to plain text and back with the two commands, and detection leaves the choice alone', async () => {
    const document = await openAsPageDump(writePage(seedText(), 'switch'));
    await vscode.commands.executeCommand('newsdump.setPlainText');
    await waitFor(() => documentOf(document.uri)?.languageId === 'plaintext', 'the file to become plain text');
    await waitFor(() => diagnosticsOf(document.uri).length === 0, 'its diagnostics to be cleared');
    // Reopening it does not switch it back: the user chose.
    const reopened = documentOf(document.uri);
    assert.ok(reopened);
    assert.equal(await api.editor.detector.examine(reopened), false);
    await vscode.commands.executeCommand('newsdump.setLanguage');
    await waitFor(() => documentOf(document.uri)?.languageId === 'newsdump', 'the file to become a page dump again');
    await waitFor(() => diagnosticsOf(document.uri).length > 0, 'its diagnostics to come back');
  });

  it('clears the diagnostics of a page when it is closed, and shows article and issue counts in the language status', async () => {
    const document = await openAsPageDump(writePage(seedText(), 'close'));
    await waitFor(() => diagnosticsOf(document.uri).length > 0, 'diagnostics');
    const analysis = await analysisOf(api, document);
    await waitFor(() => api.editor.status.text.includes(String(analysis.segmentation.articles.length)) && api.editor.status.text.includes(String(analysis.findings.length)), `the status to show the counts (is ${api.editor.status.text})`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // Closing the editor does not close the document at once; the test host releases it on its own schedule.
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await waitFor(() => diagnosticsOf(document.uri).length === 0, 'the diagnostics to be cleared');
  });
});
