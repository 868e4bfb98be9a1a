// Small text helpers shared by the segmentation modules: character classes, widths, compact forms, bigram overlap.

/** Han ideographs (BMP and the common extension planes). */
export function isHan(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x3fffd);
}

/** Characters after which a sentence may end (full stop, question, exclamation, closing quotes after them…). */
export const SENTENCE_END = /[。！？!?…”’」』）)；;：:]$/;
/** Characters that close a sentence for sure. */
export const HARD_END = /(?:[。！？!?]|[。！？!?…][”’」』）)]+|……)$/;

/** Wide (two-cell) characters: CJK, full-width forms and the curly quotes the extractors emit as wide glyphs. */
export function isWideChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd) || (code >= 0x2018 && code <= 0x201d) ||
    code === 0x2014 || code === 0x2026;
}

/** The text without any whitespace. */
export function compact(text: string): string {
  // The passes ask for the same lines' compact text again and again: a small memo of recent lines saves most of the
  // work (a line's text is short; the memo is emptied whenever it fills, so it never grows past its limit).
  const known = compactMemo.get(text);
  if (known !== undefined) return known;
  const out = text.replace(/\s+/g, '');
  if (text.length <= COMPACT_MEMO_MAX_CHARS) {
    if (compactMemo.size >= COMPACT_MEMO_LIMIT) compactMemo.clear();
    compactMemo.set(text, out);
  }
  return out;
}
const compactMemo = new Map<string, string>();
const COMPACT_MEMO_LIMIT = 8192;
const COMPACT_MEMO_MAX_CHARS = 200;

/** The text's first character that is no whitespace ('' when there is none). */
export function firstChar(text: string): string {
  return compact(text)[0] ?? '';
}

/** The text's last character that is no whitespace ('' when there is none). */
export function lastChar(text: string): string {
  const c = compact(text);
  return c.length > 0 ? c[c.length - 1] : '';
}

/**
 * Display width in half-width cells of the text with its whitespace removed. Curly quotes take `quoteCells`: most
 * pages set them full width, some typesetting squeezes them to one cell (see `quotesSqueezed`).
 */
export function compactWidth(text: string, quoteCells = 2): number {
  let width = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    const code = ch.codePointAt(0) ?? 0;
    width += code >= 0x2018 && code <= 0x201d ? quoteCells : isWideChar(ch) ? 2 : 1;
  }
  return width;
}

/**
 * Whether a line is letter-spaced: justified text with too few characters gets spaces between them, so such a line
 * filled its column whatever its character count.
 */
export function isLetterSpaced(text: string): boolean {
  const t = text.trim();
  const gaps = (t.match(/\S\s+(?=\S)/g) ?? []).length;
  return t.length >= 5 && gaps >= 3 && gaps >= (t.replace(/\s+/g, '').length - 1) * 0.4;
}

/** Whether a (whitespace-free) text closes every quotation and bracket it opens, and opens every one it closes. */
export function balancedMarks(compactText: string): boolean {
  const count = (re: RegExp) => (compactText.match(re) ?? []).length;
  return count(/[“「『]/g) === count(/[”」』]/g) && count(/[（(《]/g) === count(/[）)》]/g);
}

/**
 * How often each pair of adjacent Han characters occurs within the page's lines. Several passes weigh breaks by these
 * counts: they are counted once per page (the layout's lines array) and shared.
 */
export function hanPairCounts(lines: readonly { readonly text: string }[]): ReadonlyMap<string, number> {
  let counts = pairCountsByPage.get(lines);
  if (counts) return counts;
  const counting = new Map<string, number>();
  for (const line of lines) {
    const c = compact(line.text);
    for (let k = 0; k + 1 < c.length; k++) {
      if (!isHan(c[k]) || !isHan(c[k + 1])) continue;
      const pair = c[k] + c[k + 1];
      counting.set(pair, (counting.get(pair) ?? 0) + 1);
    }
  }
  counts = counting;
  pairCountsByPage.set(lines, counts);
  return counts;
}
const pairCountsByPage = new WeakMap<readonly { readonly text: string }[], ReadonlyMap<string, number>>();

/** The pairs of Han characters standing side by side within the page's lines. */
export function lineBigrams(lines: readonly { readonly text: string }[]): ReadonlySet<string> {
  let pairs = bigramsByPage.get(lines);
  if (!pairs) {
    pairs = new Set(hanPairCounts(lines).keys());
    bigramsByPage.set(lines, pairs);
  }
  return pairs;
}
const bigramsByPage = new WeakMap<readonly { readonly text: string }[], ReadonlySet<string>>();

/**
 * Whether a line break falls inside a word: the last character before it and the first after it make a pair of Han
 * characters the page prints side by side elsewhere (`…温州华电实业` / `有限公司`).
 */
export function breaksWord(before: string, after: string, bigrams: ReadonlySet<string>): boolean {
  const a = compact(before);
  const b = compact(after);
  return a.length > 0 && b.length > 0 && bigrams.has(a.slice(-1) + b[0]);
}

/** Memo of bigram sets: the same chain texts are compared many times within one page. */
const bigramMemo = new Map<string, ReadonlySet<number>>();
const MEMO_LIMIT = 512;

function isHanCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** The set of Han-character bigrams of a text (each as a number; punctuation, digits and spaces break bigrams). */
export function hanBigrams(text: string): ReadonlySet<number> {
  const memo = bigramMemo.get(text);
  if (memo) return memo;
  const grams = new Set<number>();
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x3000) continue;
    if (isHanCode(code)) {
      if (prev >= 0) grams.add(prev * 0x10000 + code);
      prev = code;
    } else prev = -1;
  }
  if (bigramMemo.size >= MEMO_LIMIT) bigramMemo.clear();
  bigramMemo.set(text, grams);
  return grams;
}

/** Fraction of `a`'s bigrams that also occur in `b` (0 when `a` has none). */
export function bigramCoverage(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / a.size;
}

/**
 * Maps positions in a compact (whitespace-free) copy of `text` back to offsets in `text`:
 * `offsets[i]` is the offset of the i-th non-space character; `offsets[length]` is `text.length`.
 */
export function compactOffsets(text: string): { compact: string; offsets: number[] } {
  const offsets: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (/\s/.test(ch)) continue;
    offsets.push(i);
    out += ch;
  }
  offsets.push(text.length);
  return { compact: out, offsets };
}

/**
 * The text closes, after some text, a quotation it did not open (`进！”`): it carries on a quoted sentence begun
 * elsewhere. (A closing mark standing first only closes the sentence above, wrapped just before it.)
 */
export function closesUnopenedQuote(text: string): boolean {
  const c = compact(text);
  let depth = 0;
  for (let k = 0; k < c.length; k++) {
    if (c[k] === '“') depth++;
    else if (c[k] === '”' && --depth < 0) return k > 0;
  }
  return false;
}

/** How many double quotations the text leaves open at its end (negative: it closes more than it opens). */
export function openQuotes(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '“') depth++;
    else if (ch === '”') depth--;
  }
  return depth;
}
