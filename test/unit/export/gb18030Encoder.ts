// A GB18030 encoder for test fixtures, built by inverting the runtime's GB18030 decoder (TextEncoder only writes UTF-8).

let table: Map<string, number[]> | null = null;

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const map = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    let char: string;
    try {
      char = decoder.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    if (!map.has(char)) map.set(char, bytes);
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  // The four-byte sequences that cover the rest of the BMP.
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
    }
  }
  return map;
}

/** Encodes BMP text as GB18030; throws on a character it cannot map. */
export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = table.get(char);
    if (!bytes) throw new Error(`no GB18030 mapping for U+${code.toString(16)}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

/** Encodes text as UTF-16 in either byte order, without a BOM. */
export function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = unit & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = unit >> 8;
  }
  return out;
}
