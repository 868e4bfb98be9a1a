// The rule table: every rule, sorted by id, one line each. Diagnostics, the CLI, the docs and the settings all read it.
import brokenNumber from './broken-number';
import columnBreak from './column-break';
import lineEdgeSpace from './line-edge-space';
import spacedLatin from './spaced-latin';
import spuriousSpace from './spurious-space';
import type { Rule } from './rule';

export const rules: readonly Rule[] = [
  brokenNumber,
  columnBreak,
  lineEdgeSpace,
  spacedLatin,
  spuriousSpace,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
