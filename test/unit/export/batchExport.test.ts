// The export batch runner: atomic writes, conflicts asked not skipped, failures isolated, cancellation leaves no partial file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzePage } from '../../../src/core/analyze';
import { exportBatch, type BatchExportOptions, type ConflictChoice, type ExportConflict, type ExportInput } from '../../../src/node/export/batchExport';
import { collectInputs } from '../../../src/node/export/inputs';
import { writeFileAtomic, TargetExistsError } from '../../../src/node/fs/atomicWrite';

const seed = fs.readFileSync(path.resolve('samples/page-01.txt'));

const madeDirs: string[] = [];

/** A fresh temporary folder, removed after the tests of this file. */
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdump-batch-'));
  madeDirs.push(dir);
  return dir;
}

after(() => {
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function options(outDir: string, overrides: Partial<BatchExportOptions> = {}): BatchExportOptions {
  return {
    fs, format: 'json', outDir, encoding: 'auto', analyze: (text) => analyzePage(text),
    resolveConflict: async () => { throw new Error('no conflict expected'); },
    ...overrides,
  };
}

function fileInput(file: string, outSubdir = ''): ExportInput {
  return { path: file, sourceName: path.basename(file), outSubdir };
}

/** Every file below `dir`, relative, sorted; temporary files included so a leftover shows. */
function listAll(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

describe('export: atomic writes', () => {
  it('refuses to replace an existing file unless told to, and leaves no temporary file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'a.json');
    fs.writeFileSync(target, 'old');
    await assert.rejects(writeFileAtomic(fs, target, 'new', false), TargetExistsError);
    assert.equal(fs.readFileSync(target, 'utf8'), 'old');
    await writeFileAtomic(fs, target, 'new', true);
    assert.equal(fs.readFileSync(target, 'utf8'), 'new');
    assert.deepEqual(listAll(dir), ['a.json']);
  });
});

describe('export: batch', () => {
  it('exports every page, skipping a failing one and reporting it on one line', async () => {
    const inDir = tempDir();
    const outDir = tempDir();
    fs.writeFileSync(path.join(inDir, 'a.txt'), seed);
    fs.writeFileSync(path.join(inDir, 'b.txt'), '');
    fs.writeFileSync(path.join(inDir, 'c.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    fs.writeFileSync(path.join(inDir, 'd.txt'), seed);
    const pages: string[] = [];
    const summary = await exportBatch(await collectInputs(fs, [inDir]), options(outDir, { onPage: (o) => pages.push(`${o.input.sourceName}:${o.status}`) }));
    assert.deepEqual(pages, ['a.txt:written', 'b.txt:failed', 'c.txt:failed', 'd.txt:written']);
    assert.equal(summary.written, 2);
    assert.deepEqual(summary.failed.map((f) => f.message), ['empty file: nothing to export', 'binary file (NUL byte at offset 4): not a text page dump']);
    assert.deepEqual(listAll(outDir), ['a.json', 'd.json']);
    assert.equal(summary.files, 2);
    assert.equal(summary.articles, 2 * JSON.parse(fs.readFileSync(path.join(outDir, 'a.json'), 'utf8')).articles.length);
  });

  it('asks before replacing, and follows the answer: skip, overwrite, keep both, cancel', async () => {
    const inDir = tempDir();
    const outDir = tempDir();
    fs.writeFileSync(path.join(inDir, 'p.txt'), seed);
    const inputs = [fileInput(path.join(inDir, 'p.txt'))];
    await exportBatch(inputs, options(outDir));
    const first = fs.readFileSync(path.join(outDir, 'p.json'), 'utf8');
    fs.writeFileSync(path.join(outDir, 'p.json'), 'user edits');

    const asked: ExportConflict[] = [];
    const answer = (choice: ConflictChoice) => options(outDir, { resolveConflict: async (c) => { asked.push(c); return choice; } });
    const skipped = await exportBatch(inputs, answer('skip'));
    assert.equal(skipped.skipped, 1);
    assert.equal(fs.readFileSync(path.join(outDir, 'p.json'), 'utf8'), 'user edits');
    assert.deepEqual(asked[0].existing, [path.join(outDir, 'p.json')]);

    const cancelled = await exportBatch(inputs, answer('cancel'));
    assert.equal(cancelled.cancelled, true);
    assert.equal(fs.readFileSync(path.join(outDir, 'p.json'), 'utf8'), 'user edits');

    await exportBatch(inputs, answer('keep-both'));
    assert.equal(fs.readFileSync(path.join(outDir, 'p (2).json'), 'utf8'), first);
    await exportBatch(inputs, answer('overwrite'));
    assert.equal(fs.readFileSync(path.join(outDir, 'p.json'), 'utf8'), first);
    assert.equal(asked.length, 4);
    assert.deepEqual(listAll(outDir), ['p (2).json', 'p.json']);
  });

  it('treats two pages with one name in one batch as a conflict, never overwriting silently', async () => {
    const inDir = tempDir();
    const outDir = tempDir();
    fs.mkdirSync(path.join(inDir, 'x'));
    fs.writeFileSync(path.join(inDir, 'x', 'p.txt'), seed);
    fs.writeFileSync(path.join(inDir, 'p.txt'), '标题\n\n正文。\n');
    let asked = 0;
    await exportBatch([fileInput(path.join(inDir, 'p.txt')), fileInput(path.join(inDir, 'x', 'p.txt'))],
      options(outDir, { resolveConflict: async () => { asked++; return 'keep-both'; } }));
    assert.equal(asked, 1);
    assert.deepEqual(listAll(outDir), ['p (2).json', 'p.json']);
  });

  it('keeps subfolders of an exported folder and skips hidden ones and the destination', async () => {
    const inDir = tempDir();
    fs.mkdirSync(path.join(inDir, 'b', 'c'), { recursive: true });
    fs.mkdirSync(path.join(inDir, '.git'));
    fs.mkdirSync(path.join(inDir, 'out'));
    fs.writeFileSync(path.join(inDir, 'b', 'c', 'p.txt'), seed);
    fs.writeFileSync(path.join(inDir, 'a.pagedump'), seed);
    fs.writeFileSync(path.join(inDir, 'notes.md'), 'x');
    fs.writeFileSync(path.join(inDir, '.git', 'x.txt'), 'x');
    fs.writeFileSync(path.join(inDir, 'out', 'old.txt'), 'x');
    const inputs = await collectInputs(fs, [inDir], path.join(inDir, 'out'));
    assert.deepEqual(inputs.map((i) => [i.sourceName, i.outSubdir]), [['a.pagedump', ''], ['p.txt', path.join('b', 'c')]]);
    await exportBatch(inputs, options(path.join(inDir, 'out'), { format: 'md' }));
    assert.deepEqual(listAll(path.join(inDir, 'out')), ['a.md', path.join('b', 'c', 'p.md'), 'old.txt']);
  });

  it('stops when cancelled and leaves no half-written file, even mid-page', async () => {
    const inDir = tempDir();
    const outDir = tempDir();
    for (const name of ['a', 'b', 'c']) fs.writeFileSync(path.join(inDir, `${name}.txt`), seed);
    let checks = 0;
    // Cancelled at the check between writing a page's temporary files and moving them into place.
    const summary = await exportBatch(await collectInputs(fs, [inDir]), options(outDir, { format: 'txt', isCancelled: () => ++checks > 2 }));
    assert.equal(summary.cancelled, true);
    assert.equal(summary.written, 1);
    const files = listAll(outDir);
    assert.ok(files.every((f) => f.startsWith('a-') && f.endsWith('.txt')), files.join(', '));
    assert.ok(files.length > 0);

    // Cancelled after page a's temporary files were written: they are removed, nothing is moved into place.
    const empty = tempDir();
    let early = 0;
    const none = await exportBatch(await collectInputs(fs, [inDir]), options(empty, { format: 'txt', isCancelled: () => ++early > 1 }));
    assert.equal(none.cancelled, true);
    assert.equal(none.written, 0);
    assert.deepEqual(listAll(empty), []);
  });

  it('uses the text given for a page instead of reading the file (an editor buffer)', async () => {
    const outDir = tempDir();
    await exportBatch([{ path: '/nonexistent/p.txt', sourceName: 'p.txt', outSubdir: '', text: '改过的标题\n\n正文。\n' }], options(outDir));
    const page = JSON.parse(fs.readFileSync(path.join(outDir, 'p.json'), 'utf8'));
    assert.equal(page.source, 'p.txt');
    assert.match(JSON.stringify(page), /改过的标题/);
  });

  it('takes the analysis that comes with the text (the editor\'s) and analyses only the others', async () => {
    const outDir = tempDir();
    const text = '标题\n\n正文。\n';
    const analysed: string[] = [];
    const analyze = (t: string) => { analysed.push(t); return analyzePage(t); };
    await exportBatch([
      { path: null, sourceName: 'a.txt', outSubdir: '', text, analysis: analyzePage(text) },
      { path: null, sourceName: 'b.txt', outSubdir: '', text: '另一篇\n' },
    ], options(outDir, { analyze }));
    assert.deepEqual(analysed, ['另一篇\n']);
    assert.deepEqual(listAll(outDir), ['a.json', 'b.json']);
  });
});
