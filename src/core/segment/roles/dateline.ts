// The dateline (电头): `本报聊城4月19日讯`, `新华社北京1月14日电`, `据新华社墨西哥城1月30日电`, split into place and date.

/** Agencies and papers that open a dateline; a generic `…社` / `…报` / `…网` form covers the rest. */
const AGENCY = '(?:本报|新华社|中新社|人民日报|人民网|新华网|央视网|中国新闻社|光明日报|经济日报|[\\u4e00-\\u9fff]{2,6}(?:通讯社|社|网|台))';
/**
 * The date may be set in full-width digits (`１月１４日`); `专电` is an agency's special dispatch
 * (`新华社华盛顿1月14日专电`).
 */
const CORE = `(据)?(${AGENCY})(?:记者)?([\\u4e00-\\u9fff·]{1,10}?)([0-9０-９]{1,2}月[0-9０-９]{1,2}日)(专电|电|讯)`;

/** A dateline at the start of (whitespace-free) text. */
const LEADING = new RegExp(`^${CORE}`);
/** The short form with no place or date: `本报电`, `据新华社电` (not `新华社电视…`, `本报讯息…`). */
const SHORT = /^(据)?(本报|新华社|中新社)(电|讯)(?![视台话影报脑力子器息号])/;
/** A dateline that closes an article, in brackets: `（本报华盛顿1月31日电）`. */
const CLOSING = new RegExp(`^[（(]${CORE}[)）]$`);

export interface DatelineMatch {
  /** The dateline itself, e.g. `本报聊城4月19日讯`. */
  readonly text: string;
  readonly place: string | null;
  readonly date: string | null;
  /** How many characters of the input it spans (including brackets for the closing form). */
  readonly length: number;
}

function build(m: RegExpExecArray, length: number): DatelineMatch {
  // The text is everything matched (an optional `记者` after the agency included), so no character is dropped.
  return { text: m[0], place: m[3] || null, date: m[4] || null, length };
}

/** Matches a dateline at the start of whitespace-free text. */
export function matchLeadingDateline(compactText: string): DatelineMatch | null {
  const m = LEADING.exec(compactText);
  if (m) return build(m, m[0].length);
  const s = SHORT.exec(compactText);
  return s ? { text: s[0], place: null, date: null, length: s[0].length } : null;
}

/**
 * A bracketed dateline with the credit inside, closing an article: `（据新华社电 记者王昆）`. Takes the raw text (it may
 * run over a line end); returns the dateline and the credit's inner text, or null.
 */
export function matchClosingDatelineCredit(raw: string): { dateline: DatelineMatch; credit: string } | null {
  const m = /^\s*[（(]([^（()）]{3,60})[)）]\s*$/.exec(raw);
  if (!m) return null;
  const inner = m[1];
  const squeezed = inner.replace(/\s+/g, '');
  const dateline = matchLeadingDateline(squeezed);
  if (!dateline) return null;
  // Walk the raw inner text past the dateline's characters to keep the credit's own spacing.
  let seen = 0;
  let k = 0;
  while (k < inner.length && seen < dateline.length) { if (!/\s/.test(inner[k])) seen++; k++; }
  const credit = inner.slice(k).trim();
  return credit.length > 0 ? { dateline, credit } : null;
}

/** Matches a whole whitespace-free line that is a bracketed closing dateline. */
export function matchClosingDateline(compactText: string): DatelineMatch | null {
  const m = CLOSING.exec(compactText);
  if (!m) return null;
  const inner = new RegExp(`^${CORE}`).exec(compactText.slice(1));
  return inner ? build(inner, compactText.length) : null;
}
