// Which stretches of the page get which whole-page role (headline, caption, furniture…) and where articles start.
import type { Layout, LineRole, PageAnalysis, PageSegmentation } from '../model';
import { buildOutline } from './outline';

/** The roles the editor paints from the analysis (the grammar cannot know them). */
export type PaintedRole = 'headline' | 'kicker' | 'subheadline' | 'caption' | 'furniture' | 'byline' | 'dateline';

const PAINTED: ReadonlySet<LineRole> = new Set<LineRole>(['headline', 'kicker', 'subheadline', 'caption', 'furniture', 'byline', 'dateline']);

/** One line's visible text (leading and trailing spaces excluded) with its role. */
export interface RoleSpan {
  readonly line: number;
  /** UTF-16 column of the first non-space character. */
  readonly startCharacter: number;
  readonly length: number;
  readonly role: PaintedRole;
}

/** A span per non-blank line whose role is one of the painted ones, in line order. */
export function roleSpans(layout: Layout, roles: readonly LineRole[]): RoleSpan[] {
  const spans: RoleSpan[] = [];
  const count = Math.min(layout.lines.length, roles.length);
  for (let i = 0; i < count; i++) {
    const role = roles[i];
    if (!PAINTED.has(role)) continue;
    const text = layout.lines[i].text;
    const leading = text.length - text.trimStart().length;
    const length = text.trim().length;
    if (length > 0) spans.push({ line: i, startCharacter: leading, length, role: role as PaintedRole });
  }
  return spans;
}

/** The first line of every article (kicker or headline included): where a boundary is drawn. */
export function articleBoundaryLines(segmentation: PageSegmentation): number[] {
  return buildOutline(segmentation).map((node) => node.startLine).sort((a, b) => a - b);
}

const OPENING = /[(（]\s*$/u;
const CLOSING = /^\s*[)）]/u;

/**
 * The spans to paint for a whole page: the line roles, plus the names of every byline on lines whose role is not
 * byline (a byline often shares its lines with the dateline or the first words of the body). Sorted and never
 * overlapping: where a name span meets a role span, the role span stops before it.
 */
export function pageTokenSpans(analysis: PageAnalysis): RoleSpan[] {
  const byLine = new Map<number, RoleSpan[]>();
  for (const span of roleSpans(analysis.layout, analysis.segmentation.roles)) byLine.set(span.line, [span]);
  for (const span of bylineNameSpans(analysis)) {
    const existing = byLine.get(span.line) ?? [];
    const kept: RoleSpan[] = [];
    for (const other of existing) {
      if (other.role === 'byline') continue;
      const end = Math.min(other.startCharacter + other.length, span.startCharacter);
      if (end > other.startCharacter) kept.push({ ...other, length: end - other.startCharacter });
    }
    byLine.set(span.line, [...kept, span]);
  }
  return [...byLine.keys()].sort((a, b) => a - b).flatMap((line) => (byLine.get(line) ?? []).sort((a, b) => a.startCharacter - b.startCharacter));
}

/** Per byline line whose role is not byline: the stretch from the first to the last parsed name, with brackets around it. */
function bylineNameSpans(analysis: PageAnalysis): RoleSpan[] {
  const spans: RoleSpan[] = [];
  const roles = analysis.segmentation.roles;
  for (const article of analysis.segmentation.articles) {
    const byline = article.byline;
    if (!byline) continue;
    const names = [...byline.reporters, ...byline.correspondents, ...byline.authors].filter((n) => n.length > 0);
    for (let line = byline.startLine; line <= byline.endLine; line++) {
      const text = analysis.layout.lines[line]?.text;
      if (text === undefined || roles[line] === 'byline') continue;
      let start = -1;
      let end = -1;
      for (const name of names) {
        const at = text.indexOf(name);
        if (at < 0) continue;
        start = start < 0 ? at : Math.min(start, at);
        end = Math.max(end, at + name.length);
      }
      if (start < 0) continue;
      if (OPENING.test(text.slice(0, start))) start = text.slice(0, start).search(OPENING);
      const closing = CLOSING.exec(text.slice(end));
      if (closing) end += closing[0].length;
      spans.push({ line, startCharacter: start, length: end - start, role: 'byline' });
    }
  }
  return spans;
}
