// Titles an extractor collected at the page foot (pdftotext -raw does): they list the page's articles in reading
// order, so they are laid along the body in that order, each group of titles at the paragraph where its article
// starts.
import type { PageLine } from '../../model';
import type { Segmenter } from '../../segmenter/segmenter';
import { type HeadlinePart, NEAR_LINES, chainSimilarity, headlineEvidence, partText } from './attach';
import type { Piece } from '../links/pieces';
import { isOnlyDatelineAndCredit } from '../roles/byline';
import { withoutRubric } from '../roles/headline';
import { HARD_END, balancedMarks, compact, isLetterSpaced } from '../page/text';
import type { PageContext } from '../page/context';

/** How much text after (and before) a paragraph start is compared with a title (characters). */
const WINDOW = 400;
/** How much text after a paragraph start is an article's opening (characters). */
const LEDE = 150;
const BEFORE = 150;
/** Least share of a title's words the text after a chain's first line must hold for the title to head it. */
const HEAD_MIN_EVIDENCE = 0.25;
/**
 * Least share of a title's words in the opening after a paragraph start inside a chain, and least gain over the text
 * before it, for the title to cut the chain there (as for titles left over, see chains.ts).
 */
const SPLIT_MIN_EVIDENCE = 0.45;
const SPLIT_MIN_GAIN = 0.3;
/** Gain over the text before that lets a cut go by the longer window alone. */
const STRONG_GAIN = 0.6;
/** What starting a chain that surely opens an article adds to a title's evidence there. */
const HEAD_BONUS = 0.2;

interface Start {
  readonly line: number;
  readonly chain: number;
  readonly piece: number;
  /** Index of the line within its piece. */
  readonly at: number;
  /** The first line of a chain. */
  readonly head: boolean;
}

/**
 * Lays the stacked title parts (in stack order) along the paragraph starts of the body (in source order), keeping
 * both orders, best total evidence first; parts laid at one start are that article's kicker, headline and
 * subheadline. A part without evidence of its own goes to a chain left without a title between its neighbours'
 * places. Chains are cut where a group lands inside one. Returns the chains and, by chain, the stacked parts.
 */
export function placeFootTitles(stacked: readonly HeadlinePart[], chains: readonly Piece[][], taken: ReadonlySet<number>, lines: readonly PageLine[],
  segmenter: Segmenter | null): { chains: Piece[][]; attachment: Map<number, HeadlinePart[]> } {
  const out = chains.map((c) => [...c]);
  const attachment = new Map<number, HeadlinePart[]>();
  if (stacked.length === 0) return { chains: out, attachment };
  let nextId = chains.flat().reduce((max, p) => Math.max(max, p.id), 0) + 1;
  // Paragraph starts in source order; the text around one is its own chain's (a window never runs into another article).
  const chainText: string[] = [];
  const all: (Start & { offset: number })[] = [];
  chains.forEach((chain, c) => {
    let text = '';
    chain.forEach((p, k) => p.lines.forEach((line, j) => {
      const start = j === 0 ? k === 0 || p.paraBreakBefore : p.breaks.has(line);
      if (start) all.push({ line, chain: c, piece: k, at: j, head: j === 0 && k === 0, offset: text.length });
      text += compact(lines[line].text);
    }));
    chainText.push(text);
  });
  // A huge dump (many pages in one file) only lays the titles along the text near them.
  const top = Math.min(...stacked.map((p) => p.lines[0])) - NEAR_LINES;
  const starts = all.filter((s) => s.line >= top).sort((a, b) => a.line - b.line);
  if (starts.length === 0) return { chains: out, attachment };
  // A column rubric (`（人民论坛）`) names the column, not the article: only the title's own words are evidence.
  const texts = stacked.map((p) => withoutRubric(compact(partText(p, lines))));
  // A chain opening on a dateline, or right after an article's closing credit, surely starts an article; another may
  // be a fragment of one.
  const opensArticle = (c: number) => chains[c][0].hasDateline || chains[c][0].afterClosing;
  // score[k][s]: how well part k heads the article starting at s (−Infinity when it does not). A chain's first line
  // is where articles start most often; a cut inside a chain needs clearly more evidence after it than before.
  // A subheadline (opening on a dash, or a long sentence) goes with the title above it, a kicker closing on a dash
  // with the title below: neither opens an article of its own.
  const follows = (k: number) => k > 0 && (/^——/.test(texts[k]) || (texts[k].length > 32 && /[，；]/.test(texts[k])));
  const leads = (k: number) => k + 1 < texts.length && /——$/.test(texts[k]);
  const score = texts.map((title, k) => follows(k) || leads(k) ? starts.map(() => -Infinity) : starts.map((s) => {
    const text = chainText[s.chain];
    const after = headlineEvidence(title, text.slice(s.offset, s.offset + WINDOW), segmenter);
    if (s.head) return !taken.has(s.chain) && after >= HEAD_MIN_EVIDENCE ? after + (opensArticle(s.chain) ? HEAD_BONUS : 0) : -Infinity;
    // A cut inside a chain needs the article's opening to state the title (a longer window would reach into the next
    // article and find its title's words at every paragraph start before it).
    const opening = headlineEvidence(title, text.slice(s.offset, s.offset + LEDE), segmenter);
    const before = headlineEvidence(title, text.slice(Math.max(0, s.offset - BEFORE), s.offset), segmenter);
    if (opening >= SPLIT_MIN_EVIDENCE && opening - before > SPLIT_MIN_GAIN) return opening - before;
    // A commentary's title rarely opens its text, but its words fill what follows and nothing before.
    return after - before >= STRONG_GAIN ? after - before : -Infinity;
  }));
  // best[k][s]: the best total for parts 0..k with every part laid so far at start s or earlier (a part may be left out).
  const n = stacked.length;
  const m = starts.length;
  const best: number[][] = [];
  for (let k = 0; k < n; k++) {
    const row: number[] = [];
    for (let s = 0; s < m; s++) {
      const previous = k > 0 ? best[k - 1][s] : 0;
      row.push(Math.max(s > 0 ? row[s - 1] : 0, previous, score[k][s] > 0 ? previous + score[k][s] : -Infinity));
    }
    best.push(row);
  }
  // Trace back: place[k] is the start index of part k, or −1.
  const place: number[] = new Array<number>(n).fill(-1);
  for (let k = n - 1, s = m - 1; k >= 0 && s >= 0;) {
    const previous = k > 0 ? best[k - 1][s] : 0;
    // On a tie the later start wins (a window reaching into the next article scores that article's title as well):
    // lay part k here, or leave it out here, before moving to an earlier start.
    if (score[k][s] > 0 && best[k][s] === previous + score[k][s] && best[k][s] !== previous) { place[k] = s; k--; }
    else if (best[k][s] === previous) k--;
    else s--;
  }
  for (let k = 1; k < n; k++) if (follows(k) && place[k] < 0) place[k] = place[k - 1];
  for (let k = n - 2; k >= 0; k--) if (leads(k) && place[k] < 0) place[k] = place[k + 1];
  // Parts without evidence of their own, between two laid ones: chain heads left without a title between those
  // places take them in order, when there are as many (or as many chains that surely open an article).
  for (let k = 0; k < n; k++) {
    if (place[k] >= 0) continue;
    let end = k;
    while (end + 1 < n && place[end + 1] < 0) end++;
    const low = k > 0 ? place[k - 1] : -1;
    const high = end + 1 < n ? place[end + 1] : m;
    const free = starts.map((st, x) => ({ st, x })).filter(({ st, x }) => x > low && x < high && st.head && !taken.has(st.chain) && !place.includes(x));
    const sure = free.filter(({ st }) => opensArticle(st.chain));
    const count = end - k + 1;
    const chosen = free.length === count ? free : sure.length === count ? sure : [];
    chosen.forEach(({ x }, j) => { place[k + j] = x; });
    k = end;
  }
  // Three titles laid at one start with no dash or long sentence among them are rarer than a kicker and title pair: when
  // the title above the three was laid alone and runs longer, the first of them is its main title under that kicker.
  // (Counts of parts by start keep these passes linear in the number of parts.)
  const laidAt = new Map<number, number>();
  for (const x of place) if (x >= 0) laidAt.set(x, (laidAt.get(x) ?? 0) + 1);
  for (let k = 1; k + 2 < n; k++) {
    const x = place[k];
    if (x < 0 || place[k + 1] !== x || place[k + 2] !== x || laidAt.get(x) !== 3 || place[k - 1] < 0 || laidAt.get(place[k - 1]) !== 1) continue;
    if ([k, k + 1, k + 2].some((j) => follows(j) || leads(j))) continue;
    // (A kicker describes at length; a short title above, `高原灯会`, is a photo's title standing on its own.)
    if (texts[k - 1].length <= texts[k].length) continue;
    place[k] = place[k - 1];
    laidAt.set(x, 2);
    laidAt.set(place[k], 2);
  }
  // A title set letter-spaced (`“ 打 卡 ” 看 书`, a photo story's) is in a type of its own: it is no kicker or main title
  // of a plainly set title laid at the same start, so it is left for the text its words open.
  const spaced = stacked.map((p) => p.lines.length === 1 && p.text === undefined && isLetterSpaced(lines[p.lines[0]].text));
  const plainAt = new Map<number, number>();
  place.forEach((x, k) => { if (x >= 0 && !spaced[k]) plainAt.set(x, (plainAt.get(x) ?? 0) + 1); });
  for (let k = 0; k < n; k++) {
    if (spaced[k] && place[k] >= 0 && (plainAt.get(place[k]) ?? 0) > 0) place[k] = -1;
  }
  pullBackClosingSummaries(place, starts, chainText, texts, segmenter);
  // Groups by start, then cut chains where a group lands inside one (latest first, so earlier cuts keep their places).
  const groups = new Map<number, HeadlinePart[]>();
  place.forEach((x, k) => { if (x >= 0) groups.set(x, [...(groups.get(x) ?? []), stacked[k]]); });
  for (const x of [...groups.keys()].sort((a, b) => b - a)) {
    const st = starts[x];
    const parts = groups.get(x) ?? [];
    if (st.head) { attachment.set(st.chain, parts); continue; }
    const chain = out[st.chain];
    const piece = chain[st.piece];
    const tail: Piece[] = [];
    if (st.at > 0) {
      chain[st.piece] = { ...piece, lines: piece.lines.slice(0, st.at), endsOpen: false, closing: false };
      tail.push({ ...piece, id: nextId++, lines: piece.lines.slice(st.at), startsOpen: false, hasDateline: false, forced: null, paraBreakBefore: true });
      tail.push(...chain.splice(st.piece + 1));
    } else tail.push(...chain.splice(st.piece));
    out.push(tail);
    attachment.set(out.length - 1, parts);
  }
  return { chains: out, attachment };
}

/** Longest closing paragraph (characters) taken for a summary restating the title rather than a whole article. */
const SUMMARY_MAX = 100;
/** An exclamation closing a paragraph (a rallying last line, `作出新的贡献！`). */
const EXCLAIMED_END = /！[”’」』]?$/;

/**
 * A feature's last paragraph often sums it up in its title's words (`…能力不断增强……`), so a title laid at the last,
 * short paragraph of a run, whose opening does not state the title, is read as laid on that closing summary: the article
 * starts at the latest paragraph start before it (and after the titles laid above) that follows a paragraph closing
 * on an exclamation, the rallying line another article ends on. A short item opening on its title's words keeps its
 * place. Moves the titles' places in `place`.
 */
function pullBackClosingSummaries(place: number[], starts: readonly (Start & { offset: number })[], chainText: readonly string[],
  texts: readonly string[], segmenter: Segmenter | null): void {
  let floor = -1;
  for (let k = 0; k < place.length; k++) {
    const x = place[k];
    if (x < 0) continue;
    const st = starts[x];
    const text = chainText[st.chain];
    const last = x + 1 === starts.length || starts[x + 1].chain !== st.chain;
    const opening = text.slice(st.offset, st.offset + texts[k].length);
    if (st.head || !last || text.length - st.offset > SUMMARY_MAX || headlineEvidence(texts[k], opening, segmenter) >= SPLIT_MIN_EVIDENCE) {
      floor = Math.max(floor, x);
      continue;
    }
    let to = -1;
    for (let y = x - 1; y > floor && starts[y].chain === st.chain && !starts[y].head; y--) {
      if (EXCLAIMED_END.test(text.slice(0, starts[y].offset))) { to = y; break; }
    }
    if (to < 0) { floor = Math.max(floor, x); continue; }
    // The titles laid with this one (under its kicker) move with it.
    for (let j = k; j < place.length && place[j] === x; j++) place[j] = to;
    floor = to;
  }
}

/** Least advantage in shared vocabulary for text to move to the titled chain right after it. */
const MOVE_MIN_ADVANTAGE = 0.1;

/**
 * Where running text has no blank lines, a title printed after its body attaches to the chain its body ends in, but
 * the body's first paragraphs may sit in the chain above (nothing marks the change of article). A titled chain
 * without a dateline takes what ends right above it when that shares its vocabulary clearly more than the text before
 * it: a whole untitled fragment chain, then the closing paragraphs of the piece above. Returns new chains and the
 * attachment re-indexed.
 */
export function takeBackOpenings(chains: readonly Piece[][], attachment: ReadonlyMap<number, HeadlinePart[]>, lines: readonly PageLine[]):
  { chains: Piece[][]; attachment: Map<number, HeadlinePart[]> } {
  const out = chains.map((c) => [...c]);
  const textOf = (pieces: readonly Piece[]) => pieces.map((p) => p.lines.map((i) => compact(lines[i].text)).join('')).join('');
  // The chain ending at each line (kept up to date as text moves), so finding the one above is a lookup.
  const ends = new Map<number, number>();
  out.forEach((chain, c) => ends.set(lastLine(chain), c));
  const endingAt = (line: number) => ends.get(line) ?? -1;
  const anchored = (c: number) => attachment.has(c) || out[c][0].hasDateline || out[c][0].afterClosing || out[c][0].forced === 'article';
  out.forEach((_, c) => {
    if (!attachment.has(c) || out[c].length === 0 || out[c][0].hasDateline) return;
    // A whole fragment chain right above, closer in vocabulary to this article than to the text above it.
    for (let guard = 0; guard < 4; guard++) {
      const f = endingAt(out[c][0].lines[0] - 1);
      if (f < 0 || f === c || anchored(f) || out[f][out[f].length - 1].closing) break;
      const g = endingAt(out[f][0].lines[0] - 1);
      const fragment = textOf(out[f]);
      const here = chainSimilarity(fragment, textOf(out[c]));
      const there = g >= 0 && g !== c ? chainSimilarity(fragment, textOf(out[g])) : 0;
      if (here - there <= MOVE_MIN_ADVANTAGE) break;
      out[c] = [...out[f], ...out[c]];
      out[c][out[f].length].paraBreakBefore = true;
      ends.delete(lastLine(out[f]));
      out[f] = [];
    }
    // The closing paragraphs of the piece right above.
    const p = endingAt(out[c][0].lines[0] - 1);
    if (p < 0 || p === c) return;
    const tail = out[p][out[p].length - 1];
    if (tail.closing) return;
    const own = textOf(out[c]);
    let best: { at: number; score: number } | null = null;
    for (let at = 1; at < tail.lines.length; at++) {
      if (!tail.breaks.has(tail.lines[at])) continue;
      const before = tail.lines.slice(0, at).map((i) => compact(lines[i].text)).join('');
      // An article's opening (its dateline and credit) keeps at least its first paragraph, and a bracket left open
      // carries on into the line below.
      if (tail.hasDateline && isOnlyDatelineAndCredit(tail.lines.slice(0, at).map((i) => lines[i].text).join('\n'))) continue;
      if ((before.match(/[（(]/g) ?? []).length > (before.match(/[）)]/g) ?? []).length) continue;
      const after = tail.lines.slice(at).map((i) => compact(lines[i].text)).join('');
      const score = chainSimilarity(after, own) - chainSimilarity(after, before);
      if (score > MOVE_MIN_ADVANTAGE && (!best || score > best.score)) best = { at, score };
    }
    if (!best) return;
    const moved: Piece = { ...tail, lines: tail.lines.slice(best.at), startsOpen: false, hasDateline: false, forced: null, paraBreakBefore: true, afterClosing: false };
    ends.delete(lastLine(out[p]));
    out[p] = [...out[p].slice(0, -1), { ...tail, lines: tail.lines.slice(0, best.at), endsOpen: false }];
    ends.set(lastLine(out[p]), p);
    out[c] = [moved, ...out[c]];
  });
  const map = new Map<number, HeadlinePart[]>();
  const kept: Piece[][] = [];
  out.forEach((chain, c) => {
    if (chain.length === 0) return;
    const parts = attachment.get(c);
    if (parts) map.set(kept.length, parts);
    kept.push(chain);
  });
  return { chains: kept, attachment: map };
}

function lastLine(chain: readonly Piece[]): number {
  const tail = chain[chain.length - 1];
  return tail.lines[tail.lines.length - 1];
}

/** Most lines a page's foot may hold as collected titles (three lines to an article, a page of some eight). */
const FOOT_TITLES_MAX = 24;

/**
 * pdftotext -raw collects the titles of a page's articles at its foot: the page's text ends on a run of lines none
 * of which finishes a sentence, after one that does. Body text never ends a page that way unless it runs on to
 * another page, and then its last lines run full width with the punctuation of running text. Marks the run as
 * headlines and returns its lines when it holds three and more (the page's titles collected; two lines may be one
 * article's title printed after its body). Read only where blank lines do not part paragraphs.
 */
export function markFootTitles(ctx: PageContext): Set<number> {
  const { lines, roles, widths, columnWidth, forcedRole, closingDatelines } = ctx;
  const footTitles = new Set<number>();
  const run: number[] = [];
  let k = lines.length - 1;
  for (; k >= 0 && run.length <= FOOT_TITLES_MAX; k--) {
    if (lines[k].blank || roles[k] === 'marker' || roles[k] === 'furniture') continue;
    const c = compact(lines[k].text);
    // A section label printed after the page's last furniture line is no title.
    if (run.length === 0 && c.length <= 2) continue;
    if (roles[k] !== 'body' && roles[k] !== 'headline') break;
    if (forcedRole.has(k) || c.length > 60 || /[。；;]/.test(c) || /[，、：,:]$/.test(c) || !balancedMarks(c)) break;
    // A full-width line that carries on into the line below is running text, not a title.
    if (run.length > 0 && widths[k] >= columnWidth[k] - 1 && widths[k] <= columnWidth[k] + 2 && /[，。]/.test(compact(lines[run[run.length - 1]].text))) break;
    run.push(k);
  }
  const finished = k >= 0 && (HARD_END.test(compact(lines[k].text)) || roles[k] === 'byline' || closingDatelines.has(k));
  if (run.length < 2 || run.length > FOOT_TITLES_MAX || !finished) return footTitles;
  // Two lines may be one article's title printed after its body; three and more are the page's titles collected.
  for (const j of run) { roles[j] = 'headline'; if (run.length >= 3) footTitles.add(j); }
  return footTitles;
}
