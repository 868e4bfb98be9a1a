// Character classes for Chinese newspaper text: Han, full-width punctuation, digits, Latin, the spaces extractors insert.

/** Han ideographs (BMP blocks, plus any surrogate half, which in this text is almost always a rare Han character). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff) || code === 0x3007;
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** ASCII or full-width digit. */
export function isDigit(code: number): boolean {
  return isAsciiDigit(code) || (code >= 0xff10 && code <= 0xff19);
}

/** ASCII or full-width Latin letter. */
export function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

/** A character that counts as word content (not punctuation, not space). */
export function isWordChar(code: number): boolean {
  return isHan(code) || isDigit(code) || isLatin(code);
}

/** Spaces an extractor inserts inside a line: ASCII space, tab, ideographic space (U+3000). NBSP is left alone on purpose. */
export function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/** Any whitespace the rules reason about (inline spaces and line breaks). */
export function isSpaceOrBreak(code: number): boolean {
  return isInlineSpace(code) || isLineBreak(code);
}

/** Full-width and CJK punctuation: CJK symbols block, full-width forms, curly quotes, ellipsis, dashes, middle dots. */
export function isCjkPunct(code: number): boolean {
  return (code >= 0x3001 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff0f) || (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) || (code >= 0xff5b && code <= 0xff65) || (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2026 || code === 0x2014 || code === 0x2015 || code === 0x00b7 || code === 0x30fb || (code >= 0xfe10 && code <= 0xfe4f);
}

const OPENING = new Set([...'“‘（《【「『〔〈［｛(['].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...'”’）》】」』〕〉］｝，。、；：！？)]'].map((c) => c.charCodeAt(0)));
const TERMINAL = new Set([...'。！？…!?'].map((c) => c.charCodeAt(0)));
const CLOSING_QUOTE = new Set([...'”’）」』)》】'].map((c) => c.charCodeAt(0)));
const PERCENT = new Set([...'%％‰℃℉'].map((c) => c.charCodeAt(0)));
const ASCII_BRACKET = new Set([...'()[]'].map((c) => c.charCodeAt(0)));

/** Punctuation that opens: no space belongs after it in Chinese text. */
export function isOpening(code: number): boolean {
  return OPENING.has(code);
}

/** Punctuation that closes or separates: no space belongs before it in Chinese text. */
export function isClosing(code: number): boolean {
  return CLOSING.has(code);
}

export function isAsciiBracket(code: number): boolean {
  return ASCII_BRACKET.has(code);
}

/** Punctuation that can end a paragraph (a semicolon goes on: list items end with it mid-paragraph). */
export function isTerminal(code: number): boolean {
  return TERMINAL.has(code);
}

export function isClosingQuote(code: number): boolean {
  return CLOSING_QUOTE.has(code);
}

export function isPercent(code: number): boolean {
  return PERCENT.has(code);
}

/** Characters of Chinese running text: Han, CJK punctuation, digits and percent signs, ASCII brackets. */
export function isCjkContext(code: number): boolean {
  return isHan(code) || isCjkPunct(code) || isDigit(code) || isPercent(code) || isAsciiBracket(code);
}
