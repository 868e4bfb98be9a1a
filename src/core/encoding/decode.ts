// Turns the bytes of a page dump into text: BOM sniffing, UTF-16 without BOM, UTF-8 validation, GB18030, binary detection.
// Pure: uses only the standard `TextDecoder`, so it runs in Node and in a browser.

/** An encoding the reader can decode. */
export type TextEncodingName = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';
/** What a user can ask for: a fixed encoding, or `auto` to detect it. */
export type EncodingSetting = 'auto' | TextEncodingName;

export const ENCODING_SETTINGS: readonly EncodingSetting[] = ['auto', 'utf8', 'utf16le', 'utf16be', 'gb18030'];

export function isEncodingSetting(value: string): value is EncodingSetting {
  return (ENCODING_SETTINGS as readonly string[]).includes(value);
}

export type DecodeErrorKind = 'empty' | 'binary' | 'unsupported';

/** Input that is not a page dump; `message` is one line meant to be shown as it is. */
export class DecodeError extends Error {
  constructor(readonly kind: DecodeErrorKind, message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Whether the input started with a byte-order mark (it is not part of `text`). */
  readonly bom: boolean;
  /** How many invalid byte sequences became U+FFFD; 0 for clean input. */
  readonly replacements: number;
}

const WHATWG_LABEL: Record<TextEncodingName, string> = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
};

/** How many leading bytes the detectors look at: enough for a verdict, cheap on a 50 MB file. */
const SNIFF_BYTES = 64 * 1024;
/** Above this share of control bytes (other than tab, line breaks, form feed, escape) a file is binary. */
const CONTROL_RATIO_LIMIT = 0.05;

/** Decodes `bytes` with the given encoding, or detects it when `setting` is `auto`. Throws `DecodeError`. */
export function decodeBytes(bytes: Uint8Array, setting: EncodingSetting = 'auto'): DecodedText {
  if (bytes.length === 0) throw new DecodeError('empty', 'empty file: nothing to export');
  const bom = sniffBom(bytes);
  if (setting !== 'auto') {
    const skip = bom && bom.encoding === setting ? bom.length : 0;
    if (setting === 'utf8' || setting === 'gb18030') assertNotBinary(bytes.subarray(skip));
    return finish(decodeWith(setting, bytes.subarray(skip), false), setting, skip > 0);
  }
  if (bom) return finish(decodeWith(bom.encoding, bytes.subarray(bom.length), false), bom.encoding, true);

  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return finish(decodeWith(utf16, bytes, false), utf16, false);
  assertNotBinary(bytes);

  const utf8 = tryDecode('utf8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf8', false);
  // GB18030 reads almost any byte pair as some character, even UTF-8's: a UTF-8 file with a trace of damage
  // (a truncated or corrupted sequence) stays UTF-8. GBK text read as UTF-8 fails on nearly every non-ASCII character.
  const lossyUtf8 = decodeWith('utf8', bytes, false);
  if (countReplacements(lossyUtf8) * 100 <= countNonAscii(lossyUtf8)) return finish(lossyUtf8, 'utf8', false);
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return finish(gb, 'gb18030', false);
  const lossyGb = decodeWith('gb18030', bytes, false);
  return countReplacements(lossyGb) < countReplacements(lossyUtf8)
    ? finish(lossyGb, 'gb18030', false)
    : finish(lossyUtf8, 'utf8', false);
}

interface Bom {
  readonly encoding: TextEncodingName;
  readonly length: number;
}

function sniffBom(bytes: Uint8Array): Bom | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM shows as NUL bytes that sit on one parity only (the high byte of ASCII characters, line
 * breaks included, which every page has). Text in an 8-bit encoding has no NUL byte at all.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  let zerosEven = 0;
  let zerosOdd = 0;
  let lineBreaksLe = 0;
  let lineBreaksBe = 0;
  for (let i = 0; i + 1 < end; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    if (a === 0) zerosEven++;
    if (b === 0) zerosOdd++;
    if (b === 0 && (a === 0x0a || a === 0x0d)) lineBreaksLe++;
    if (a === 0 && (b === 0x0a || b === 0x0d)) lineBreaksBe++;
  }
  const pairs = end / 2;
  if (pairs === 0 || bytes.length % 2 !== 0) return null;
  // A clear majority on one side (a CJK character such as U+4E00 has a NUL low byte now and then), with line
  // breaks or mostly-ASCII text as the evidence.
  if (zerosOdd > 0 && zerosEven * 4 <= zerosOdd && (lineBreaksLe > 0 || zerosOdd > pairs / 2)) return 'utf16le';
  if (zerosEven > 0 && zerosOdd * 4 <= zerosEven && (lineBreaksBe > 0 || zerosEven > pairs / 2)) return 'utf16be';
  return null;
}

function isControlByte(byte: number): boolean {
  // Tab, LF, VT, FF, CR and ESC occur in text files; the rest of C0 does not.
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

function assertNotBinary(bytes: Uint8Array): void {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i];
    if (byte === 0) throw new DecodeError('binary', `binary file (NUL byte at offset ${i}): not a text page dump`);
    if (isControlByte(byte)) controls++;
  }
  if (end > 0 && controls / end > CONTROL_RATIO_LIMIT) {
    throw new DecodeError('binary', `binary file (${Math.round((100 * controls) / end)}% control bytes): not a text page dump`);
  }
}

/** The one method used of the standard decoder (typed here because the core's lib has no DOM types). */
interface Decoder {
  decode(bytes: Uint8Array): string;
}

function createDecoder(encoding: TextEncodingName, fatal: boolean): Decoder {
  try {
    // ignoreBOM: a BOM was already stripped by the caller; a later U+FEFF is content and must not be lost.
    return new TextDecoder(WHATWG_LABEL[encoding], { fatal, ignoreBOM: true });
  } catch {
    throw new DecodeError('unsupported', `this runtime cannot decode ${encoding} (no ICU data for it)`);
  }
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array, fatal: boolean): string {
  return createDecoder(encoding, fatal).decode(bytes);
}

function tryDecode(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  const decoder = createDecoder(encoding, true);
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

function countNonAscii(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) count++;
  return count;
}

function finish(text: string, encoding: TextEncodingName, bom: boolean): DecodedText {
  if (text.length === 0) throw new DecodeError('empty', 'empty file: nothing to export (only a byte-order mark)');
  return { text, encoding, bom, replacements: countReplacements(text) };
}
