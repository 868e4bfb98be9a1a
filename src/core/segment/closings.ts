// Captions, credits and closing datelines placed with the articles built from the body: a caption goes to the nearest
// article whose text it resembles most; a credit or closing dateline closes the article whose body ends right above
// it (a credit set between a title and its body leads the body below instead). What finds no article stays on the
// page as noise.
import type { NoiseItem } from '../model';
import { type DraftArticle, nearestArticle, precedingArticle, rangeOf } from './article';
import { cleanInline } from './clean';
import type { PageContext } from './page/context';
import { neighbourLine } from './page/lines';
import type { CaptionBlocks } from './roles/lineRoles';
import { isBareAuthor } from './roles/byline';

/** Gives every caption line, credit and closing dateline of the page to an article, or to the noise. */
export function placeCaptionsAndClosings(ctx: PageContext, articles: DraftArticle[], captions: CaptionBlocks, noise: NoiseItem[]): void {
  const { lines, roles, closingCredits, closingDatelines } = ctx;
  const bodyOwners: (DraftArticle | undefined)[] = new Array<DraftArticle | undefined>(lines.length);
  for (const a of articles) for (const l of a.bodyLines) bodyOwners[l] = a;
  /** Articles whose dateline came from a closing dateline line standing alone. */
  const loneClosing = new Set<DraftArticle>();
  for (const line of lines) {
    const i = line.index;
    if (roles[i] === 'caption') {
      if (captions.inner.has(i)) continue;
      const last = captions.lastLine.get(i) ?? i;
      const text = lines.slice(i, last + 1).map((l) => l.text).join('\n');
      const target = nearestArticle(articles, i, text, bodyOwners);
      if (target) target.captions.push({ text: cleanInline(text), startLine: i, endLine: last });
      else for (let k = i; k <= last; k++) noise.push({ text: cleanInline(lines[k].text), kind: 'other', line: k });
    } else if ((roles[i] === 'byline' && closingCredits.has(i)) || (roles[i] === 'dateline' && closingDatelines.has(i))) {
      const credit = closingCredits.get(i);
      const dateline = closingDatelines.get(i);
      // A credit line set between a title and a body (`本报记者 张三` under the headline) leads the body below it;
      // any other credit line closes the article above it.
      const above = neighbourLine(lines, roles, i, -1);
      const below = neighbourLine(lines, roles, credit?.endLine ?? i, 1);
      const leads = credit !== undefined && dateline === undefined && above !== null && roles[above] === 'headline' && below !== null &&
        roles[below] === 'body' && bodyOwners[below] !== undefined;
      const target = leads && below !== null ? bodyOwners[below] ?? null : precedingArticle(bodyOwners, i);
      // A bare name closing the chain (`……（闫娜）`) is the weakest credit: a wrong link may have brought it from another
      // article. A dateline with a credit, set right after a piece of this article's body, takes its place.
      if (target && dateline && credit && !target.dateline && target.byline && isBareAuthor(target.byline)) {
        noise.push({ text: target.byline.text, kind: 'other', line: target.byline.startLine });
        target.byline = null;
      }
      // Likewise a closing dateline standing alone: a bracket with dateline and credit later on closes the article
      // whole (the lone one closed text a wrong link put in the middle).
      if (target && dateline && credit && target.dateline && !target.byline && loneClosing.has(target)) {
        noise.push({ text: target.dateline.raw ?? target.dateline.text, kind: 'other', line: target.dateline.startLine });
        target.dateline = null;
      }
      if (target && dateline && credit && !target.dateline && !target.byline) {
        target.dateline = { ...dateline, startLine: i, endLine: credit.endLine };
        target.byline = { ...credit.parsed, text: credit.text, range: rangeOf(lines, i, credit.endLine), startLine: i, endLine: credit.endLine };
      } else if (dateline && credit) {
        for (let k = i; k <= credit.endLine; k++) noise.push({ text: cleanInline(lines[k].text), kind: 'other', line: k });
      } else if (target && credit && !target.byline) target.byline = { ...credit.parsed, text: credit.text, range: rangeOf(lines, i, credit.endLine), startLine: i, endLine: credit.endLine };
      else if (target && dateline && !target.dateline) {
        target.dateline = { ...dateline, raw: dateline.raw ?? cleanInline(line.text), startLine: i, endLine: i };
        loneClosing.add(target);
      }
      else noise.push({ text: cleanInline(line.text), kind: 'other', line: i });
      if (target) { target.startLine = Math.min(target.startLine, i); target.endLine = Math.max(target.endLine, i); }
    }
  }
}
