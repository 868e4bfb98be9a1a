// Encoding detection and decoding of page dump bytes: BOMs, UTF-16 without BOM, GB18030, binary and empty input.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { decodeBytes, DecodeError } from '../../../src/core/encoding/decode';
import { encodeGb18030, encodeUtf16 } from './gb18030Encoder';

const seed = fs.readFileSync(path.resolve('samples/page-01.txt'), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function assertDecodeError(run: () => unknown, kind: DecodeError['kind'], pattern: RegExp): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof DecodeError, `expected a DecodeError, got ${String(error)}`);
    assert.equal(error.kind, kind);
    assert.match(error.message, pattern);
    assert.ok(!error.message.includes('\n'), 'the message is one line');
    return true;
  });
}

describe('export: decodeBytes', () => {
  it('reads UTF-8 without a BOM as UTF-8', () => {
    const result = decodeBytes(utf8(seed));
    assert.equal(result.text, seed);
    assert.equal(result.encoding, 'utf8');
    assert.equal(result.bom, false);
    assert.equal(result.replacements, 0);
  });

  it('strips a UTF-8 BOM and keeps a later U+FEFF as content', () => {
    const result = decodeBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('甲\uFEFF乙')));
    assert.equal(result.text, '甲\uFEFF乙');
    assert.equal(result.bom, true);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = decodeBytes(concat(new Uint8Array([0xff, 0xfe]), encodeUtf16(seed, true)));
    const be = decodeBytes(concat(new Uint8Array([0xfe, 0xff]), encodeUtf16(seed, false)));
    assert.equal(le.text, seed);
    assert.equal(le.encoding, 'utf16le');
    assert.equal(be.text, seed);
    assert.equal(be.encoding, 'utf16be');
  });

  it('detects UTF-16 without a BOM from the line breaks', () => {
    assert.equal(decodeBytes(encodeUtf16(seed, true)).encoding, 'utf16le');
    assert.equal(decodeBytes(encodeUtf16(seed, false)).encoding, 'utf16be');
    assert.equal(decodeBytes(encodeUtf16(seed, false)).text, seed);
  });

  it('detects GB18030 (GBK) text that is not valid UTF-8', () => {
    const result = decodeBytes(encodeGb18030(seed));
    assert.equal(result.encoding, 'gb18030');
    assert.equal(result.text, seed);
  });

  it('detects GB18030 in mostly-ASCII text with a few Chinese characters', () => {
    const text = `${'Page 3, column 2: 2020-04-19 '.repeat(40)}聊城\n`;
    assert.equal(decodeBytes(encodeGb18030(text)).text, text);
  });

  it('keeps CRLF line breaks as they are', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    assert.equal(decodeBytes(utf8(crlf)).text, crlf);
    assert.equal(decodeBytes(encodeGb18030(crlf)).text, crlf);
  });

  it('uses the encoding it is told, even where detection would choose another', () => {
    const bytes = utf8('中文');
    assert.equal(decodeBytes(bytes, 'gb18030').encoding, 'gb18030');
    assert.notEqual(decodeBytes(bytes, 'gb18030').text, '中文');
    assert.equal(decodeBytes(encodeGb18030('中文'), 'gb18030').text, '中文');
  });

  it('rejects empty input and a lone BOM with a one-line message', () => {
    assertDecodeError(() => decodeBytes(new Uint8Array()), 'empty', /empty file/);
    assertDecodeError(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf])), 'empty', /empty file/);
  });

  it('rejects binary input: a NUL byte, or many control bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    assertDecodeError(() => decodeBytes(png), 'binary', /binary file/);
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    assertDecodeError(() => decodeBytes(controls), 'binary', /control bytes/);
    assertDecodeError(() => decodeBytes(png, 'utf8'), 'binary', /NUL byte/);
  });

  it('reads a damaged UTF-8 file, counting what it had to replace', () => {
    const bytes = concat(utf8('聊城市改革评估成绩全省第五，'.repeat(20)), new Uint8Array([0xe8]), utf8('完'));
    const result = decodeBytes(bytes);
    assert.equal(result.encoding, 'utf8');
    assert.equal(result.replacements, 1);
    assert.ok(result.text.endsWith('\uFFFD完'));
  });
});

describe('export: decodeBytes loses no character', () => {
  // Text as page dumps hold it: any code point but the C0 controls that mark a file as binary.
  const textChar = fc.oneof(
    fc.constantFrom('\n', '\r\n', '\t', ' ', '　', '，', '。', '“', '”', '·'),
    fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCodePoint(c)),
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)),
    fc.integer({ min: 0xa0, max: 0xd7ff }).map((c) => String.fromCodePoint(c)),
    fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  );
  const pageText = fc.array(textChar, { minLength: 1, maxLength: 300 }).map((chars) => chars.join(''));

  it('reads back UTF-8 (with or without BOM) and UTF-16 with a BOM exactly', () => {
    fc.assert(fc.property(pageText, (text) => {
      assert.equal(decodeBytes(utf8(text)).text, text);
      assert.equal(decodeBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(text))).text, text);
      assert.equal(decodeBytes(concat(new Uint8Array([0xff, 0xfe]), encodeUtf16(text, true))).text, text);
      assert.equal(decodeBytes(concat(new Uint8Array([0xfe, 0xff]), encodeUtf16(text, false))).text, text);
    }), { numRuns: 300 });
  });

  it('reads back GB18030 text of common Chinese characters exactly (eight or more, as on any page)', () => {
    const gbText = fc.array(fc.oneof(
      fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)),
      fc.constantFrom('\n', '，', '。', '“', '”', '（', '）', '1', 'a', ' '),
    ), { minLength: 16, maxLength: 200 }).map((chars) => chars.join(''))
      // A handful of GBK characters can happen to be valid UTF-8 too (C4 A3 is U+0123); a page has thousands.
      .filter((text) => (text.match(/[\u4e00-\u9fa5]/g) ?? []).length >= 8);
    fc.assert(fc.property(gbText, (text) => {
      const result = decodeBytes(encodeGb18030(text));
      assert.equal(result.text, text);
    }), { numRuns: 200 });
  });
});
