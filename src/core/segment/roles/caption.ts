// Photo captions and photo credits (`袁建兵摄（人民视觉）`, `新华社记者 张三 摄`), which are not part of a body.
import { compact, isHan } from '../page/text';
import { parseCredit } from './byline';

/** The agency or picture desk a photo credit may close on: `（人民视觉）`, `（新华社发）`. */
const SOURCE = '(?:[（(][^（()）]{1,12}[)）])?';
/** `张三摄`, `新华社记者 张三、李四 摄`, `张三/摄（影像中国）`: who took it, then 摄. */
const TAKEN_BY = new RegExp(`^(.{2,24}?)\\s*[/／]?\\s*摄(?:影)?\\s*${SOURCE}$`);
/** `张三摄 李四摄`: several photographers, each with 摄. */
const TAKEN_BY_EACH = new RegExp(`^(?:[^\\s、，摄/／]{2,8}\\s*[/／]?\\s*摄[\\s、，]*){2,3}${SOURCE}$`);
/** `新华社发`, `新华社发（张三摄）`, `（张三摄）`: an agency's picture, or a bracketed credit. */
const AGENCY_SENT = /^(?:新华社|中新社|人民日报|本报)发(?:[（(](.{2,24}?)\s*摄[)）])?$/;
const BRACKETED = /^[（(](.{2,24}?)\s*摄[)）]$/;
/** `图/张三`, `摄影：张三`: a tag, then who took it. */
const TAGGED = /^(?:图|摄影)\s*[:：/／|｜]\s*(.{2,24})$/;

/**
 * Whether a line is a photo credit. Who took the photo must read as a credit (names, with a role word or not), so a
 * short line of running text that happens to end in `拍摄` stays body.
 */
export function isPhotoCredit(text: string): boolean {
  const t = text.trim();
  if (compact(t).length > 30) return false;
  const takenBy = (who: string | undefined): boolean => who !== undefined && parseCredit(who.replace(/[/／]/g, ' ')) !== null;
  const sent = AGENCY_SENT.exec(t);
  if (sent) return sent[1] === undefined || takenBy(sent[1]);
  const bracketed = BRACKETED.exec(t) ?? TAGGED.exec(t);
  if (bracketed) return takenBy(bracketed[1]);
  if (TAKEN_BY_EACH.test(t)) return t.replace(new RegExp(`${SOURCE}$`), '').split(/摄/).map((w) => w.replace(/[\s、，/／]/g, '')).filter((w) => w.length > 0).every((w) => takenBy(w));
  const single = TAKEN_BY.exec(t);
  return single !== null && takenBy(single[1]);
}

/**
 * Whether a line reads like a caption: one complete sentence set wider than the body column, standing on its own.
 * `columnWidth` is the local body column width in cells; `width` the line's own.
 */
export function looksLikeCaption(text: string, width: number, columnWidth: number): boolean {
  const c = compact(text);
  if (c.length < 8 || c.length > 120) return false;
  if (!/[。！]$/.test(c)) return false;
  return width > columnWidth * 1.3 + 4;
}

/** How far (in lines) from a pull quote the body sentence it repeats may stand. */
const PULL_QUOTE_REACH = 300;
/** The most lines a pull quote spans. */
const PULL_QUOTE_LINES = 4;

/**
 * Pull quotes: a sentence set apart between blank lines (up to four lines) that repeats word for word a sentence of
 * the text nearby. Papers print them large beside the body; the repetition tells them from a short paragraph.
 * `compactLines` are the page's lines without whitespace (a blank line is empty); `free(i)` says whether a line may
 * be taken. Returns each block found as its first and last line.
 */
export function findPullQuotes(compactLines: readonly string[], free: (i: number) => boolean, runsIntoText = false): { first: number; last: number }[] {
  const n = compactLines.length;
  // The page as one string, with where each line starts, so a window of lines is one slice.
  const starts: number[] = new Array<number>(n + 1);
  starts[0] = 0;
  for (let k = 0; k < n; k++) starts[k + 1] = starts[k] + compactLines[k].length;
  const page = compactLines.join('');
  const lineStarts = new Set(starts);
  const found: { first: number; last: number; text: string }[] = [];
  let i = 0;
  while (i < n) {
    if (compactLines[i].length === 0) { i++; continue; }
    let last = i;
    while (last + 1 < n && compactLines[last + 1].length > 0) last++;
    const startsBlock = i === 0 || compactLines[i - 1].length === 0;
    // Where blank lines mark only column breaks (`runsIntoText`), the extractor runs the body on right under the quote
    // with no blank line: the quote then ends on the block's first sentence end, within its few lines. (Where blank
    // lines part paragraphs, a quote is a block of its own, and an opening sentence the text repeats is a lead.)
    const oneSentence = (to: number) => { const t = page.slice(starts[i], starts[to + 1]); return /[。！？]$/.test(t) && (t.match(/[。！？]/g) ?? []).length === 1; };
    if (runsIntoText && (last - i >= PULL_QUOTE_LINES || !oneSentence(last))) {
      let end = i;
      while (end < last && end - i < PULL_QUOTE_LINES - 1 && !/[。！？]/.test(compactLines[end])) end++;
      if (/[。！？]$/.test(compactLines[end]) && (compactLines[end].match(/[。！？]/g) ?? []).length === 1) last = end;
    }
    const text = page.slice(starts[i], starts[last + 1]);
    if (startsBlock && last - i < PULL_QUOTE_LINES && text.length >= 11 && text.length <= 80 && /[。！？]$/.test(text) &&
      (text.match(/[。！？]/g) ?? []).length === 1) {
      let open = true;
      for (let k = i; k <= last; k++) if (!free(k)) open = false;
      const before = page.slice(starts[Math.max(0, i - PULL_QUOTE_REACH)], starts[i]);
      const after = page.slice(starts[last + 1], starts[Math.min(n, last + 1 + PULL_QUOTE_REACH)]);
      // The body may carry the sentence on past where the quote stops: look for it without its closing stop.
      const sentence = text.slice(0, -1);
      if (open && (readsWhole(before, sentence, starts[Math.max(0, i - PULL_QUOTE_REACH)], lineStarts) ||
        readsWhole(after, sentence, starts[last + 1], lineStarts))) found.push({ first: i, last, text });
    }
    i = last + 1;
  }
  // A sentence standing apart twice is a refrain the text repeats (`我爱你，中国！`), not a quote of the body.
  const seen = new Map<string, number>();
  for (const block of found) seen.set(block.text, (seen.get(block.text) ?? 0) + 1);
  return found.filter((block) => seen.get(block.text) === 1).map(({ first, last }) => ({ first, last }));
}

/**
 * Whether `text` (the page's compact text from offset `from` on) reads `sentence` from a clause's start: where a line
 * starts, or not right after a Han character. A block the body reads only as the end of a clause, in mid-line
 * (`…在政府主导下，以` + `市场手段倒逼…`), is that clause's second half printed apart from its first (pdfminer prints a
 * column's boxes apart), not a quote set beside the body: a quote repeats a sentence or a clause whole. (A line start
 * may follow a line left without punctuation: a lead-in sentence set bold, or another block's open end.)
 */
function readsWhole(text: string, sentence: string, from: number, lineStarts: ReadonlySet<number>): boolean {
  for (let at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
    if (at === 0 || !isHan(text[at - 1]) || lineStarts.has(from + at)) return true;
  }
  return false;
}

/**
 * Pull quotes an extractor printed inside running text (`pdftotext -raw`, or pdftotext with blank lines only at
 * column breaks): one sentence over up to four whole lines, set where another sentence is left open and carried on
 * right below it, that repeats word for word a sentence the text nearby reads in full. A sentence of the text itself
 * cannot start and end on whole lines in the middle of another sentence. `compactLines` and `free` as for
 * findPullQuotes.
 */
export function findInterruptingQuotes(compactLines: readonly string[], free: (i: number) => boolean): { first: number; last: number }[] {
  const n = compactLines.length;
  const starts: number[] = new Array<number>(n + 1);
  starts[0] = 0;
  for (let k = 0; k < n; k++) starts[k + 1] = starts[k] + compactLines[k].length;
  const page = compactLines.join('');
  // Where each sentence of the page starts, by its text (without the closing stop and quotes), read once.
  const sentences = new Map<string, number[]>();
  // (A scan, not a regular expression: `[^。！？]+[。！？]` retries from every character of a long run without a stop,
  // which took 20 s on a 100 000-character line.)
  let sentenceStart = 0;
  for (let k = 0; k < page.length; k++) {
    const ch = page[k];
    if (ch !== '。' && ch !== '！' && ch !== '？') continue;
    const start = sentenceStart;
    sentenceStart = k + 1;
    if (k === start) continue;
    const key = page.slice(start, k + 1).replace(/^[”’」』）)]+/, '').slice(0, -1);
    if (key.length < 10 || key.length > 80) continue;
    const at = sentences.get(key);
    if (at) at.push(start); else sentences.set(key, [start]);
  }
  const found: { first: number; last: number }[] = [];
  const opensSentence = (k: number) => k >= 0 && compactLines[k].length > 0 && !/[。！？…”’」』]$/.test(compactLines[k]);
  for (let i = 1; i < n; i++) {
    if (!free(i) || !opensSentence(i - 1) || !free(i - 1)) continue;
    for (let last = i; last < n && last - i < PULL_QUOTE_LINES && compactLines[last].length > 0; last++) {
      const text = page.slice(starts[i], starts[last + 1]);
      const stops = (text.match(/[。！？]/g) ?? []).length;
      if (stops > 1 || (stops === 1 && !/[。！？]$/.test(text))) break;
      if (stops === 0) continue;
      // The sentence left open above carries on right below the quote.
      const below = last + 1;
      if (text.length < 11 || text.length > 80 || below >= n || !free(below) || compactLines[below].length === 0 || /^[，。、；：！？”’」』）)]/.test(compactLines[below])) break;
      const from = starts[Math.max(0, i - PULL_QUOTE_REACH)];
      const to = starts[Math.min(n, below + PULL_QUOTE_REACH)];
      const elsewhere = (sentences.get(text.slice(0, -1)) ?? []).some((p) => p >= from && p < to && (p < starts[i] || p >= starts[below]));
      if (elsewhere) { found.push({ first: i, last }); i = last; }
      break;
    }
  }
  return found;
}
