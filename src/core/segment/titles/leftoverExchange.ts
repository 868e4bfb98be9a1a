// pdftotext prints a title block where the page has room, not always above its own article: an article then takes a
// title printed right above its opening that is another article's, while its own title, printed elsewhere, is left over.
import type { PageLine } from '../../model';
import type { Segmenter } from '../../segmenter/segmenter';
import { type HeadlinePart, headlineEvidence, partText } from './attach';

/** Least evidence that the article's title names another article's text (half its words there): a title printed above
 * the wrong article, not a line of text taken for a title (held-out pages: those name nothing, or a word by accident). */
const ELSEWHERE_MIN_EVIDENCE = 0.5;

/**
 * An article whose one title shares no vocabulary at all with its text but names another article's, and exactly one
 * title left over (taken by no article) that shares some with it: the article takes the left-over title, and its own
 * goes to the left-overs. (A headline always names something its article says; a title naming another article's
 * things was printed above the wrong article.) Returns the parts now attached and the parts now left over.
 */
export function takeLeftoverTitles(parts: readonly HeadlinePart[], attachment: Map<number, HeadlinePart[]>, chainText: readonly string[],
  lines: readonly PageLine[], segmenter: Segmenter | null): { taken: HeadlinePart[]; dropped: HeadlinePart[] } {
  const attached = new Set([...attachment.values()].flat());
  const leftovers = parts.filter((p) => !attached.has(p));
  const taken: HeadlinePart[] = [];
  const dropped: HeadlinePart[] = [];
  if (leftovers.length === 0) return { taken, dropped };
  for (const [c, list] of attachment) {
    if (list.length !== 1) continue;
    const own = partText(list[0], lines);
    if (headlineEvidence(own, chainText[c], segmenter) > 0) continue;
    if (!chainText.some((text, k) => k !== c && headlineEvidence(own, text, segmenter) >= ELSEWHERE_MIN_EVIDENCE)) continue;
    const sharing = leftovers.filter((l) => !taken.includes(l) && headlineEvidence(partText(l, lines), chainText[c], segmenter) > 0);
    if (sharing.length !== 1) continue;
    dropped.push(list[0]);
    taken.push(sharing[0]);
    attachment.set(c, [sharing[0]]);
  }
  return { taken, dropped };
}
