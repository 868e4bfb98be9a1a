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
}

/** One line, fit to print after the file name. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

/** Decodes bytes as a page; an empty input is an empty page (nothing to check), not an error. Throws DecodeError. */
export function decodePage(name: string, bytes: Uint8Array): PageFile {
  if (bytes.length === 0) return { name, text: '', encoding: 'utf8', bom: false };
  const decoded = decodeBytes(bytes, 'auto');
  return { name, text: decoded.text, encoding: decoded.encoding, bom: decoded.bom };
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
      // The standard library decodes GB18030 but cannot encode it; refusing beats writing the file in another encoding.
      throw new DecodeError('unsupported', 'cannot write GB18030 back (use --stdout to get UTF-8)');
  }
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
