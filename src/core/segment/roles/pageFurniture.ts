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
  return section;
}
