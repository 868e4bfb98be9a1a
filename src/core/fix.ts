// Applying fixes: exact edits, sorted and non-overlapping, and fix-all repeated to a fixpoint.
import type { Finding, SeveritySetting, TextEdit } from './model';
import type { Segmenter } from './segmenter/segmenter';
import { buildLayout } from './layout/layout';
import type { Rule } from './rules/rule';
import { runRules } from './rules/runRules';

/** Applies edits to `text`. Edits are sorted by position; one that overlaps an earlier edit is skipped. */
export function applyFixes(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const parts: string[] = [];
  let cursor = 0;
  let applied = 0;
  for (const edit of sorted) {
    const { start, end } = edit.range;
    if (start < cursor || end < start || end > text.length) continue;
    parts.push(text.slice(cursor, start), edit.text);
    cursor = end;
    applied++;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), applied };
}

export interface FixAllOptions {
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  readonly segmenter?: Segmenter | null;
  /** The rules to apply (default: the whole table); rule tests pass one rule. */
  readonly rules?: readonly Rule[];
  /** Passes before giving up on a fixpoint (fixes can uncover new findings, like ESLint's 10 passes). */
  readonly maxPasses?: number;
}

export interface FixAllResult {
  readonly text: string;
  /** Edits applied over all passes. */
  readonly fixCount: number;
  readonly passes: number;
}

/** The preferred fixes of a finding list, in order. */
export function preferredFixes(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) if (finding.fix && finding.preferred) edits.push(finding.fix);
  return edits;
}

/** Applies every preferred fix, re-checking the result until nothing is left to fix (at most `maxPasses` times). */
export function fixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  const segmenter = options.segmenter ?? null;
  const severities = options.severities ?? {};
  const maxPasses = options.maxPasses ?? 10;
  let current = text;
  let fixCount = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const findings = runRules(current, buildLayout(current, segmenter), { severities, segmenter, rules: options.rules });
    const edits = preferredFixes(findings);
    if (edits.length === 0) break;
    passes++;
    const result = applyFixes(current, edits);
    if (result.applied === 0 || result.text === current) break;
    current = result.text;
    fixCount += result.applied;
  }
  return { text: current, fixCount, passes };
}
