// Line neighbourhood helpers for the role passes: nearest non-blank line, isolation between blank lines.
import type { LineRole, PageLine } from '../../model';

/** The nearest non-blank line in a direction (markers skipped), or null at the page's edge. */
export function neighbourLine(lines: readonly PageLine[], roles: readonly LineRole[], i: number, step: 1 | -1): number | null {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if (!lines[k].blank && roles[k] !== 'marker') return k;
  return null;
}

/** The role of the nearest line in a direction: 'blank' if a blank line comes first (unless skipping blanks). */
export function neighbourRole(lines: readonly PageLine[], roles: readonly LineRole[], i: number, step: 1 | -1, skipBlank = false): LineRole | null {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) {
    if (roles[k] === 'marker' || roles[k] === 'furniture') continue;
    if (lines[k].blank) { if (skipBlank) continue; return 'blank'; }
    return roles[k];
  }
  return null;
}

export function isIsolated(lines: readonly PageLine[], i: number): boolean {
  const before = i === 0 || lines[i - 1].blank;
  const after = i === lines.length - 1 || lines[i + 1].blank;
  return before && after;
}

export function isIsolatedOrEdge(lines: readonly PageLine[], roles: readonly LineRole[], i: number): boolean {
  const edge = (k: number) => k < 0 || k >= lines.length || lines[k].blank || roles[k] !== 'body';
  return edge(i - 1) || edge(i + 1);
}
