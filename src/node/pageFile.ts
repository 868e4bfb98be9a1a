// Reading a page dump for the CLI (decoded, encoding and BOM remembered) and writing it back the same way, atomically.
import type * as fsType from 'node:fs';
import * as path from 'node:path';
import { DecodeError, decodeBytes, type TextEncodingName } from '../core/encoding/decode';

export interface PageFile {
  /** The name as given on the command line ('-' for standard input). */
  readonly name: string;
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly bom: boolean;
  /** The bytes as read (GB18030 is written back from them: the runtime cannot encode it). */
  readonly bytes: Uint8Array;
  /** Invalid byte sequences decoded as U+FFFD. */
  readonly replacements: number;
}

/** One line, fit to print after the file name. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

/** Decodes bytes as a page; an empty input is an empty page (nothing to check), not an error. Throws DecodeError. */
export function decodePage(name: string, bytes: Uint8Array): PageFile {
  if (bytes.length === 0) return { name, text: '', encoding: 'utf8', bom: false, bytes, replacements: 0 };
  const decoded = decodeBytes(bytes, 'auto');
  return { name, text: decoded.text, encoding: decoded.encoding, bom: decoded.bom, bytes, replacements: decoded.replacements };
}

export async function readPage(fs: typeof fsType, cwd: string, name: string, readStdin: () => Promise<Buffer>): Promise<PageFile> {
  const bytes = name === '-' ? await readStdin() : await fs.promises.readFile(path.resolve(cwd, name));
  return decodePage(name, bytes);
}

/** The bytes of `text` in the page's original encoding (with its BOM, if it had one). */
export function encodePage(page: PageFile, text: string): Buffer {
  switch (page.encoding) {
    case 'utf8':
      return Buffer.concat([page.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([page.bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
    case 'utf16be': {
      const body = Buffer.from(text, 'utf16le');
      body.swap16();
      return Buffer.concat([page.bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), body]);
    }
    case 'gb18030':
      return Buffer.from(reencodeGb18030(page, text));
  }
}

/** Byte length of the GB18030 sequence starting at `i`: 1 (ASCII), 4 (second byte a digit) or 2. */
function gb18030Length(bytes: Uint8Array, i: number): number {
  if (bytes[i] < 0x80 || i + 1 >= bytes.length) return 1;
  return bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 ? 4 : 2;
}

/**
 * GB18030 bytes for `text`, which differs from the page's text only in whitespace (what fixes change). The runtime
 * can decode GB18030 but not encode it, so every character that stays is copied from the original bytes, and only
 * inserted ASCII spaces are new. Throws when the texts differ otherwise or the input had invalid sequences.
 */
function reencodeGb18030(page: PageFile, text: string): Uint8Array {
  const unsupported = () => new DecodeError('unsupported', 'cannot write this GB18030 file back (use --stdout to get UTF-8)');
  if (page.replacements > 0) throw unsupported();
  const out: number[] = [];
  const source = page.text;
  let b = 0;
  let j = 0;
  for (let i = 0; i < source.length;) {
    const units = source.charCodeAt(i) >= 0xd800 && source.charCodeAt(i) <= 0xdbff ? 2 : 1;
    if (b >= page.bytes.length) throw unsupported();
    const length = gb18030Length(page.bytes, b);
    if (j < text.length && text.startsWith(source.slice(i, i + units), j)) {
      for (let k = 0; k < length; k++) out.push(page.bytes[b + k]);
      j += units;
    } else if (j < text.length && text[j] === ' ' && /\s/.test(source[i])) {
      out.push(0x20);
      j++;
      continue;
    } else if (!/\s/.test(source[i])) {
      throw unsupported();
    }
    i += units;
    b += length;
  }
  while (j < text.length && text[j] === ' ') {
    out.push(0x20);
    j++;
  }
  if (j !== text.length) throw unsupported();
  return Uint8Array.from(out);
}

/** Writes `bytes` to `target` through a temporary file in the same folder and a rename, keeping the file's mode. */
export function writeAtomic(fs: typeof fsType, target: string, bytes: Uint8Array): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const mode = fs.statSync(target).mode & 0o7777;
  try {
    fs.writeFileSync(temp, bytes, { flag: 'wx', mode });
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
