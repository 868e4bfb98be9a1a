// A title over a `——` subheadline, on every page: a line opening with a dash right under a short line after a blank
// line is a subheadline, and the line above it the title it completes (body text wrapping onto a dash fills its
// column exactly, so a title may even hold a comma when set off the column measure).
import type { PageContext } from '../page/context';
import { compact } from '../page/text';

/**
 * A title over a `——` subheadline: an unpunctuated line after a blank line, then a line opening with a dash.
 */
export function markTitlesOverDashes(ctx: PageContext): void {
  const { lines, roles, widths, columnWidth, forcedIn } = ctx;
  for (let i = 1; i + 1 < lines.length; i++) {
    const c = compact(lines[i].text);
    const next = compact(lines[i + 1].text);
    if (roles[i] !== 'body' || roles[i + 1] !== 'body' || forcedIn(i, i + 1) || !lines[i - 1].blank) continue;
    // A title may hold a comma (`红领巾心向党，争做新时代好队员`) when set off the column measure: a body line
    // wrapping onto a dash fills the column exactly.
    const commaTitle = /^[^。；！？;!?]+$/.test(c) && !/[，、,]$/.test(c) && Math.abs(widths[i] - columnWidth[i]) > 1;
    if (c.length >= 4 && c.length <= 30 && (!/[，。；！？,;!?]/.test(c) || commaTitle) && /^——/.test(next) && next.length <= 50 && !/。/.test(next)) {
      roles[i] = 'headline';
      roles[i + 1] = 'headline';
    }
  }
}
