// Table-driven rule tests in the ESLint RuleTester shape: valid texts, invalid texts with their errors and fixed output,
// each also run as CRLF and full-width-space (U+3000) variants, with the invariants every rule must keep.
import * as assert from 'node:assert/strict';
import { buildLayout, splitLines } from '../../../src/core/layout/layout';
import { fixAll } from '../../../src/core/fix';
import type { Finding } from '../../../src/core/model';
import type { Rule } from '../../../src/core/rules/rule';
import { runRules } from '../../../src/core/rules/runRules';

export interface ExpectedError {
  readonly messageId: string;
  /** 1-based line and column (UTF-16 units) of the finding's start. */
  readonly line: number;
  readonly column: number;
  /** Whether fix-all applies the fix (default true when the rule is fixable). */
  readonly preferred?: boolean;
}

export interface InvalidCase {
  readonly text: string;
  /** The text after fix-all with this rule alone (required: a case that fixes must say what it fixes to). */
  readonly output: string;
  readonly errors: readonly ExpectedError[];
  /** Run the CRLF and U+3000 variants too (default true). */
  readonly variants?: boolean;
}

export type ValidCase = string | { readonly text: string; readonly variants?: boolean };

export interface RuleTests {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

function check(rule: Rule, text: string): Finding[] {
  return runRules(text, buildLayout(text, null), { severities: {}, segmenter: null, rules: [rule] });
}

function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

function position(text: string, offset: number): { line: number; column: number } {
  const lines = splitLines(text);
  let index = 0;
  while (index + 1 < lines.length && lines[index + 1].start <= offset) index++;
  return { line: index + 1, column: offset - lines[index].start + 1 };
}

function assertInvariants(rule: Rule, text: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    assert.ok(finding.range.start >= 0 && finding.range.end <= text.length && finding.range.start <= finding.range.end, 'range inside the text');
    assert.ok(rule.messages[finding.messageId], `message '${finding.messageId}' exists`);
    if (finding.fix) {
      assert.ok(rule.meta.fixable, 'only fixable rules fix');
      const replaced = text.slice(finding.fix.range.start, finding.fix.range.end);
      assert.equal(withoutSpace(replaced), withoutSpace(finding.fix.text), 'a fix only moves or removes whitespace');
    }
  }
  const fixes = findings.filter((f) => f.fix).map((f) => f.fix!.range).sort((a, b) => a.start - b.start);
  for (let i = 1; i < fixes.length; i++) assert.ok(fixes[i - 1].end <= fixes[i].start, 'fixes never overlap');
}

type Variant = { readonly name: string; readonly apply: (text: string) => string };

const VARIANTS: readonly Variant[] = [
  { name: 'LF', apply: (t) => t },
  { name: 'CRLF', apply: (t) => t.replace(/\n/g, '\r\n') },
  { name: 'U+3000', apply: (t) => t.replace(/ /g, '\u3000') },
];

export function describeRule(rule: Rule, tests: RuleTests): void {
  describe(`rule ${rule.id}`, () => {
    describe('valid', () => {
      for (const item of tests.valid) {
        const text = typeof item === 'string' ? item : item.text;
        const variants = typeof item === 'string' || item.variants !== false ? VARIANTS : VARIANTS.slice(0, 1);
        for (const variant of variants) {
          it(`${JSON.stringify(text)} (${variant.name})`, () => {
            const input = variant.apply(text);
            assert.deepEqual(check(rule, input).map((f) => `${f.messageId}@${f.range.start}`), []);
          });
        }
      }
    });
    describe('invalid', () => {
      for (const item of tests.invalid) {
        const variants = item.variants === false ? VARIANTS.slice(0, 1) : VARIANTS;
        for (const variant of variants) {
          it(`${JSON.stringify(item.text)} → ${JSON.stringify(item.output)} (${variant.name})`, () => {
            const input = variant.apply(item.text);
            const findings = check(rule, input);
            assertInvariants(rule, input, findings);
            // Positions are compared on the LF form: the CRLF variant shifts only later lines' offsets, not columns.
            const actual = findings.map((f) => ({ messageId: f.messageId, ...position(input, f.range.start), preferred: f.preferred }));
            const expected = item.errors.map((e) => ({ messageId: e.messageId, line: e.line, column: e.column, preferred: e.preferred ?? rule.meta.fixable }));
            assert.deepEqual(actual, expected);
            const fixed = fixAll(input, { rules: [rule] }).text;
            assert.equal(fixed, variant.apply(item.output));
            assert.equal(withoutSpace(fixed), withoutSpace(input), 'only whitespace changed');
            assert.deepEqual(check(rule, fixed).filter((f) => f.fix && f.preferred), [], 'nothing fixable left in the output');
          });
        }
      }
    });
  });
}
