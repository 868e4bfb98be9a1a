// Picks the fixes to apply together (never overlapping) and turns a whole-text rewrite into the smallest edit.
import type { Finding, TextEdit } from '../model';

/** The fixes of `findings` (optionally only one rule's, only preferred ones) that can be applied together, in text order. */
export function compatibleFixes(findings: readonly Finding[], options: { ruleId?: string; preferredOnly?: boolean } = {}): TextEdit[] {
  const candidates = findings
    .filter((f) => f.fix && (options.ruleId === undefined || f.ruleId === options.ruleId) && (!options.preferredOnly || f.preferred))
    .map((f) => f.fix as TextEdit)
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const chosen: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of candidates) {
    // Two insertions at one offset, or an edit starting inside the previous one, would make the result ambiguous.
    if (edit.range.start < lastEnd || (edit.range.start === lastEnd && chosen.length > 0 && isInsertion(edit) && isInsertion(chosen[chosen.length - 1]))) continue;
    chosen.push(edit);
    lastEnd = edit.range.end;
  }
  return chosen;
}

function isInsertion(edit: TextEdit): boolean {
  return edit.range.start === edit.range.end;
}

/** The single edit that turns `before` into `after`, trimmed to the part that differs (null when equal). */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Never split a surrogate pair.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { range: { start: prefix, end: before.length - suffix }, text: after.slice(prefix, after.length - suffix) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** How many characters of context a fix title shows on each side of the change. */
const PREVIEW_CONTEXT = 3;
const PREVIEW_MAX = 24;

/**
 * A short before → after view of one fix for a code action's title: the changed text with a few neighbouring
 * characters from its line, spaces shown as `␣` and line breaks as `⏎` so an invisible change is visible.
 */
export function fixPreview(text: string, edit: TextEdit): { before: string; after: string } {
  let start = edit.range.start;
  let end = edit.range.end;
  for (let n = 0; n < PREVIEW_CONTEXT && start > 0 && !/[\r\n]/u.test(text[start - 1]); n++) start--;
  for (let n = 0; n < PREVIEW_CONTEXT && end < text.length && !/[\r\n]/u.test(text[end]); n++) end++;
  const show = (s: string) => {
    const visible = s.replace(/\r\n|\r|\n/gu, '⏎').replace(/[ \t]/gu, '␣').replace(/\u3000/gu, '□');
    const chars = Array.from(visible);
    return chars.length > PREVIEW_MAX ? `${chars.slice(0, PREVIEW_MAX).join('')}…` : visible;
  };
  return {
    before: show(text.slice(start, end)),
    after: show(text.slice(start, edit.range.start) + edit.text + text.slice(edit.range.end, end)),
  };
}
