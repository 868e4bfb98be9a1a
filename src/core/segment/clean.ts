// Clean text for segment output: the core's cleaner (joins hard wraps, drops spurious spaces, repairs broken numbers),
// then a last pass that drops any whitespace still standing next to a Chinese character. Only whitespace changes.
import { cleanParagraph } from '../clean';
import { isWideChar } from './page/text';

/** Joins a paragraph's source lines (or one line's text) into one clean string. */
export function cleanInline(text: string): string {
  return squeezeSpaces(cleanParagraph(text));
}

const ASCII_WORD = /[A-Za-z0-9]/;


/** Removes whitespace next to wide characters and inside numbers; any other run of whitespace becomes one space. */
function squeezeSpaces(text: string): string {
  let out = '';
  // (The last character kept, remembered: reading it back from the string being built flattens that string on
  // every read, which made a long line of Latin words quadratic.)
  let before = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (!/\s/.test(ch)) { out += ch; before = ch; i++; continue; }
    let j = i;
    while (j < n && /\s/.test(text[j])) j++;
    const after = j < n ? text[j] : '';
    if (before === '' || after === '') { i = j; continue; }
    const keep = ASCII_WORD.test(before) && ASCII_WORD.test(after) && !(/[0-9]/.test(before) && /[0-9]/.test(after)) &&
      !isWideChar(before) && !isWideChar(after) && !/\n/.test(text.slice(i, j));
    if (keep) { out += ' '; before = ' '; }
    i = j;
  }
  // `64 . 29%` → `64.29%`: whitespace around a decimal point between digits was removed above only if next to
  // wide chars; repair the ASCII case here.
  return out.replace(/([0-9]) ?([.．]) ?([0-9])/g, '$1$2$3');
}
