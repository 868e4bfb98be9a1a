// Article chains after titles attach: split run-on articles, pair dateline and title halves, place headless fragments.
import type { PageLine } from '../../model';
import type { Segmenter } from '../../segmenter/segmenter';
import { type HeadlinePart, NEAR_LINES, chainSimilarity, headlineEvidence, partText } from '../titles/attach';
import type { Piece } from './pieces';
import type { Lexicon } from '../page/lexicon';
import { type BreakWord, breakWords, completesDanglingCharacter, isPageWord, mayMakeWord } from './breakWords';
import { matchLeadingCredit, matchTrailingCredit } from '../roles/byline';
import { matchLeadingDateline } from '../roles/dateline';
import { breaksWord, compact, lineBigrams } from '../page/text';

/** Least shared vocabulary (bigram cosine) for a title-less dateline chain and a dateline-less titled chain to pair. */
export const PAIR_MIN_SIMILARITY = 0.1;

/** How far past a candidate boundary the text is compared with a title (characters). */
const SPLIT_WINDOW = 400;

/**
 * A title that found no body of its own belongs to an article the extractor ran on from another one without a
 * break. It takes the rest of the chain from the paragraph start where its words appear most (compared with the
 * text before that point).
 */
export function splitForHeadlines(parts: readonly HeadlinePart[], chains: readonly Piece[][], attachment: ReadonlyMap<number, HeadlinePart[]>,
  lines: readonly PageLine[], segmenter: Segmenter | null): { chains: Piece[][]; attachment: Map<number, HeadlinePart[]> } {
  const out = chains.map((c) => [...c]);
  const result = new Map(attachment);
  const attached = new Set([...attachment.values()].flat());
  let nextId = Math.max(0, ...chains.flat().map((p) => p.id)) + 1;
  // A block's titles left over together on lines right after each other (a kicker over its headline, printed after
  // the body) head one article: they cut the chain once, by their words together.
  const units: HeadlinePart[][] = [];
  for (const part of parts) {
    if (attached.has(part) || part.lines.length === 0) continue;
    const last = units.length > 0 ? units[units.length - 1] : null;
    const prev = last ? last[last.length - 1] : null;
    if (last && prev && prev.block === part.block && prev.text === undefined && part.text === undefined &&
      part.lines[0] === prev.lines[prev.lines.length - 1] + 1) last.push(part);
    else units.push([part]);
  }
  for (const unit of units) {
    const title = unit.map((part) => partText(part, lines)).join('\n');
    let best: { chain: number; piece: number; line: number; score: number } | null = null;
    out.forEach((chain, c) => {
      const flat = chain.flatMap((p, k) => p.lines.map((line, j) => ({ k, j, line, starts: j === 0 ? k > 0 && p.paraBreakBefore : p.breaks.has(line) })));
      const texts = flat.map((e) => compact(lines[e.line].text));
      flat.forEach((e, x) => {
        if (!e.starts || x < 8 || flat.length - x < 5) return;
        let after = '';
        for (let y = x; y < flat.length && after.length < SPLIT_WINDOW; y++) after += texts[y];
        let before = '';
        for (let y = x - 1; y >= 0 && before.length < SPLIT_WINDOW; y--) before = texts[y] + before;
        const evidenceAfter = headlineEvidence(title, after, segmenter);
        const score = evidenceAfter - headlineEvidence(title, before, segmenter);
        if (evidenceAfter >= 0.45 && score > 0.3 && (!best || score > best.score)) best = { chain: c, piece: e.k, line: e.j, score };
      });
    });
    const found = best as { chain: number; piece: number; line: number; score: number } | null;
    if (!found) continue;
    const chain = out[found.chain];
    const piece = chain[found.piece];
    const tail: Piece[] = [];
    if (found.line > 0) {
      const head: Piece = { ...piece, lines: piece.lines.slice(0, found.line), endsOpen: false, closing: false };
      const rest: Piece = { ...piece, id: nextId++, lines: piece.lines.slice(found.line), startsOpen: false, hasDateline: false, forced: null, paraBreakBefore: true };
      chain[found.piece] = head;
      tail.push(rest, ...chain.splice(found.piece + 1));
    } else tail.push(...chain.splice(found.piece));
    out.push(tail);
    result.set(out.length - 1, unit);
    unit.forEach((part) => attached.add(part));
  }
  return { chains: out.filter((c) => c.length > 0), attachment: remapAfterFilter(out, result) };
}

function remapAfterFilter(chains: readonly Piece[][], attachment: ReadonlyMap<number, HeadlinePart[]>): Map<number, HeadlinePart[]> {
  const map = new Map<number, HeadlinePart[]>();
  let k = 0;
  chains.forEach((chain, c) => {
    if (chain.length === 0) return;
    const parts = attachment.get(c);
    if (parts) map.set(k, parts);
    k++;
  });
  return map;
}

/**
 * Each chain's text followed by the titles attached to it: an article's titles hold its key words, so a fragment
 * placed by vocabulary compares them too (an article whose own text is cut into many fragments may keep little more
 * than its dateline and titles).
 */
export function withTitles(chainText: readonly string[], attachment: ReadonlyMap<number, readonly HeadlinePart[]>, lines: readonly PageLine[]): string[] {
  return chainText.map((text, k) => text + (attachment.get(k) ?? []).map((part) => partText(part, lines)).join(''));
}

/** The text opens on a dateline followed by a bracketed credit (`本报某地1月1日讯（记者 张三）`). */
function datelineCarriesCredit(text: string): boolean {
  const opening = compact(text.slice(0, 120));
  const dateline = matchLeadingDateline(opening);
  return dateline !== null && matchLeadingCredit(opening.slice(dateline.length)) !== null;
}

/** Least shared vocabulary for a fragment running from a paragraph's opening to a closing dateline (a whole article
 * whose title went astray) to join another article: dev corpus, such fragments of another article score 0.12–0.18,
 * whole articles under 0.05. */
const WHOLE_JOIN_MIN_SCORE = 0.08;

/**
 * Every article has a headline or a dateline; a chain with neither is a fragment of another article that the
 * extractor put elsewhere. Each such fragment joins (at the end) the anchored chain it shares most words with,
 * preferring the one whose text it directly follows. `blankSeparated`: blank lines set every block apart (pdfminer).
 */
export function mergeOrphans(chains: readonly Piece[][], chainText: readonly string[], attachment: ReadonlyMap<number, HeadlinePart[]>,
  pieces: readonly Piece[], lines: readonly PageLine[] = [], lexicon: Lexicon | null = null, blankSeparated = false): { chains: Piece[][]; parts: HeadlinePart[][] } {
  // Anchored: a chain with a title or a dateline, one a marker starts, and one that begins right after an article's
  // closing credit or dateline — unless its first line carries on a sentence: an extractor that prints a page block by
  // block (pdftotext) puts another article's continuation right after a closing dateline.
  // An article has one title and one dateline: a dateline chain left without a title and a titled chain without a
  // dateline that share their vocabulary are one article the extractor cut in two (the dateline part reads first).
  const pairedInto = new Map<number, number>();
  chains.forEach((chain, d) => {
    if (!chain[0].hasDateline || attachment.has(d)) return;
    let best = -1;
    let bestScore = PAIR_MIN_SIMILARITY;
    chains.forEach((other, t) => {
      if (t === d || !attachment.has(t) || other[0].hasDateline || pairedInto.has(t) || [...pairedInto.values()].includes(t)) return;
      const score = chainSimilarity(chainText[d], chainText[t]);
      if (score > bestScore) { bestScore = score; best = t; }
    });
    if (best >= 0) pairedInto.set(best, d);
  });
  if (pairedInto.size > 0) {
    const moved = new Set(pairedInto.keys());
    const nextChains: Piece[][] = [];
    const nextText: string[] = [];
    const nextAttachment = new Map<number, HeadlinePart[]>();
    chains.forEach((chain, k) => {
      if (moved.has(k)) return;
      const partner = [...pairedInto].find(([, d]) => d === k)?.[0];
      const merged = partner === undefined ? [...chain] : [...chain, ...chains[partner]];
      const parts = attachment.get(partner ?? k) ?? attachment.get(k);
      if (parts) nextAttachment.set(nextChains.length, parts);
      nextChains.push(merged);
      nextText.push(partner === undefined ? chainText[k] : chainText[k] + chainText[partner]);
    });
    return mergeOrphans(nextChains, nextText, nextAttachment, pieces, lines, lexicon, blankSeparated);
  }
  // A chain opening a paragraph right after a closing credit or dateline starts an article only when it closes one
  // too: otherwise it is a fragment like any other (where blank lines mark only column breaks, the column read after
  // an article's end may carry on any article), placed by its words — though never into an article that has closed.
  const opensAfterClosing = (chain: readonly Piece[]) => chain[0].afterClosing && chain[0].startsOpen !== true;
  const anchored = chains.map((chain, k) => attachment.has(k) || chain[0].hasDateline || chain[0].forced === 'article' ||
    (opensAfterClosing(chain) && chain[chain.length - 1].closing));
  if (!anchored.some((a) => a)) return { chains: chains.map((c) => [...c]), parts: chains.map(() => []) };
  const target = chains.map((_, k) => k);
  const opensWithCredit = chains.map((chain, k) => chain[0].hasDateline && datelineCarriesCredit(chainText[k]));
  const pieceChain = new Map<number, number>();
  chains.forEach((chain, k) => chain.forEach((p) => pieceChain.set(p.id, k)));
  let bigrams: ReadonlySet<string> | undefined;
  const lineText = (i: number) => lines[i]?.text ?? '';
  /** The piece printed right before `p` leaves a sentence open that `p`'s first line does not carry on in a word the
   * page uses: the extractor went on with another block there (the sentence's other half is printed elsewhere). */
  const printedAfterCut = (p: Piece) => {
    const above = pieces[p.id - 1];
    return above.endsOpen && !breaksWord(lineText(above.lines[above.lines.length - 1]), lineText(p.lines[0]), bigrams ??= lineBigrams(lines));
  };
  /** The piece ends on a dash leading on into what follows (`……——`). */
  const leadsOn = (p: Piece) => /——$/.test(compact(lineText(p.lines[p.lines.length - 1])));
  // The chain whose titles end on each line: text printed right under a title (a title set across columns heads text
  // in each of them) is that article's.
  const titledAbove = new Map<number, number>();
  attachment.forEach((parts, k) => parts.forEach((part) => { if (part.lines.length > 0) titledAbove.set(part.lines[part.lines.length - 1], k); }));
  const judge = lines.length > 0 ? breakWords(lines, lexicon) : null;
  // An article's open last sentence is carried on by one fragment at most: where some fragments' first lines make a
  // word with it (by the page's pairs or, with a segmenter, its dictionary), only those are favoured for carrying it on.
  // (Without a dictionary the page's pairs alone mislead more often than not: dev pages without a segmenter, CER 9.8 → 14.7%.)
  const claimedTails = new Map<number, number[]>();
  if (judge !== null && lexicon !== null) {
    chains.forEach((other, j) => {
      const tail = other[other.length - 1];
      if (!anchored[j] || !tail.endsOpen) return;
      const claims = chains.map((_, k) => k).filter((k) => !anchored[k] && chains[k][0].startsOpen === true && mayMakeWord(judge(tail, chains[k][0])));
      if (claims.length > 0) claimedTails.set(j, claims);
    });
  }
  chains.forEach((chain, k) => {
    if (anchored[k]) return;
    const head = chain[0];
    // (Only a fragment starting in mid-sentence: the title's article carried on from another column under the title.)
    const underTitle = head.startsOpen === true ? titledAbove.get(head.lines[0] - 1) : undefined;
    // The text printed right before the fragment's first piece on the page (a fragment read round from a paragraph
    // opening printed late does not start with its first printed piece).
    const earliest = chain.reduce((a, b) => (b.lines[0] < a.lines[0] ? b : a));
    const printedBefore = earliest.id > 0 ? pieceChain.get(pieces[earliest.id - 1].id) : undefined;
    // A lead-in (`某地，某某中心——`) leads on into the text printed right below it: where it stands as a fragment of its
    // own, the text below goes where the lead-in went (fragments are placed in page order).
    const afterLeadIn = earliest.id > 0 && leadsOn(pieces[earliest.id - 1]);
    const before = printedBefore !== undefined && afterLeadIn && !anchored[printedBefore] && printedBefore < k && target[printedBefore] >= 0 ? target[printedBefore] : printedBefore;
    let best = -1;
    let bestScore = -Infinity;
    // An article has one dateline: a fragment closing on a dateline joins no article that has one already (left alone,
    // its dateline makes it an article).
    const closesOnDateline = chain[chain.length - 1].endsOnDateline === true;
    // Likewise an article has one credit: a fragment closing on a credit (`……（张三）`) joins no article whose dateline
    // carries one. (A layout credit, `制图：…`, closes a piece too, yet names nobody who wrote the article.)
    const closesOnCredit = chain[chain.length - 1].closing && matchTrailingCredit(chainText[k].trimEnd()) !== null;
    chains.forEach((other, j) => {
      if (!anchored[j] || Math.abs(other[0].lines[0] - head.lines[0]) > NEAR_LINES) return;
      if (closesOnDateline && other.some((p) => p.hasDateline || p.endsOnDateline === true)) return;
      if (closesOnCredit && opensWithCredit[j]) return;
      const similarity = chainSimilarity(chainText[k], chainText[j]);
      let score = similarity;
      // Being printed right after a chain is weak evidence where an extractor prints a page block by block (the block
      // before is as often another article's): shared vocabulary decides unless it is nearly even. Dev corpus: 0.05–0.15
      // score better than 0.2–0.25 or none.
      // (Not where the fragment was printed right after a sentence left open that it does not carry on: there the
      // extractor went on with another block.)
      if (before === j && (afterLeadIn || !printedAfterCut(earliest))) score += 0.1;
      // Being printed right under an article's title is evidence of the same weight.
      if (underTitle === j) score += 0.1;
      const tail = other[other.length - 1];
      // (Not for an article sharing none of the fragment's words: the two halves of a sentence share their article's.)
      if (tail.endsOpen && head.startsOpen === true && similarity > 0 && (!claimedTails.has(j) || claimedTails.get(j)?.includes(k))) score += 0.1;
      // (Text printed right under an article's title is that article's, wherever the extractor read its end from.)
      if (tail.closing && underTitle !== j) score -= 0.2;
      if (score > bestScore) { bestScore = score; best = j; }
    });
    // From a paragraph's opening to a closing dateline, a fragment is a whole article unless an article shares its words.
    const whole = head.startsOpen === false && closesOnDateline;
    const closedHost = best >= 0 && chains[best][chains[best].length - 1].closing;
    target[k] = (whole && best >= 0 && chainSimilarity(chainText[k], chainText[best]) < WHOLE_JOIN_MIN_SCORE) || (opensAfterClosing(chain) && closedHost) ? -1 : best;
  });
  const joins = (a: Piece, b: Piece) => judge !== null && isPageWord(judge(a, b));
  const out: Piece[][] = [];
  const parts: HeadlinePart[][] = [];
  const index = new Map<number, number>();
  chains.forEach((chain, k) => {
    if (!anchored[k]) return;
    index.set(k, out.length);
    out.push([...chain]);
    parts.push(attachment.get(k) ?? []);
  });
  // Halves of a sentence go in first: a fragment placed by page order then falls among the pieces they sit in.
  const orphans = chains.map((_, k) => k).filter((k) => !anchored[k]);
  const joinsHost = (k: number) => {
    const into = index.get(target[k]);
    return into !== undefined && sentenceHalfAt(out[into], chains[k], joins) !== null;
  };
  // A fragment finishing a word that another fragment bound for the same article leaves half-written goes in after that
  // fragment, so that it finds the word's first half in place (pdfminer prints a column's boxes out of order).
  // (Only where that word is the head's one: no open end of the article itself, nor of another fragment, makes one.)
  const bound = new Map<number, number[]>();
  for (const k of orphans) bound.set(target[k], [...(bound.get(target[k]) ?? []), k]);
  const awaitsFragment = (k: number) => {
    const into = index.get(target[k]);
    if (judge === null || into === undefined || chains[k][0].startsOpen === false) return false;
    const ends = (chain: readonly Piece[]) => danglingEnds(chain, chains[k][0], judge).length;
    return ends(out[into]) === 0 && (bound.get(target[k]) ?? []).reduce((n, m) => n + (m !== k ? ends(chains[m]) : 0), 0) === 1;
  };
  const joiningHost = new Set(orphans.filter(joinsHost));
  const awaiting = new Set(orphans.filter((k) => !joiningHost.has(k) && awaitsFragment(k)));
  const joinedFirst = [...joiningHost, ...orphans.filter((k) => !joiningHost.has(k) && !awaiting.has(k)), ...awaiting];
  // A fragment whose first piece was printed after the rest (a paragraph's opening printed late) stands in its host where
  // its first printed line fell: the fragments placed after it are ordered by that line too, not by its first piece's.
  const placedBy = new Map<Piece, number>();
  const orderLine = (p: Piece) => placedBy.get(p) ?? p.lines[0];
  joinedFirst.forEach((k) => {
    const chain = chains[k];
    const into = index.get(target[k]);
    if (into === undefined) { out.push([...chain]); parts.push([]); return; }
    chain[0].paraBreakBefore = true;
    // The fragment goes where its first line falls among the article's pieces in page order (an extractor prints one
    // article's blocks mostly in reading order), never between the halves of a sentence. (Its first line, where its
    // reading starts, not its earliest printed one: a fragment whose sentence runs on into a block printed before it,
    // `…这家公司人` + `力资源部…`, reads from where it starts.)
    const host = out[into];
    const start = chain[0].lines[0];
    let at = host.length;
    // An article whose text starts in mid-sentence (its title was printed inside it, above a continuation) reads from
    // a fragment opening a paragraph that was printed before it. So does one whose title the extractor printed after
    // its opening paragraphs (a title set inside the article's columns): a fragment of whole paragraphs printed before
    // the article's first block that shares its vocabulary as much as two halves of one article do.
    const printedBeforeOpening = chain[0].startsOpen === false && !chain[chain.length - 1].endsOpen && start < host[0].lines[0] &&
      chainSimilarity(chainText[k], chainText[target[k]]) >= PAIR_MIN_SIMILARITY;
    const first = (host[0].startsOpen === true && chain[0].startsOpen !== true) || printedBeforeOpening ? 0 : 1;
    for (let q = first; q < host.length; q++) {
      if (orderLine(host[q]) > start && (q === 0 || (host[q].paraBreakBefore && !host[q - 1].endsOpen))) { at = q; break; }
    }
    // Where blank lines set every block apart (pdfminer), the article's pieces are not in page order once a block was
    // read round (a paragraph's opening printed after the text it leads into), and page order then puts the fragment
    // before a late-printed opening. The extractor printed the fragment right after one of the article's blocks: it
    // goes on after that block, where the block finishes its paragraph and nothing carries it on (not after a block
    // closed by a credit or a jump line: the article ends there). (In page order, that is where it goes anyway.)
    const printedRightBefore = blankSeparated && chain[0].id > 0 ? host.indexOf(pieces[chain[0].id - 1]) : -1;
    if (printedRightBefore >= Math.max(0, first - 1) && !host[printedRightBefore].endsOpen && !host[printedRightBefore].closing &&
      (printedRightBefore + 1 === host.length || host[printedRightBefore + 1].paraBreakBefore)) at = printedRightBefore + 1;
    // Wherever it was printed, a fragment that opens a paragraph and leaves its last sentence open leads into an
    // article that starts in mid-sentence: the two are that sentence's halves.
    if (first === 0 && chain[chain.length - 1].endsOpen) {
      at = 0;
      host[0].paraBreakBefore = false;
    }
    const joined = sentenceHalfAt(host, chain, joins) ?? (judge !== null ? danglingEndAt(host, chain[0], judge) : null);
    if (joined !== null) {
      at = joined;
      if (at < host.length) host[at].paraBreakBefore = false;
      if (at > 0 && host[at - 1].endsOpen) chain[0].paraBreakBefore = false;
    }
    host.splice(at, 0, ...chain);
    if (chain[0].lines[0] !== start) for (const p of chain) placedBy.set(p, start);
  });
  return { chains: out, parts };
}

/**
 * Where a fragment is one half of a sentence the host article leaves open, it goes beside the other half, wherever
 * either was printed: Chinese text wraps in mid-word, so the two halves make a word of the page across the break
 * (an extractor printing a page block by block prints an article's opening or a column's continuation away from its
 * title, so page order alone misplaces it). The fragment's start carries on an open end of the host that nothing
 * carries on yet (goes after it), or its open end runs into a host piece that starts in mid-sentence (goes before it).
 * Null when no half joins.
 */
function sentenceHalfAt(host: readonly Piece[], fragment: readonly Piece[], joins: (a: Piece, b: Piece) => boolean): number | null {
  const head = fragment[0];
  const tail = fragment[fragment.length - 1];
  for (let q = 0; q < host.length; q++) {
    const carriedOn = q + 1 < host.length && !host[q + 1].paraBreakBefore;
    if (host[q].endsOpen && !carriedOn && joins(host[q], head)) return q + 1;
  }
  if (!tail.endsOpen) return null;
  for (let q = 0; q < host.length; q++) {
    const ledInto = q > 0 && !host[q].paraBreakBefore;
    if (host[q].startsOpen === true && !ledInto && joins(tail, host[q])) return q;
  }
  return null;
}

/**
 * Where in `host` a fragment starting with `head` goes on the one open end nothing carries on yet whose word the head
 * finishes, held by one character (see completesDanglingCharacter): the position after that end, or null when none or
 * several do.
 */
function danglingEndAt(host: readonly Piece[], head: Piece, judge: (a: Piece, b: Piece) => BreakWord): number | null {
  const ends = danglingEnds(host, head, judge);
  return ends.length === 1 ? ends[0] + 1 : null;
}

/** The positions in `host` of the open ends nothing carries on yet whose word `head` finishes, held by one character. */
function danglingEnds(host: readonly Piece[], head: Piece, judge: (a: Piece, b: Piece) => BreakWord): number[] {
  if (head.startsOpen === false) return [];
  const found: number[] = [];
  for (let q = 0; q < host.length; q++) {
    const carriedOn = q + 1 < host.length && !host[q + 1].paraBreakBefore;
    if (host[q].endsOpen && !host[q].closing && !carriedOn && host[q] !== head && completesDanglingCharacter(judge(host[q], head))) found.push(q);
  }
  return found;
}
