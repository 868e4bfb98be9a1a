// Parity of the rule table with everything it drives (like ESLint's checkRuleFiles): rule files, docs, tests, settings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildLayout } from '../../../src/core/layout/layout';
import { rules } from '../../../src/core/rules/index';
import { runRules } from '../../../src/core/rules/runRules';
import { REQUIRED_HEADINGS, renderGeneratedBlock, renderRulesSetting } from '../../../scripts/rulesDocs';

const ROOT = process.cwd();
const RULE_SUPPORT_FILES = new Set(['index.ts', 'rule.ts', 'runRules.ts']);

/** Text on which every fixable rule has something to fix. */
const SAMPLE = [
  '记者了解到在放管服改革中', '聊城加强顶层设计形成工作', '合力领导高度重视多次听取', '领导高度重视，市委常委', '',
  '会议、得 满 分 或 全 省 64 . 29%，美 国 S NM超硬，会议 + 网络。 ',
].join('\n');

describe('rule table parity', () => {
  it('is sorted by id, ids are unique kebab-case', () => {
    const ids = rules.map((r) => r.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
  });

  it('holds every rule file of src/core/rules, one rule per file named by its id', () => {
    const files = fs.readdirSync(path.join(ROOT, 'src/core/rules')).filter((f) => f.endsWith('.ts') && !RULE_SUPPORT_FILES.has(f));
    assert.deepEqual(files.map((f) => f.replace(/\.ts$/, '')).sort(), rules.map((r) => r.id));
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a docs page with an up-to-date generated block and the required headings, in order', () => {
        const file = path.join(ROOT, 'docs/rules', `${rule.id}.md`);
        assert.ok(fs.existsSync(file), `Missing documentation for rule ${rule.id}`);
        const doc = fs.readFileSync(file, 'utf8');
        assert.ok(doc.startsWith(`# ${rule.id}\n`), 'title is the rule id');
        assert.ok(doc.includes(renderGeneratedBlock(rule)), 'generated block is stale: run node scripts/gen-rules.mjs');
        const positions = REQUIRED_HEADINGS.map((h) => doc.indexOf(`\n${h}\n`));
        assert.ok(positions.every((p) => p > 0), `headings ${REQUIRED_HEADINGS.join(', ')} present`);
        assert.deepEqual(positions, [...positions].sort((a, b) => a - b), 'headings in order');
        assert.ok(!doc.includes('TODO'), 'no placeholder prose left');
        assert.equal(rule.meta.docs, `docs/rules/${rule.id}.md`);
      });

      it('has table-driven tests', () => {
        assert.ok(fs.existsSync(path.join(ROOT, 'test/unit/rules', `${rule.id}.test.ts`)), `Missing tests for rule ${rule.id}`);
      });

      it('has both locales for its description and every message, with the same placeholders', () => {
        assert.ok(rule.meta.description.en && rule.meta.description['zh-cn']);
        for (const [id, message] of Object.entries(rule.messages)) {
          const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
          assert.ok(message.en && message['zh-cn'], `${id} has both locales`);
          assert.deepEqual(placeholders(message['zh-cn']), placeholders(message.en), `${id} placeholders`);
        }
      });

      it('emits a fix if and only if it is fixable', () => {
        const findings = runRules(SAMPLE, buildLayout(SAMPLE, null), { severities: {}, segmenter: null, rules: [rule] });
        assert.ok(findings.length > 0, 'the sample exercises the rule');
        assert.equal(findings.some((f) => f.fix !== undefined), rule.meta.fixable);
      });
    });
  }

  it('package.json contributes the newsdump.rules setting generated from the table', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as
      { contributes: { configuration: { properties: Record<string, unknown> } } };
    assert.deepEqual(pkg.contributes.configuration.properties['newsdump.rules'], renderRulesSetting(rules),
      'stale: run node scripts/gen-rules.mjs');
  });

  it('a rule that reports a fix without being fixable is refused', () => {
    const rogue = { ...rules[0], id: 'rogue', meta: { ...rules[0].meta, fixable: false } };
    assert.throws(() => runRules(SAMPLE, buildLayout(SAMPLE, null), { severities: {}, segmenter: null, rules: [rogue] }), /not marked fixable/);
  });

  it("severity comes from configuration, defaults from the rule, and 'off' disables", () => {
    const layout = buildLayout(SAMPLE, null);
    const byDefault = runRules(SAMPLE, layout, { severities: {}, segmenter: null });
    for (const f of byDefault) assert.equal(f.severity, rules.find((r) => r.id === f.ruleId)!.meta.defaultSeverity);
    const configured = runRules(SAMPLE, layout, { severities: { 'spurious-space': 'hint', 'broken-number': 'off' }, segmenter: null });
    assert.ok(configured.every((f) => f.ruleId !== 'broken-number'));
    assert.ok(configured.filter((f) => f.ruleId === 'spurious-space').every((f) => f.severity === 'hint'));
  });
});
