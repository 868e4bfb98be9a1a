// The page's furniture (headers, folios, masthead slogans, ads, jump lines) and its section label, marked before any
// other role: their lines belong to no article, and the layout (column widths, the page's habit) is read without them.
// pdftotext -raw prints the page's header band last, so a section label may close the page as well as open it.
import type { LineRole, NoiseItem, PageLine } from '../../model';
import { cleanInline } from '../clean';
import { isIsolated, neighbourLine } from '../page/lines';
import { compact } from '../page/text';
import { matchLeadingDateline } from './dateline';
import { detectFurniture, isSectionLabel } from './furniture';

/** Marks furniture lines (each one a noise item) and returns the page's section label, if it prints one. */
export function markFurniture(lines: readonly PageLine[], roles: LineRole[], forcedRole: ReadonlyMap<number, LineRole>,
  noise: NoiseItem[]): { text: string; line: number } | null {
  let section: { text: string; line: number } | null = null;
  let lastTextLine = lines.length - 1;
  while (lastTextLine >= 0 && (lines[lastTextLine].blank || roles[lastTextLine] === 'marker')) lastTextLine--;
  let nonBlankSeen = 0;
  for (const line of lines) {
    if (roles[line.index] !== 'body') continue;
    nonBlankSeen++;
    const forced = forcedRole.get(line.index);
    const c = compact(line.text);
    if (forced === 'furniture') { roles[line.index] = 'furniture'; noise.push({ text: cleanInline(line.text), kind: 'other', line: line.index }); continue; }
    if (forced) { roles[line.index] = forced; continue; }
    // pdftotext -raw prints the page's header band last: a section label may also close the page.
    if (isSectionLabel(c) && (nonBlankSeen <= 6 || isIsolated(lines, line.index) || line.index === lastTextLine)) {
      roles[line.index] = 'furniture';
      if (section === null) section = { text: c, line: line.index };
      else noise.push({ text: c, kind: 'section', line: line.index });
      continue;
    }
    const furniture = detectFurniture(line.text, nonBlankSeen <= 4);
    if (furniture && furniture.kind === 'ad' && !isIsolated(lines, line.index) && nonBlankSeen > 4) continue;
    // A letter-spaced dateline at the top of the page is no masthead slogan.
    if (furniture && furniture.kind === 'masthead' && matchLeadingDateline(c)) continue;
    if (furniture) { roles[line.index] = 'furniture'; noise.push({ text: cleanInline(line.text), kind: furniture.kind, line: line.index }); }
  }

  // A short line standing between two furniture lines belongs to that band (an ad's slogan between ad lines).
  // (The ad lines as a set: a long dump may hold many bands, and the noise list grows with them.)
  const adLines = new Set(noise.filter((n) => n.kind === 'ad').map((n) => n.line));
  for (const line of lines) {
    const i = line.index;
    if (roles[i] !== 'body' || forcedRole.has(i) || !isIsolated(lines, i)) continue;
    const c = compact(line.text);
    if (c.length > 16 || /[，。；！？,;!?]/.test(c)) continue;
    const around = [neighbourLine(lines, roles, i, -1), neighbourLine(lines, roles, i, 1)];
    if (around.every((k) => k === null || roles[k] === 'furniture') && around.some((k) => k !== null)) {
      roles[i] = 'furniture';
      const ad = around.some((k) => k !== null && adLines.has(k));
      if (ad) adLines.add(i);
      noise.push({ text: cleanInline(line.text), kind: ad ? 'ad' : 'other', line: i });
    }
  }
  markSandwichedBands(lines, roles, forcedRole, noise, adLines);
  return section;
}

/** Most lines between two furniture lines that a page's furniture band holds (hotlines, a slogan, an ad line). */
const BAND_MAX_LINES = 3;
/** Longest line (characters) a band holds between its furniture lines: slogans and hotlines (`订报热线：400-…`) are short. */
const BAND_LINE_MAX_CHARS = 24;

/**
 * The page's furniture band (header, section label, hotlines, an ad or a slogan, the editors' credit) is printed as
 * one block, and an extractor that prints no blank lines (pdftotext -raw) runs it into the text. A few short lines
 * without sentence punctuation between two furniture lines, with nothing but them in between, are that band's.
 */
function markSandwichedBands(lines: readonly PageLine[], roles: LineRole[], forcedRole: ReadonlyMap<number, LineRole>,
  noise: NoiseItem[], adLines: Set<number>): void {
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== 'furniture') continue;
    const run: number[] = [];
    let k = neighbourLine(lines, roles, i, 1);
    while (k !== null && roles[k] === 'body' && !forcedRole.has(k) && run.length <= BAND_MAX_LINES) {
      const c = compact(lines[k].text);
      if (c.length > BAND_LINE_MAX_CHARS || /[，。；！？,;!?]/.test(c)) break;
      run.push(k);
      k = neighbourLine(lines, roles, k, 1);
    }
    if (k === null || roles[k] !== 'furniture' || run.length === 0 || run.length > BAND_MAX_LINES) continue;
    for (const j of run) {
      roles[j] = 'furniture';
      const ad = detectFurniture(lines[j].text, false)?.kind === 'ad';
      if (ad) adLines.add(j);
      noise.push({ text: cleanInline(lines[j].text), kind: ad ? 'ad' : 'other', line: j });
    }
    i = k - 1;
  }
}
