// Integration: the export commands in a real VS Code, answered through the extension's API, checked against the CLI's output.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsdumpApi } from '../../../src/extension/extension';
import type { ExportOutcome } from '../../../src/extension/export/exportController';
import type { ExportPrompts } from '../../../src/extension/export/exportPrompts';
import type { BatchExportSummary, ConflictChoice } from '../../../src/node/export/batchExport';
import type { ExportFormat } from '../../../src/core/export/views';
import { main } from '../../../src/cli/main';
import { encodeGb18030 } from '../../unit/export/gb18030Encoder';

const EXTENSION_ID = 'newsdump.newsdump';

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder: run them through npm run test:integration or test:desktop');
  return folder.uri;
}

/** A fresh folder inside the workspace (each run gets a new copy of it, and the host's TMPDIR may not exist). */
function tempDir(): string {
  const parent = path.join(workspaceRoot().fsPath, 'export-runs');
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, 'run-'));
}

/** Every file below `dir`, relative and sorted; a leftover temporary file would show here. */
function listAll(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

/** Runs `newsdump export` in-process and returns the files it wrote, by name. */
async function cliExport(format: ExportFormat, file: string): Promise<Map<string, string>> {
  const out = tempDir();
  let stderr = '';
  const code = await main(['export', '--format', format, '--out', out, file], {
    stdout: () => undefined, stderr: (text) => { stderr += text; }, readStdin: async () => Buffer.alloc(0), fs, cwd: out,
  });
  assert.equal(code, 0, stderr);
  return new Map(listAll(out).map((name) => [name, fs.readFileSync(path.join(out, name), 'utf8')]));
}

function readAll(dir: string): Map<string, string> {
  return new Map(listAll(dir).map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));
}

describe('export commands', () => {
  let api: NewsdumpApi;
  let overrides: vscode.Disposable | undefined;
  let summaries: BatchExportSummary[];
  const sampleUri = () => vscode.Uri.joinPath(workspaceRoot(), 'samples', 'page-01.txt');

  /** Answers the export's questions: this format, this folder, and a silent summary. */
  function answer(format: ExportFormat, destination: string, more: Partial<ExportPrompts> = {}): void {
    overrides?.dispose();
    overrides = api.export.overridePrompts({
      pickFormat: async () => format,
      pickDestination: async () => vscode.Uri.file(destination),
      showSummary: async (summary) => { summaries.push(summary); },
      resolveConflict: async () => assert.fail('no file should exist yet'),
      ...more,
    });
  }

  before(async () => {
    const extension = vscode.extensions.getExtension<NewsdumpApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded in the extension host`);
    api = await extension.activate();
  });

  beforeEach(() => {
    summaries = [];
  });

  afterEach(async () => {
    overrides?.dispose();
    overrides = undefined;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // First in the file: each run starts with a fresh profile, so nothing is remembered yet.
  it('suggests the folder of the source as the first destination', async () => {
    let suggested: vscode.Uri | undefined;
    answer('json', tempDir(), { pickDestination: async (start) => { suggested = start; return undefined; } });
    await vscode.commands.executeCommand('newsdump.exportArticles', sampleUri());
    assert.equal(suggested?.fsPath, path.dirname(sampleUri().fsPath));
  });

  for (const format of ['json', 'jsonl', 'md', 'txt'] as const) {
    it(`exports the seed page as ${format}, the same files as the CLI writes`, async () => {
      const out = tempDir();
      answer(format, out);
      const outcome = await vscode.commands.executeCommand<ExportOutcome | undefined>('newsdump.exportArticles', sampleUri());
      assert.ok(outcome, 'the command returned no outcome');
      assert.equal(outcome.summary.written, 1);
      const written = readAll(out);
      const expected = await cliExport(format, sampleUri().fsPath);
      assert.deepEqual([...written.keys()], [...expected.keys()]);
      for (const [name, text] of expected) assert.equal(written.get(name), text, `${name} differs from the CLI's`);
      assert.equal(summaries.length, 1);
      assert.equal(summaries[0].files, written.size);
      if (format === 'json') {
        const page = JSON.parse(written.get('page-01.json') ?? '');
        assert.equal(page.source, 'page-01.txt');
        assert.equal(summaries[0].articles, page.articles.length);
        assert.ok(page.articles.length > 0);
      }
    });
  }

  it('remembers the format and the destination for the next export', async () => {
    const out = tempDir();
    answer('md', out);
    await vscode.commands.executeCommand('newsdump.exportArticles', sampleUri());
    let offered: ExportFormat | undefined;
    let suggested: vscode.Uri | undefined;
    answer('json', tempDir(), {
      pickFormat: async (current) => { offered = current; return 'json'; },
      pickDestination: async (start) => { suggested = start; return undefined; },
    });
    const outcome = await vscode.commands.executeCommand<ExportOutcome | undefined>('newsdump.exportArticles', sampleUri());
    assert.equal(outcome, undefined, 'dismissing the destination dialog exports nothing');
    assert.equal(offered, 'md');
    assert.equal(suggested?.fsPath, out);
  });

  it('asks before overwriting, and keeps, duplicates or replaces as answered', async () => {
    const out = tempDir();
    answer('json', out);
    await vscode.commands.executeCommand('newsdump.exportArticles', sampleUri());
    const target = path.join(out, 'page-01.json');
    const fresh = fs.readFileSync(target, 'utf8');
    fs.writeFileSync(target, 'edited by hand');

    const asked: { existing: readonly string[]; batch: boolean }[] = [];
    const reply = (choice: ConflictChoice) => answer('json', out, { resolveConflict: async (conflict, batch) => { asked.push({ existing: conflict.existing, batch }); return choice; } });

    reply('cancel');
    const cancelled = await vscode.commands.executeCommand<ExportOutcome>('newsdump.exportArticles', sampleUri());
    assert.equal(cancelled.summary.cancelled, true);
    assert.equal(fs.readFileSync(target, 'utf8'), 'edited by hand');

    reply('keep-both');
    await vscode.commands.executeCommand('newsdump.exportArticles', sampleUri());
    assert.equal(fs.readFileSync(target, 'utf8'), 'edited by hand');
    assert.equal(fs.readFileSync(path.join(out, 'page-01 (2).json'), 'utf8'), fresh);

    reply('overwrite');
    await vscode.commands.executeCommand('newsdump.exportArticles', sampleUri());
    assert.equal(fs.readFileSync(target, 'utf8'), fresh);

    assert.deepEqual(asked, [
      { existing: [target], batch: false }, { existing: [target], batch: false }, { existing: [target], batch: false },
    ]);
    assert.deepEqual(listAll(out), ['page-01 (2).json', 'page-01.json']);
  });

  it('exports unsaved edits as the editor shows them, markers honoured', async () => {
    // A copy, so the shared sample stays as it is; auto-save off, so the edit really stays unsaved (the web
    // workbench saves after a delay by default).
    const files = vscode.workspace.getConfiguration('files');
    const autoSave = files.inspect<string>('autoSave')?.workspaceValue;
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      const copy = path.join(tempDir(), 'page-01.txt');
      fs.copyFileSync(sampleUri().fsPath, copy);
      const before = JSON.parse((await cliExport('json', copy)).get('page-01.json') ?? '');
      const first = before.articles[0];
      // A `#@ article` marker typed in the middle of the first article's body starts a new article there.
      const markerLine = Math.floor((first.lines.start + first.lines.end) / 2);
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(copy));
      await vscode.window.showTextDocument(document);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, new vscode.Position(markerLine, 0), '#@ article\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(document.isDirty);

      const out = tempDir();
      answer('json', out);
      await vscode.commands.executeCommand('newsdump.exportArticles');
      const exported = fs.readFileSync(path.join(out, 'page-01.json'), 'utf8');
      assert.equal(JSON.parse(exported).articles.length, before.articles.length + 1, 'the marker starts one more article');
      assert.doesNotMatch(exported, /#@/, 'a marker is an instruction, not text');
      assert.doesNotMatch(fs.readFileSync(copy, 'utf8'), /#@/, 'the edit must not have been saved');
      // The same text through the CLI gives the same bytes.
      const edited = path.join(tempDir(), 'page-01.txt');
      fs.writeFileSync(edited, document.getText());
      assert.equal(exported, (await cliExport('json', edited)).get('page-01.json'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await files.update('autoSave', autoSave, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('exports a GB18030 file that no editor holds (the explorer command) as the UTF-8 page', async () => {
    const file = path.join(tempDir(), 'page-01.txt');
    fs.writeFileSync(file, encodeGb18030(fs.readFileSync(sampleUri().fsPath, 'utf8')));
    const out = tempDir();
    answer('json', out);
    const outcome = await vscode.commands.executeCommand<ExportOutcome>('newsdump.exportArticles', vscode.Uri.file(file));
    assert.equal(outcome.summary.written, 1);
    assert.equal(fs.readFileSync(path.join(out, 'page-01.json'), 'utf8'), (await cliExport('json', sampleUri().fsPath)).get('page-01.json'));
  });

  it('exports a folder: encodings detected, a failing file reported and skipped, subfolders kept', async () => {
    const root = tempDir();
    const sample = fs.readFileSync(sampleUri().fsPath, 'utf8');
    fs.mkdirSync(path.join(root, 'gbk'));
    fs.writeFileSync(path.join(root, 'a.txt'), sample);
    fs.writeFileSync(path.join(root, 'gbk', 'page-01.txt'), encodeGb18030(sample.replace(/\n/g, '\r\n')));
    fs.writeFileSync(path.join(root, 'empty.txt'), '');
    fs.writeFileSync(path.join(root, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const out = tempDir();
    answer('json', out);
    const outcome = await vscode.commands.executeCommand<ExportOutcome>('newsdump.exportFolder', vscode.Uri.file(root));
    assert.equal(outcome.summary.pages, 4);
    assert.equal(outcome.summary.written, 2);
    assert.deepEqual(outcome.summary.failed.map((f) => `${f.input.sourceName}: ${f.message}`).sort(), [
      'empty.txt: empty file: nothing to export',
      'image.txt: binary file (NUL byte at offset 8): not a text page dump',
    ]);
    assert.deepEqual(listAll(out), ['a.json', path.join('gbk', 'page-01.json')]);
    const expected = (await cliExport('json', sampleUri().fsPath)).get('page-01.json');
    assert.equal(fs.readFileSync(path.join(out, 'gbk', 'page-01.json'), 'utf8'), expected);
    assert.equal(fs.readFileSync(path.join(out, 'a.json'), 'utf8'), expected?.replace('"source": "page-01.txt"', '"source": "a.txt"'));
  });

  it('asks once for a whole folder, and a cancelled batch leaves no half-written file', async () => {
    const root = tempDir();
    const sample = fs.readFileSync(sampleUri().fsPath);
    for (let i = 1; i <= 6; i++) fs.writeFileSync(path.join(root, `p${i}.txt`), sample);
    const out = tempDir();
    fs.writeFileSync(path.join(out, 'p1-01.txt'), 'kept');
    fs.writeFileSync(path.join(out, 'p2-01.txt'), 'kept');
    let asked = 0;
    const cancellation = new vscode.CancellationTokenSource();
    let reports = 0;
    answer('txt', out, {
      resolveConflict: async (_conflict, batch) => { asked++; assert.equal(batch, true); return 'skip'; },
      // The cancel button, pressed while the fourth page is being exported.
      withProgress: (_title, task) => task({ report: () => { if (++reports === 4) cancellation.cancel(); }, token: cancellation.token }),
    });
    const outcome = await vscode.commands.executeCommand<ExportOutcome>('newsdump.exportFolder', vscode.Uri.file(root));
    assert.equal(asked, 1, 'one question for the whole folder');
    assert.equal(outcome.summary.cancelled, true);
    assert.equal(outcome.summary.skipped, 2);
    assert.equal(outcome.summary.written, 1);
    const files = listAll(out);
    assert.equal(fs.readFileSync(path.join(out, 'p1-01.txt'), 'utf8'), 'kept');
    assert.ok(files.every((name) => /^p[123]-\d\d\.txt$/.test(name)), `unexpected files: ${files.join(', ')}`);
    // The one page written is complete: all of its articles, each the same as the CLI's.
    const expected = await cliExport('txt', path.join(root, 'p3.txt'));
    for (const [name, text] of expected) assert.equal(fs.readFileSync(path.join(out, name), 'utf8'), text);
    assert.equal(files.filter((name) => name.startsWith('p3-')).length, expected.size);
  });
});
