// Runs the rule table over a page: severities from configuration (defaults from each rule), 'off' disables a rule.
import type { Finding, Layout, Locale, SeveritySetting } from '../model';
import type { Segmenter } from '../segmenter/segmenter';
import { scanGaps } from '../text/gaps';
import { rules as allRules, rulesById } from './index';
import type { Rule, RuleReport } from './rule';

export interface RunRulesOptions {
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly segmenter: Segmenter | null;
  /** The rules to run (default: the whole table); tests pass one rule. */
  readonly rules?: readonly Rule[];
}

export function runRules(text: string, layout: Layout, options: RunRulesOptions): Finding[] {
  const findings: Finding[] = [];
  const gaps = scanGaps(text);
  for (const rule of options.rules ?? allRules) {
    const setting = options.severities[rule.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    const report = (r: RuleReport) => {
      if (r.fix && !rule.meta.fixable) throw new Error(`Rule ${rule.id} reported a fix but is not marked fixable.`);
      if (!rule.messages[r.messageId]) throw new Error(`Rule ${rule.id} reported unknown message '${r.messageId}'.`);
      const data = r.data ?? {};
      findings.push(r.fix
        ? { ruleId: rule.id, messageId: r.messageId, data, range: r.range, severity: setting, fix: r.fix, preferred: r.preferred ?? true }
        : { ruleId: rule.id, messageId: r.messageId, data, range: r.range, severity: setting, preferred: false });
    };
    rule.check({ text, layout, segmenter: options.segmenter, gaps, report });
  }
  return findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** The finding's message in the given locale, placeholders filled; the message id itself for an unknown rule. */
export function formatMessage(finding: Finding, locale: Locale = 'en'): string {
  const template = rulesById.get(finding.ruleId)?.messages[finding.messageId]?.[locale];
  if (template === undefined) return finding.messageId;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => finding.data[name] ?? whole);
}
