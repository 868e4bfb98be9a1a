// Where and what to insert so a `#@ command` marker (docs/markers.md) corrects one segmentation decision at a line.
import type { PageAnalysis, TextEdit } from '../model';
import { MARKER_PREFIX, parseMarker, type MarkerCommand } from '../segment/markers';
import { buildOutline, type OutlineNode } from './outline';

/** The corrections the editor offers as code actions. */
export type MarkerAction = 'article' | 'merge' | 'headline' | 'kicker' | 'subheadline' | 'dateline' | 'byline' | 'caption' | 'furniture' | 'body';

export const ROLE_ACTIONS: readonly MarkerAction[] = ['headline', 'kicker', 'subheadline', 'dateline', 'byline', 'caption', 'furniture', 'body'];

/** A marker to insert, the line it governs and the edit that inserts it. */
export interface MarkerInsertion {
  readonly action: MarkerAction;
  /** 0-based line the marker applies to (the next non-blank line after it). */
  readonly targetLine: number;
  readonly edit: TextEdit;
}

/**
 * The marker insertion for `action` at `line`, or null when it would change nothing: the target already has that
 * role, already starts an article (for `article`), is in the first article (for `merge`), or already has the marker.
 */
export function markerInsertion(analysis: PageAnalysis, line: number, action: MarkerAction, outline: readonly OutlineNode[] = buildOutline(analysis.segmentation)): MarkerInsertion | null {
  const lines = analysis.layout.lines;
  const target = action === 'merge' ? mergeTarget(analysis, outline, line) : nextContentLine(analysis, line);
  if (target === null || target < 0 || target >= lines.length) return null;
  if (action === 'article' && outline.some((node) => node.startLine === target)) return null;
  if (action !== 'article' && action !== 'merge' && analysis.segmentation.roles[target] === action) return null;
  if (markersAbove(analysis, target).includes(action)) return null;
  const targetLine = lines[target];
  const eol = lines.find((l) => l.eol.length > 0)?.eol ?? '\n';
  const indent = /^[ \t\u3000]*/u.exec(targetLine.text)?.[0] ?? '';
  return { action, targetLine: target, edit: { range: { start: targetLine.start, end: targetLine.start }, text: `${indent}${MARKER_PREFIX} ${action}${eol}` } };
}

/** Every insertion that would change something at `line`, in the order the editor lists them. */
export function markerInsertionsAt(analysis: PageAnalysis, line: number): MarkerInsertion[] {
  const actions: MarkerAction[] = ['article', ...ROLE_ACTIONS, 'merge'];
  const outline = buildOutline(analysis.segmentation);
  return actions.map((action) => markerInsertion(analysis, line, action, outline)).filter((x): x is MarkerInsertion => x !== null);
}

/** `line` itself when it has text (and is not a marker), else the next such line. */
function nextContentLine(analysis: PageAnalysis, line: number): number | null {
  const lines = analysis.layout.lines;
  for (let i = Math.max(0, line); i < lines.length; i++) {
    if (!lines[i].blank && !parseMarker(lines[i].text, i)) return i;
  }
  return null;
}

/**
 * Where a `merge` marker goes for the article that contains `line`: before its first body paragraph, since the
 * segmenter links body text across the boundary (docs/markers.md); null in the first article or outside every article.
 */
function mergeTarget(analysis: PageAnalysis, outline: readonly OutlineNode[], line: number): number | null {
  const position = outline.findIndex((n) => line >= n.startLine && line <= n.endLine);
  if (position <= 0) return null;
  const article = analysis.segmentation.articles.find((a) => a.index === outline[position].articleIndex);
  const firstBody = article?.paragraphs.map((p) => p.startLine).sort((x, y) => x - y)[0];
  return firstBody ?? outline[position].startLine;
}

/** The commands of the markers directly above `target` (the run of marker and blank lines before it). */
function markersAbove(analysis: PageAnalysis, target: number): MarkerCommand[] {
  const commands: MarkerCommand[] = [];
  for (let i = target - 1; i >= 0; i--) {
    const line = analysis.layout.lines[i];
    if (line.blank) continue;
    const marker = parseMarker(line.text, i);
    if (!marker) break;
    commands.push(marker.command);
  }
  return commands;
}
