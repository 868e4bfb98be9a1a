// `newsdump export` run in-process on a real temporary folder: formats, encodings, bad files, stdin, conflicts, exit codes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type CliRun, runCli } from './runCli';
import { pageJsonText } from '../../../src/core/export/pageJson';
import { analyzePage } from '../../../src/core/analyze';
import { encodeGb18030, encodeUtf16 } from '../export/gb18030Encoder';
import { loadSegmenter } from '../../../src/core/segmenter/load';
import { corpusDir } from '../corpus/corpusFiles';

const seedPath = path.resolve('samples/page-01.txt');
const seedText = fs.readFileSync(seedPath, 'utf8');

function run(cwd: string, args: string[], stdin?: Uint8Array): Promise<CliRun> {
  return runCli(cwd, ['export', ...args], stdin);
}

const madeDirs: string[] = [];

/** A fresh temporary folder, removed after the tests of this file. */
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdump-cli-'));
  madeDirs.push(dir);
  return dir;
}

after(() => {
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function read(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

describe('cli: newsdump export', () => {
  const usageCases: { name: string; args: string[]; stderrRe: RegExp }[] = [
    { name: 'no file', args: ['--format', 'json'], stderrRe: /no file to export/ },
    { name: 'unknown format', args: ['--format', 'pdf', 'a.txt'], stderrRe: /unknown format 'pdf'/ },
    { name: 'unknown encoding', args: ['--encoding', 'latin1', 'a.txt'], stderrRe: /unknown encoding 'latin1'/ },
    { name: 'unknown option', args: ['--frobnicate', 'a.txt'], stderrRe: /unknown option '--frobnicate'/ },
    { name: 'force and unique', args: ['--force', '--unique', 'a.txt'], stderrRe: /exclude each other/ },
    { name: 'two stdin', args: ['-', '-'], stderrRe: /standard input/ },
    { name: 'unknown segmenter', args: ['--segmenter', 'hanlp', 'a.txt'], stderrRe: /unknown segmenter 'hanlp'/ },
  ];
  for (const { name, args, stderrRe } of usageCases) {
    it(`exits 2 on bad usage: ${name}`, async () => {
      const result = await run(tempDir(), args);
      assert.equal(result.code, 2);
      assert.match(result.stderr, stderrRe);
      assert.match(result.stderr, /Usage: newsdump export/);
    });
  }

  it('prints its help with exit code 0', async () => {
    const result = await run(tempDir(), ['--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Exit codes: 0 ok, 1 some files failed/);
  });

  it('writes DIR/<stem>.json equal to the page JSON of the file (the scorer loop), and re-runs over it', async () => {
    const cwd = tempDir();
    const first = await run(cwd, ['--format', 'json', '--out', 'pred', seedPath]);
    assert.equal(first.code, 0, first.stderr);
    const expected = pageJsonText(analyzePage(seedText), 'page-01.txt');
    assert.equal(read(path.join(cwd, 'pred', 'page-01.json')), expected);
    // Re-exporting the same source replaces its own earlier export without a flag.
    fs.writeFileSync(path.join(cwd, 'pred', 'page-01.json'), expected.replace('"articles"', '"articles" ').replace(/\n$/, ' \n'));
    const second = await run(cwd, ['--format', 'json', '--out', 'pred', seedPath]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(read(path.join(cwd, 'pred', 'page-01.json')), expected);
  });

  it('joins sentences with the segmenter it is given (wasm by default), as the in-process analysis does', async function () {
    // A development page whose broken sentences only the dictionary rejoins (`…|…` words the page prints once).
    const dir = corpusDir(this, 'dev');
    if (!dir) return;
    const page = path.join(dir, '20191024-06.txt');
    const text = read(page);
    const segmenter = await loadSegmenter('wasm');
    const cwd = tempDir();
    const byDefault = await run(cwd, ['--format', 'json', '--out', 'wasm', page]);
    const without = await run(cwd, ['--format', 'json', '--segmenter', 'none', '--out', 'none', page]);
    assert.equal(byDefault.code, 0, byDefault.stderr);
    assert.equal(without.code, 0, without.stderr);
    const withWords = read(path.join(cwd, 'wasm', '20191024-06.json'));
    assert.equal(withWords, pageJsonText(analyzePage(text, { segmenter }), '20191024-06.txt'));
    assert.equal(read(path.join(cwd, 'none', '20191024-06.json')), pageJsonText(analyzePage(text), '20191024-06.txt'));
    assert.notEqual(withWords, read(path.join(cwd, 'none', '20191024-06.json')));
  });

  it('never replaces a file it did not write without --force; --unique keeps both', async () => {
    const cwd = tempDir();
    fs.mkdirSync(path.join(cwd, 'out'));
    fs.writeFileSync(path.join(cwd, 'out', 'page-01.json'), '{"mine": true}\n');
    const refused = await run(cwd, ['--out', 'out', seedPath]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /page-01\.json already exists \(use --force to replace it or --unique to keep both\)/);
    assert.equal(read(path.join(cwd, 'out', 'page-01.json')), '{"mine": true}\n');

    const unique = await run(cwd, ['--unique', '--out', 'out', seedPath]);
    assert.equal(unique.code, 0, unique.stderr);
    assert.equal(read(path.join(cwd, 'out', 'page-01.json')), '{"mine": true}\n');
    assert.equal(JSON.parse(read(path.join(cwd, 'out', 'page-01 (2).json'))).source, 'page-01.txt');

    const forced = await run(cwd, ['--force', '--out', 'out', seedPath]);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(JSON.parse(read(path.join(cwd, 'out', 'page-01.json'))).source, 'page-01.txt');
    assert.deepEqual(fs.readdirSync(path.join(cwd, 'out')).sort(), ['page-01 (2).json', 'page-01.json']);
  });

  it('exports the seed page in every format, each a view of the page JSON', async () => {
    const cwd = tempDir();
    for (const format of ['json', 'jsonl', 'md', 'txt']) {
      const result = await run(cwd, ['--format', format, '--out', format, seedPath]);
      assert.equal(result.code, 0, `${format}: ${result.stderr}`);
    }
    const page = JSON.parse(read(path.join(cwd, 'json', 'page-01.json')));
    const lines = read(path.join(cwd, 'jsonl', 'page-01.jsonl')).trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, page.articles.length);
    lines.forEach((line, i) => {
      const { page: stem, source, section, ...article } = line;
      assert.deepEqual([stem, source, section], ['page-01', 'page-01.txt', page.section]);
      assert.deepEqual(article, page.articles[i]);
    });
    const md = read(path.join(cwd, 'md', 'page-01.md'));
    assert.equal(md.match(/^## /gm)?.length, page.articles.length);
    const txt = fs.readdirSync(path.join(cwd, 'txt')).sort();
    assert.equal(txt.length, page.articles.length);
    assert.equal(txt[0], 'page-01-01.txt');
    // Every paragraph of the page JSON is in the Markdown and in its article's text file.
    page.articles.forEach((article: { paragraphs: string[] }, i: number) => {
      const text = read(path.join(cwd, 'txt', txt[i]));
      for (const paragraph of article.paragraphs) {
        assert.ok(text.includes(paragraph), `txt ${i} lacks a paragraph`);
        assert.ok(md.includes(paragraph.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)), 'md lacks a paragraph');
      }
    });
  });

  it('exports the seed page saved as GB18030, UTF-16 or UTF-8 with BOM and CRLF exactly as the UTF-8 file', async () => {
    const cwd = tempDir();
    const variants: Record<string, Uint8Array> = {
      gb18030: encodeGb18030(seedText),
      utf16le: Uint8Array.from([0xff, 0xfe, ...encodeUtf16(seedText, true)]),
      utf16be: encodeUtf16(seedText, false),
      bom: Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seedText)]),
      crlf: new TextEncoder().encode(seedText.replace(/\n/g, '\r\n')),
      gbCrlf: encodeGb18030(seedText.replace(/\n/g, '\r\n')),
    };
    for (const [name, bytes] of Object.entries(variants)) {
      fs.mkdirSync(path.join(cwd, name));
      fs.writeFileSync(path.join(cwd, name, 'page-01.txt'), bytes);
    }
    const reference = await run(cwd, ['--out', 'ref', seedPath]);
    assert.equal(reference.code, 0, reference.stderr);
    const expected = read(path.join(cwd, 'ref', 'page-01.json'));
    for (const name of Object.keys(variants)) {
      const result = await run(cwd, ['--out', `out-${name}`, path.join(name, 'page-01.txt')]);
      assert.equal(result.code, 0, `${name}: ${result.stderr}`);
      assert.equal(read(path.join(cwd, `out-${name}`, 'page-01.json')), expected, name);
    }
    const forced = await run(cwd, ['--encoding', 'gb18030', path.join('gb18030', 'page-01.txt')]);
    assert.equal(forced.stdout, expected);
    // The encoding option is obeyed: GB18030 bytes forced to UTF-8 do not give the same page.
    const wrong = await run(cwd, ['--encoding', 'utf8', path.join('gb18030', 'page-01.txt')]);
    assert.notEqual(wrong.stdout, expected);
    assert.match(wrong.stderr, /invalid byte sequence/);
  });

  it('gives a binary file and an empty file one clear line each and goes on with the batch', async () => {
    const cwd = tempDir();
    fs.mkdirSync(path.join(cwd, 'in'));
    fs.copyFileSync(seedPath, path.join(cwd, 'in', 'a.txt'));
    fs.writeFileSync(path.join(cwd, 'in', 'b.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
    fs.writeFileSync(path.join(cwd, 'in', 'c.txt'), '');
    fs.copyFileSync(seedPath, path.join(cwd, 'in', 'd.txt'));
    const result = await run(cwd, ['--out', 'out', 'in', 'missing.txt']);
    assert.equal(result.code, 1);
    const errors = result.stderr.split('\n').filter((line) => !/ pages, /.test(line) && line !== '');
    assert.deepEqual(errors, [
      'newsdump export: missing.txt: no such file or folder',
      `newsdump export: ${path.join('in', 'b.txt')}: binary file (NUL byte at offset 7): not a text page dump`,
      `newsdump export: ${path.join('in', 'c.txt')}: empty file: nothing to export`,
    ]);
    assert.deepEqual(fs.readdirSync(path.join(cwd, 'out')).sort(), ['a.json', 'd.json']);
    assert.match(result.stderr, /2 of 4 pages, \d+ articles, 2 files in \d+\.\d s .*; 2 failed/);
  });

  it('reads standard input with - and writes to standard output', async () => {
    const cwd = tempDir();
    const result = await run(cwd, ['-'], encodeGb18030(seedText));
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, pageJsonText(analyzePage(seedText), 'stdin'));
    const jsonl = await run(cwd, ['--format', 'jsonl', '-', seedPath], new TextEncoder().encode(seedText));
    const sources = jsonl.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source);
    assert.ok(sources.includes('stdin') && sources.includes('page-01.txt'));
    const empty = await run(cwd, ['-']);
    assert.equal(empty.code, 1);
    assert.equal(empty.stderr, 'newsdump export: -: empty file: nothing to export\n');
  });

  it('reports a folder with no page dumps, and an --out that is a file, on one line', async () => {
    const cwd = tempDir();
    fs.mkdirSync(path.join(cwd, 'empty'));
    fs.writeFileSync(path.join(cwd, 'empty', 'notes.md'), '# notes\n');
    const none = await run(cwd, ['--out', 'out', 'empty']);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^newsdump export: empty: no page dumps \(\*\.txt, \*\.newsdump, \*\.pagedump\) in this folder\n/);
    fs.writeFileSync(path.join(cwd, 'taken'), 'a file');
    const blocked = await run(cwd, ['--out', 'taken', seedPath]);
    assert.equal(blocked.code, 2);
    assert.equal(blocked.stderr, 'newsdump export: cannot create the folder taken: a file is in the way\n');
  });

  it('writes the plain-text articles of one page to standard output, a blank line between them', async () => {
    const cwd = tempDir();
    const result = await run(cwd, ['--format', 'txt', seedPath]);
    assert.equal(result.code, 0, result.stderr);
    const files = await run(cwd, ['--format', 'txt', '--out', 'out', seedPath]);
    assert.equal(files.code, 0, files.stderr);
    const names = fs.readdirSync(path.join(cwd, 'out')).sort();
    assert.equal(result.stdout, names.map((name) => read(path.join(cwd, 'out', name))).join('\n'));
  });

  it('asks for --out when many pages would go to standard output', async () => {
    const cwd = tempDir();
    const result = await run(cwd, ['--format', 'md', seedPath, seedPath]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /give --out DIR/);
  });

  it('reports progress on standard error for many files', async () => {
    const cwd = tempDir();
    fs.mkdirSync(path.join(cwd, 'in'));
    for (let i = 0; i < 25; i++) fs.writeFileSync(path.join(cwd, 'in', `p${String(i).padStart(2, '0')}.txt`), `标题${i}\n\n正文第${i}段。\n`);
    const result = await run(cwd, ['--format', 'jsonl', '--out', 'out', 'in']);
    assert.equal(result.code, 0, result.stderr);
    const progress = result.stderr.split('\n').filter((line) => /^newsdump export: \d+\/25 pages$/.test(line));
    assert.deepEqual(progress.map((line) => line.replace(/\D+(\d+)\/.*/, '$1')), ['3', '6', '9', '12', '15', '18', '21', '24', '25']);
    assert.equal(fs.readdirSync(path.join(cwd, 'out')).length, 25);
  });
});
