// Which stretches of the page get which whole-page role (headline, caption, furniture…) and where articles start.
import type { Layout, LineRole, PageSegmentation } from '../model';
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
