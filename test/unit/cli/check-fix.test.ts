// `newsdump check` and `newsdump fix` run in-process on real temporary files: formats, exit codes, encodings, atomic writes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';
import type { CheckRecord } from '../../../src/cli/commands/check';
import { fixAll } from '../../../src/core/fix';

const SEED = path.resolve('samples/page-01.txt');
const seedText = fs.readFileSync(SEED, 'utf8');

const run = runCli;

function tempDir(files: Record<string, Uint8Array | string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdump-check-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

/** `得 满 分⏎` in GB18030. */
const GB18030_BYTES = [0xb5, 0xc3, 0x20, 0xc2, 0xfa, 0x20, 0xb7, 0xd6, 0x0a];
/** The start of a PNG file. */
const BINARY_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe('cli: newsdump check', () => {
  const cases: { name: string; args: string[]; files?: Record<string, Uint8Array | string>; exitCode: number; stdoutRe?: RegExp; stderrRe?: RegExp }[] = [
    { name: 'no file', args: ['check'], exitCode: 2, stderrRe: /no input files[\s\S]*Usage: newsdump check/ },
    { name: 'unknown option', args: ['check', '--frobnicate', 'a.txt'], exitCode: 2, stderrRe: /unknown option '--frobnicate'/ },
    { name: 'bad format', args: ['check', '--format', 'xml', 'a.txt'], exitCode: 2, stderrRe: /bad option value/ },
    { name: 'missing file', args: ['check', '--segmenter', 'none', 'missing.txt'], exitCode: 2, stderrRe: /missing\.txt: .*ENOENT/ },
    { name: 'binary file', args: ['check', '--segmenter', 'none', 'bin.txt'], files: { 'bin.txt': BINARY_BYTES }, exitCode: 2, stderrRe: /^newsdump check: bin\.txt: binary file[^\n]*\n/ },
    { name: 'empty file', args: ['check', '--segmenter', 'none', 'empty.txt'], files: { 'empty.txt': '' }, exitCode: 0, stderrRe: /0 problem/ },
    { name: 'clean file', args: ['check', '--segmenter', 'none', 'ok.txt'], files: { 'ok.txt': '聊城高新区召开网络推介会。\n' }, exitCode: 0, stdoutRe: /^$/ },
    { name: 'warnings only', args: ['check', '--segmenter', 'none', 'w.txt'], files: { 'w.txt': '得 满 分 或 全 省\n' }, exitCode: 0, stdoutRe: /^w\.txt:1:2: warning Spurious spaces in letter-spaced text: “得 满 分 或 全 省” → “得满分或全省”\. \[spurious-space\]$/m },
    { name: 'an error-severity finding', args: ['check', '--segmenter', 'none', 'e.txt'], files: { 'e.txt': '占比64 . 29%\n' }, exitCode: 1, stdoutRe: /e\.txt:1:3: error Spaced decimal point: “64 \. 29%” → “64\.29%”\. \[broken-number\]/ },
    { name: 'Chinese messages', args: ['check', '--segmenter', 'none', '--locale', 'zh-cn', 'w.txt'], files: { 'w.txt': '得 满 分\n' }, exitCode: 0, stdoutRe: /字间有多余空格：“得 满 分” → “得满分”。/ },
    { name: 'GB18030 input', args: ['check', '--segmenter', 'none', 'gb.txt'], files: { 'gb.txt': Buffer.from(GB18030_BYTES) }, exitCode: 0, stdoutRe: /^gb\.txt:1:2: warning Spurious spaces in letter-spaced text: “得 满 分” → “得满分”/ },
  ];
  for (const c of cases) {
    it(`${c.name}: exit ${c.exitCode}`, async () => {
      const result = await run(tempDir(c.files), c.args);
      assert.equal(result.code, c.exitCode, result.stderr);
      if (c.stdoutRe) assert.match(result.stdout, c.stdoutRe);
      if (c.stderrRe) assert.match(result.stderr, c.stderrRe);
    });
  }

  it('prints JSON records whose fixes apply to the file text', async () => {
    const result = await run(path.dirname(SEED), ['check', '--format', 'json', '--segmenter', 'none', 'page-01.txt']);
    assert.equal(result.code, 1);
    const records = JSON.parse(result.stdout) as CheckRecord[];
    assert.ok(records.length > 40);
    const keys = ['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'messageId', 'severity', 'message', 'fix'];
    for (const r of records) assert.deepEqual(Object.keys(r), keys);
    const lines = seedText.split('\n');
    const point = records.find((r) => r.rule === 'broken-number' && r.line === 17)!;
    assert.equal(lines[16].slice(point.column - 1, point.endColumn - 1), '64 . 29%');
    assert.deepEqual(seedText.slice(point.fix!.range[0], point.fix!.range[1]), '64 . 29%');
    assert.equal(point.fix!.text, '64.29%');
    // Sorted by file, line, column.
    const order = records.map((r) => r.line * 1e6 + r.column);
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  });

  it("reads standard input for '-' and loads the default (wasm) segmenter", async function () {
    this.timeout(60_000);
    const result = await run(tempDir(), ['check', '-'], Buffer.from('日前 ，记者'));
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^-:1:3: warning/);
  });
});

describe('cli: newsdump fix', () => {
  const usage: { name: string; args: string[]; stderrRe: RegExp }[] = [
    { name: 'neither --stdout nor --write', args: ['fix', 'a.txt'], stderrRe: /exactly one of --stdout and --write/ },
    { name: 'both', args: ['fix', '--stdout', '--write', 'a.txt'], stderrRe: /exactly one of --stdout and --write/ },
    { name: 'no file', args: ['fix', '--stdout'], stderrRe: /no input files/ },
    { name: 'write to stdin', args: ['fix', '--write', '-'], stderrRe: /cannot be written back/ },
    { name: 'bad segmenter', args: ['fix', '--stdout', '--segmenter', 'icu', 'a.txt'], stderrRe: /bad --segmenter value/ },
  ];
  for (const c of usage) {
    it(`exits 2 on bad usage: ${c.name}`, async () => {
      const result = await run(tempDir(), c.args);
      assert.equal(result.code, 2);
      assert.match(result.stderr, c.stderrRe);
      assert.match(result.stderr, /Usage: newsdump fix/);
    });
  }

  it('--stdout prints the fixed page: numbers whole, only whitespace changed', async () => {
    const result = await run(path.dirname(SEED), ['fix', '--stdout', '--segmenter', 'none', 'page-01.txt']);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, fixAll(seedText).text);
    assert.equal(withoutSpace(result.stdout), withoutSpace(seedText));
    for (const number of ['64.29%', '85.05', '7000万', '166亿元']) assert.ok(result.stdout.includes(number), number);
  });

  it('--write replaces the file atomically, keeping BOM and CRLF line endings, leaving no temporary file', async () => {
    const crlf = seedText.replace(/\n/g, '\r\n');
    const dir = tempDir({ 'page.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]) });
    const result = await run(dir, ['fix', '--write', '--segmenter', 'none', 'page.txt']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /fixed \d+ problem\(s\); 1 file\(s\) changed/);
    const bytes = fs.readFileSync(path.join(dir, 'page.txt'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const written = bytes.subarray(3).toString('utf8');
    assert.equal(written, fixAll(crlf).text);
    assert.ok(!/[^\r]\n/.test(written), 'every line break is still CRLF');
    assert.equal(withoutSpace(written), withoutSpace(crlf));
    assert.deepEqual(fs.readdirSync(dir), ['page.txt']);
  });

  it('--write keeps UTF-16LE with its BOM', async () => {
    const text = '投资 5 亿元\n';
    const dir = tempDir({ 'u16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    assert.equal((await run(dir, ['fix', '--write', '--segmenter', 'none', 'u16.txt'])).code, 0);
    const bytes = fs.readFileSync(path.join(dir, 'u16.txt'));
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(bytes.subarray(2).toString('utf16le'), '投资5亿元\n');
  });

  it('--write keeps GB18030, copying the bytes of every character that stays', async () => {
    // 得　满　分⏎ with ideographic spaces (A1 A1), and a line of letter-spaced text with ASCII spaces.
    const bytes = [0xb5, 0xc3, 0xa1, 0xa1, 0xc2, 0xfa, 0xa1, 0xa1, 0xb7, 0xd6, 0x0a, ...GB18030_BYTES];
    const dir = tempDir({ 'gb.txt': Buffer.from(bytes) });
    const write = await run(dir, ['fix', '--write', '--segmenter', 'none', 'gb.txt']);
    assert.equal(write.code, 0, write.stderr);
    const written = fs.readFileSync(path.join(dir, 'gb.txt'));
    assert.deepEqual([...written], [0xb5, 0xc3, 0xc2, 0xfa, 0xb7, 0xd6, 0x0a, 0xb5, 0xc3, 0xc2, 0xfa, 0xb7, 0xd6, 0x0a]);
    assert.equal(new TextDecoder('gb18030').decode(written), '得满分\n得满分\n');
    const out = await run(dir, ['fix', '--stdout', '--segmenter', 'none', 'gb.txt']);
    assert.equal(out.code, 0);
    assert.equal(out.stdout, '得满分\n得满分\n');
  });

  it('leaves an unchanged file untouched and goes on after a bad file', async () => {
    const dir = tempDir({ 'ok.txt': '正文。\n', 'bin.txt': BINARY_BYTES });
    const before = fs.statSync(path.join(dir, 'ok.txt')).mtimeMs;
    const result = await run(dir, ['fix', '--write', '--segmenter', 'none', 'bin.txt', 'ok.txt']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /bin\.txt: binary file/);
    assert.equal(fs.statSync(path.join(dir, 'ok.txt')).mtimeMs, before);
  });
});
