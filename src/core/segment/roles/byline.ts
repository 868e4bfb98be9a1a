// Bylines: `(记者 谢晓丽 通讯员 苗素红)`, `（记者张三、李四）`, `（本报记者 张三）`, a bare `(马晓慧)`, and `本报记者 周浩 闫福琳`.
import { matchLeadingDateline } from './dateline';
import { isDoubleSurnameName, looksLikeDottedName, looksLikeName } from './names';

/** Text a closing credit may follow on its line: a finished sentence, a closing quote, or an ellipsis (`……（闫娜）`). */
export const ENDS_BEFORE_CREDIT = /[。！？”」…]\s*$/;

export interface ParsedByline {
  readonly reporters: string[];
  readonly correspondents: string[];
  readonly authors: string[];
}

/**
 * Role words in a credit. A reporter's may name the paper or agency (`本报`, `新华社`, `人民日报`, `中新社`), a posting
 * (`本报驻泰国记者`, `驻京记者`) and a rank (`特约`, `特派`, `首席`, `全媒体`, `见习`, `实习`…); a correspondent's the paper
 * (`本报通讯员`). The paper's name starts the role word (it is not the end of the name before it: `张三本报…`).
 */
const OUTLET = '(?:本报|新华社|[\\u4e00-\\u9fff]{2,6}?(?:日报|晚报|早报|商报|时报|通讯社|社|网|台))';
const RANK = '(?:特约|特派|首席|全媒体|融媒体|见习|实习|摄影)';
const REPORTER = `(?<![\\u4e00-\\u9fff])${OUTLET}?(?:驻[\\u4e00-\\u9fff]{1,6}?)?${RANK}?记者|${RANK}?记者`;
const CORRESPONDENT = `(?<![\\u4e00-\\u9fff])${OUTLET}?(?:特约)?通讯员|(?:特约)?通讯员|(?:本报)?实习生`;
const ROLE_PATTERN = new RegExp(`${REPORTER}|${CORRESPONDENT}`, 'g');
/** A reporter's role word opening the (whitespace-free) text. */
const OPENS_ON_REPORTER = new RegExp(`^(?:${REPORTER})`);
/** Words framing a pooled credit: `（综合本报记者张三、李四报道）`, `（本报记者张三、李四整理）`. */
const POOLED_FRAME = /^综合|(?:采访)?(?:报道|整理|采写)$/g;

/**
 * Splits a credit's names. In a list of names after a role word, names with a known surname vouch for the others: a
 * two- or three-character token is a name whatever its surname (巨, 暨 are not in the list) as long as at least half
 * the list has known surnames. A lone token needs a known surname, so `（记者手记）` stays text.
 */
function splitNames(text: string, listed = false): string[] | null {
  const tokens: string[] = [];
  for (const group of text.split(/[、，,]/)) {
    const words = group.split(/\s+/).filter((t) => t.length > 0);
    // A letter-spaced name (`邹 春 宇`) comes apart into single characters: put it back together.
    if (words.length > 1 && words.every((w) => [...w].length === 1)) tokens.push(words.join(''));
    else tokens.push(...words);
  }
  // A line end inside a name leaves `周` / `春俊`: a lone surname joins the short token after it when that makes a name.
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (/^[\u4e00-\u9fff]$/.test(tokens[k]) && /^[\u4e00-\u9fff]{1,2}$/.test(tokens[k + 1]) && looksLikeName(tokens[k] + tokens[k + 1])) {
      tokens.splice(k, 2, tokens[k] + tokens[k + 1]);
    }
  }
  const names: string[] = [];
  let unknown = 0;
  for (const token of tokens) {
    const last = names.length > 0 ? names[names.length - 1] : '';
    // A name broken by a line end (`闫福` / `琳`) leaves one character behind: join it back.
    if (/^[\u4e00-\u9fff]$/.test(token) && last.length === 2) { names[names.length - 1] = last + token; continue; }
    if (looksLikeName(token) || looksLikeDottedName(token)) names.push(token);
    else if (listed && /^[\u4e00-\u9fff]{2,3}$/.test(token)) { names.push(token); unknown++; }
    else if (/^[\u4e00-\u9fff]{5,8}$/.test(token)) {
      // Two names run together (`张三李四`): split where both halves are names.
      const cut = [2, 3].find((k) => looksLikeName(token.slice(0, k)) && looksLikeName(token.slice(k)));
      if (cut === undefined) return null;
      names.push(token.slice(0, cut), token.slice(cut));
    } else return null;
  }
  return unknown * 2 <= names.length && unknown < names.length ? names : null;
}

/**
 * Parses the inside of a credit (brackets removed, whitespace kept as it stood, line breaks as spaces).
 * Returns null when it is not a credit: every token must be a role word or a plausible name.
 */
export function parseCredit(inner: string): ParsedByline | null {
  // `本报记者 张三 北京报道`: a place set apart before 报道 goes with it (a name there stays: `记者 张三 李四报道`).
  // `本报记者 张三 发自北京`: where the reporter filed from closes the credit too.
  // `（文/张三）`, `（文/图 本报记者 张三）`: the tag an evening paper puts before its credit, inside the brackets too.
  const filed = inner.trim().replace(/\s*发自[\u4e00-\u9fff·]{2,10}$/, '')
    .replace(/^(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文图|图文|文)\s*[/／:：]?\s*(?=\S)/, (tag) => (/[/／:：]|图/.test(tag) ? '' : tag));
  const place = /\s+([\u4e00-\u9fff]{2,6})报道$/.exec(filed);
  const framed = place && !looksLikeName(place[1]) ? filed.slice(0, -place[0].length) : filed;
  const text = framed.replace(POOLED_FRAME, '').trim();
  if (text.length === 0 || text.length > 120) return null;
  // Undo letter-spacing inside role words (`记 者`) before looking for them.
  const squeezed = text.replace(/本\s*报\s*记\s*者/g, '本报记者').replace(/记\s*者/g, '记者')
    .replace(/通\s*讯\s*员/g, '通讯员').replace(/实\s*习\s*生/g, '实习生');
  const result: ParsedByline = { reporters: [], correspondents: [], authors: [] };
  const roles: { index: number; end: number; field: keyof ParsedByline }[] = [];
  ROLE_PATTERN.lastIndex = 0;
  for (let m = ROLE_PATTERN.exec(squeezed); m; m = ROLE_PATTERN.exec(squeezed)) {
    const field: keyof ParsedByline = m[0].endsWith('记者') ? 'reporters' : 'correspondents';
    roles.push({ index: m.index, end: m.index + m[0].length, field });
  }
  if (roles.length === 0) {
    // A bare credit has no role word to vouch for it: accept only given-name lengths (a 4-character token needs a
    // double surname), so column rubrics such as `（国际视点）` stay text.
    if (squeezed.split(/[\s、，,]+/).some((t) => t.length >= 4 && /^[\u4e00-\u9fff]{4}$/.test(t) && !isDoubleSurnameName(t))) return null;
    const names = splitNames(squeezed);
    if (!names || names.length === 0) return null;
    result.authors.push(...names);
    return result;
  }
  if (squeezed.slice(0, roles[0].index).trim().length > 0) return null;
  for (let k = 0; k < roles.length; k++) {
    const segment = squeezed.slice(roles[k].end, k + 1 < roles.length ? roles[k + 1].index : squeezed.length);
    const names = splitNames(segment, true);
    if (!names || names.length === 0) return null;
    result[roles[k].field].push(...names);
  }
  return result;
}

/** A bracketed credit at the start of whitespace-free-ish text: returns its length in the given text, or null. */
export function matchLeadingCredit(text: string): { length: number; inner: string; parsed: ParsedByline } | null {
  const m = /^\s*([（(])([^（()）]{1,120}?)([)）])/.exec(text);
  if (!m) return null;
  const parsed = parseCredit(m[2].replace(/\n/g, ' '));
  return parsed ? { length: m[0].length, inner: m[2], parsed } : null;
}

/** A bracketed credit that ends the text, like a trailing `(秦晓丹)` or `（本报记者 戴杰）`. */
export function matchTrailingCredit(text: string): { start: number; inner: string; parsed: ParsedByline } | null {
  const m = /([（(])([^（()）]{1,40})([)）])\s*$/.exec(text);
  if (!m) return null;
  const parsed = parseCredit(m[2].replace(/\n/g, ' '));
  return parsed ? { start: m.index, inner: m[2], parsed } : null;
}

/**
 * A bracketed credit closing an article that a narrow column broke over lines: `…共同努力。（本报记者李四、王` /
 * `五、赵六）`. `texts` are the article's last lines in order; returns the line and offset where the bracket opens and
 * the credit, or null. The line ends inside it are wraps: they part names only where a line holds a whole name.
 */
export function matchTrailingCreditLines(texts: readonly string[]): { line: number; offset: number; inner: string; parsed: ParsedByline } | null {
  if (texts.length === 0 || !/[)）]\s*$/.test(texts[texts.length - 1])) return null;
  for (let k = texts.length - 1; k >= 0; k--) {
    const open = Math.max(texts[k].lastIndexOf('（'), texts[k].lastIndexOf('('));
    if (open < 0) continue;
    const m = /^[（(]([^（()）]{1,120})[)）]\s*$/.exec([texts[k].slice(open), ...texts.slice(k + 1)].join('\n'));
    if (!m) return null;
    const parsed = parseCredit(m[1].replace(/\n/g, ' '));
    return parsed ? { line: k, offset: open, inner: m[1], parsed } : null;
  }
  return null;
}

/** An unbracketed credit line: `本报记者 周浩 闫福琳`, `记者 许欣文`. */
export function matchBareCredit(text: string): ParsedByline | null {
  // Evening papers open a credit with a mark or a `文/` tag: `□本报记者 张三`, `文/图 本报记者 张三`, `文/张三` (a lone
  // `图/张三` credits a photo: see caption.ts).
  // An author's credit may also be tagged `作者：张三`.
  const tagged = /^\s*[□■●◎◆]?\s*(?:(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[/／|｜:：]?|(?:文图|图文|文)\s*[/／|｜:：]|作\s*者\s*[:：])\s*/.exec(text);
  const rest = text.slice(tagged ? tagged[0].length : (/^\s*[□■●◎◆]/.exec(text)?.[0].length ?? 0));
  const roleFirst = OPENS_ON_REPORTER.test(rest.replace(/\s+/g, ''));
  if (!roleFirst && !tagged) return null;
  const parsed = parseCredit(rest);
  if (!parsed) return null;
  // Without a tag, only a reporter's credit stands on its own line; a tag vouches for bare names too.
  return parsed.reporters.length > 0 || (tagged && (parsed.authors.length > 0 || parsed.correspondents.length > 0)) ? parsed : null;
}

/**
 * Whether text (lines joined by '\n') holds an article's opening dateline and bracketed credit and nothing else:
 * `本报广州10月27日讯(记者 陈` / `志德 林杰)`. The body must follow, however the next line is set.
 * With `creditOptional`, a dateline standing alone on its line (`本报北京5月1日电`, the credit or the text opening
 * the next line) counts too: it opens an article just as surely.
 */
export function isOnlyDatelineAndCredit(text: string, creditOptional = false): boolean {
  const squeezed = text.replace(/\s+/g, '');
  const dateline = matchLeadingDateline(squeezed);
  if (!dateline) return false;
  // Walk the raw text past the dateline's characters, keeping the credit's own spacing.
  let seen = 0;
  let k = 0;
  while (k < text.length && seen < dateline.length) { if (!/\s/.test(text[k])) seen++; k++; }
  if (creditOptional && text.slice(k).trim().length === 0) return true;
  const credit = matchLeadingCredit(text.slice(k).replace(/\n/g, ' '));
  return credit !== null && text.slice(k).replace(/\n/g, ' ').slice(credit.length).trim().length === 0;
}

/** A credit that names no role, only its author (`（闫娜）`): the weakest evidence of whose text it closes. */
export function isBareAuthor(credit: { readonly reporters: readonly string[]; readonly correspondents: readonly string[]; readonly authors: readonly string[] }): boolean {
  return credit.authors.length > 0 && credit.reporters.length === 0 && credit.correspondents.length === 0;
}
