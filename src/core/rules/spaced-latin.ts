// Rule: Latin letters or symbols spaced apart inside Chinese text (`美 国 S NM超`, `会议 + 网络`).
import { isCjkContext, isHan, isInlineSpace, isLatin, isOpening, isClosing, isWordChar } from '../text/chars';
import type { Gap } from '../text/gaps';
import { deletion, type Rule, type RuleContext } from './rule';

const SYMBOLS = new Set([...'+-×/&=~'].map((c) => c.charCodeAt(0)));

/** Length of the run of Latin letters that ends at `index` (going left) or starts there (going right), capped at 2. */
function latinRun(text: string, index: number, step: -1 | 1): number {
  let count = 0;
  for (let i = index; i >= 0 && i < text.length && count < 2 && isLatin(text.charCodeAt(i)); i += step) count++;
  return count;
}

/**
 * The first character past the letters and spaces around a spaced Latin sequence, or -1 at a line edge. Every
 * position a walk passes is remembered, so the gaps of one long run (`a a a …`) share a single walk each way.
 */
function boundaryFinder(text: string): (index: number, step: -1 | 1) => number {
  const known = { [-1]: new Map<number, number>(), [1]: new Map<number, number>() };
  return (index, step) => {
    const cache = known[step];
    const passed: number[] = [];
    let i = index;
    let found = -1;
    while (i >= 0 && i < text.length) {
      const cached = cache.get(i);
      if (cached !== undefined) { found = cached; break; }
      const code = text.charCodeAt(i);
      if (!isLatin(code) && !isInlineSpace(code)) { found = code === 0x0a || code === 0x0d ? -1 : code; break; }
      passed.push(i);
      i += step;
    }
    for (const p of passed) cache.set(p, found);
    return found;
  };
}

/** `A P P`, `S NM` between Chinese characters: Latin letters, one side a single letter, Chinese (or a line edge) around. */
function isSpacedLatinInside(text: string, gap: Gap, boundary: (index: number, step: -1 | 1) => number): boolean {
  if (!isLatin(gap.prev) || !isLatin(gap.next)) return false;
  if (latinRun(text, gap.start - 1, -1) > 1 && latinRun(text, gap.end, 1) > 1) return false;
  const left = boundary(gap.start - 1, -1);
  const right = boundary(gap.end, 1);
  const chinese = (code: number) => code === -1 || isCjkContext(code);
  return chinese(left) && chinese(right) && (isHan(left) || isHan(right) || isOpening(left) || isClosing(right));
}

function onlyLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isLatin(text.charCodeAt(i))) return false;
  return end > start;
}

function checkSymbols(ctx: RuleContext): void {
  const { text, gaps } = ctx;
  for (let k = 0; k + 1 < gaps.length; k++) {
    const a = gaps[k];
    const b = gaps[k + 1];
    // `会议 + 网络`: a lone symbol with spaces on both sides and words around it, one of them Chinese; or single
    // letter-spaced characters on both sides (`R & D`, `1 / 4` in a stretched line).
    if (b.start !== a.end + 1 || !SYMBOLS.has(text.charCodeAt(a.end))) continue;
    if (!isWordChar(a.prev) || !isWordChar(b.next)) continue;
    const singleBothSides = a.leftCount <= 1 && b.rightCount <= 1;
    if (!(isHan(a.prev) || isHan(b.next) || singleBothSides)) continue;
    ctx.report({
      messageId: 'spacedSymbol', data: { symbol: text[a.end] },
      range: { start: a.start, end: b.end }, fix: { range: { start: a.start, end: b.end }, text: text[a.end] },
    });
    k++;
  }
}

const rule: Rule = {
  id: 'spaced-latin',
  meta: {
    description: {
      en: 'Latin letters or symbols spaced apart inside Chinese text',
      'zh-cn': '中文语境中被空格拆开的拉丁字母或符号',
    },
    tags: ['spacing', 'extraction'],
    fixable: true,
    defaultSeverity: 'warning',
    docs: 'docs/rules/spaced-latin.md',
  },
  messages: {
    spacedLetters: { en: 'Latin letters spaced apart: “{before} {after}”.', 'zh-cn': '拉丁字母被空格拆开：“{before} {after}”。' },
    spaceBeforeLatin: {
      en: 'Space between “{before}” and “{after}” in letter-spaced Chinese text.',
      'zh-cn': '字距拉开的中文里“{before}”与“{after}”之间有空格。',
    },
    spacedSymbol: { en: 'Spaces around “{symbol}” inside Chinese text.', 'zh-cn': '中文里“{symbol}”两侧有空格。' },
  },
  check(ctx) {
    const { text, gaps } = ctx;
    const joined = new Set<number>();
    const boundary = boundaryFinder(text);
    for (let k = 0; k < gaps.length; k++) {
      const gap = gaps[k];
      if (!isSpacedLatinInside(text, gap, boundary)) continue;
      joined.add(k);
      ctx.report({
        messageId: 'spacedLetters', data: { before: String.fromCharCode(gap.prev), after: String.fromCharCode(gap.next) },
        range: { start: gap.start, end: gap.end }, fix: deletion(gap.start, gap.end),
      });
    }
    for (let k = 0; k < gaps.length; k++) {
      const gap = gaps[k];
      if (isOpening(gap.prev) || isClosing(gap.next)) continue; // spurious-space's business
      const latinAfter = isLatin(gap.next) && isCjkContext(gap.prev);
      const latinBefore = isLatin(gap.prev) && isCjkContext(gap.next);
      if (!latinAfter && !latinBefore) continue;
      const neighbour = latinAfter ? k + 1 : k - 1;
      const partOfSpacedLetters = joined.has(neighbour) && onlyLetters(text, latinAfter ? gap.end : gaps[neighbour].end, latinAfter ? gaps[neighbour].start : gap.start);
      const latinLength = latinAfter ? latinRun(text, gap.end, 1) : latinRun(text, gap.start - 1, -1);
      // Next to letters an extractor spaced apart (`国 S NM`) the space is damage too. Otherwise only a word in
      // letter-spaced Chinese (the Chinese side a single spaced character) is suspect, and a single letter may belong
      // where it is (`A 股`): leave it alone.
      const letterSpaced = (latinAfter ? gap.leftCount : gap.rightCount) <= 1;
      if (!partOfSpacedLetters && (!letterSpaced || latinLength < 2)) continue;
      ctx.report({
        messageId: 'spaceBeforeLatin', data: { before: String.fromCharCode(gap.prev), after: String.fromCharCode(gap.next) },
        range: { start: gap.start, end: gap.end }, fix: deletion(gap.start, gap.end), preferred: partOfSpacedLetters,
      });
    }
    checkSymbols(ctx);
  },
};

export default rule;
