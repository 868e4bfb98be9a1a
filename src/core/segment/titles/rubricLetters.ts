// A column rubric over readers' letters (来信 pages): a label of a few characters (`来论`-like) heads a column of
// letters, each a short title, a signature line `地名 姓名` and the letter's text. pdfminer prints the label in its own
// text box at a column top, where the text box right below it may well be another article's text carried on from the
// column before (it starts in mid-sentence), while the letters themselves follow the text of the article set above
// them, whose finished last sentence the linking runs on across.
import type { PageLine } from '../../model';
import type { HeadlinePart } from './attach';
import { NEAR_LINES, chainSimilarity } from './attach';
import { piecesText } from '../page/lines';
import type { Piece } from '../links/pieces';
import { HARD_END, balancedMarks, compact } from '../page/text';
import { looksLikeName } from '../roles/names';
import type { Lexicon } from '../page/lexicon';
import { breakWords, makesWord } from '../links/breakWords';

/** Most characters of a rubric label (a column label, not a headline). */
const MAX_RUBRIC_CHARS = 4;
/** Most characters of a letter's title. */
const MAX_LETTER_TITLE_CHARS = 24;

/** A signature line: a place of two to eight characters, a space, a person's name (`某省某市 王小明`). */
function isSignature(text: string): boolean {
  const m = /^\s*([\u4e00-\u9fff]{2,8})\s+([\u4e00-\u9fff]{2,4})\s*$/.exec(text);
  return m !== null && looksLikeName(m[2]);
}

/**
 * Lines opening a letter: a short unpunctuated line standing between blank lines, the next text line a signature
 * standing alone too, the line above (if text) a finished sentence.
 */
export function letterOpenings(lines: readonly PageLine[]): number[] {
  const out: number[] = [];
  const nextText = (k: number, step: number) => {
    let j = k + step;
    while (j >= 0 && j < lines.length && lines[j].blank) j += step;
    return j >= 0 && j < lines.length ? j : -1;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!isSignature(lines[i].text) || i < 2 || !lines[i - 1].blank || (i + 1 < lines.length && !lines[i + 1].blank)) continue;
    const title = nextText(i, -1);
    if (title < 0 || (title > 0 && !lines[title - 1].blank)) continue;
    const c = compact(lines[title].text);
    if (c.length < 4 || c.length > MAX_LETTER_TITLE_CHARS || /[，。；！？,;!?：:、…]/.test(c) || !balancedMarks(c) || isSignature(lines[title].text)) continue;
    const above = nextText(title, -1);
    if (above >= 0 && !HARD_END.test(compact(lines[above].text))) continue;
    out.push(title);
  }
  return out;
}

/**
 * A rubric label (a title of at most four characters, the only title its chain has) over text starting in
 * mid-sentence does not head that text: the text goes to the end of the nearest titled article above the label left
 * open in mid-sentence, and the label heads the letters instead, from the first letter opening after it that the
 * linking put at a piece start inside another article's chain, to that chain's end.
 */
export function rubricOverLetters(given: readonly Piece[][], givenAttachment: ReadonlyMap<number, HeadlinePart[]>,
  lines: readonly PageLine[], lexicon: Lexicon | null = null): { chains: Piece[][]; attachment: Map<number, HeadlinePart[]> } {
  const judge = breakWords(lines, lexicon);
  const chains = given.map((c) => [...c]);
  const attachment = new Map(givenAttachment);
  const openings = letterOpenings(lines);
  if (openings.length === 0) return { chains, attachment };
  const firstLine = (k: number) => chains[k][0].lines[0];
  const lastLine = (k: number) => { const p = chains[k][chains[k].length - 1]; return p.lines[p.lines.length - 1]; };
  for (const [below, parts] of [...attachment]) {
    if (parts.length !== 1 || parts[0].lines.length !== 1 || chains[below].length === 0 || chains[below][0].startsOpen !== true) continue;
    const label = parts[0].lines[0];
    const c = compact(lines[label].text);
    if (c.length < 2 || c.length > MAX_RUBRIC_CHARS || /[，。；！？,;!?：:、…]/.test(c)) continue;
    // The letters: the first opening after the label, at a piece start inside another titled article's chain.
    let letters = -1;
    let at = -1;
    // (Pieces by the line they start on, inside a chain after its first: one lookup per opening, not a scan.)
    const pieceAt = new Map<number, { chain: number; at: number }>();
    chains.forEach((chain, k) => chain.forEach((p, j) => { if (j > 0) pieceAt.set(p.lines[0], { chain: k, at: j }); }));
    for (const line of openings) {
      if (line <= label || line - label > NEAR_LINES) continue;
      const found = pieceAt.get(line);
      if (!found || found.chain === below || !attachment.has(found.chain)) continue;
      letters = found.chain;
      at = found.at;
      break;
    }
    if (letters < 0) continue;
    // The open end: the titled chain ending nearest above the label, in mid-sentence — unless the text's first line
    // finishes a word with the open end of such chains (by the page's pairs or the dictionary): Chinese lines wrap in
    // mid-word, so one of those is the sentence the text carries on, the one whose text shares the most vocabulary.
    const ends: number[] = [];
    chains.forEach((chain, k) => {
      if (k === below || k === letters || !attachment.has(k) || chain.length === 0 || !chain[chain.length - 1].endsOpen) return;
      if (lastLine(k) >= label || label - lastLine(k) > NEAR_LINES || firstLine(k) >= label) return;
      ends.push(k);
    });
    const wordEnds = ends.filter((k) => makesWord(judge(chains[k][chains[k].length - 1], chains[below][0])));
    const textUnder = piecesText(chains[below], lines);
    const shared = (k: number) => chainSimilarity(textUnder, piecesText(chains[k], lines));
    const open = wordEnds.length > 0 ? wordEnds.reduce((best, k) => (shared(k) > shared(best) ? k : best)) :
      ends.reduce((best, k) => (best < 0 || lastLine(k) > lastLine(best) ? k : best), -1);
    if (open < 0) continue;
    chains[below][0].paraBreakBefore = false;
    chains[open] = [...chains[open], ...chains[below]];
    chains[below] = chains[letters].slice(at);
    chains[letters] = chains[letters].slice(0, at);
  }
  const kept: Piece[][] = [];
  const keptAttachment = new Map<number, HeadlinePart[]>();
  chains.forEach((chain, k) => {
    if (chain.length === 0) return;
    const parts = attachment.get(k);
    if (parts) keptAttachment.set(kept.length, parts);
    kept.push(chain);
  });
  return { chains: kept, attachment: keptAttachment };
}
