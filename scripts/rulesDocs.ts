// Generates what the rule table drives outside the code: each docs/rules/<id>.md's generated block and the
// `newsdump.rules` setting in package.json. Pure functions, shared by scripts/gen-rules.mjs and the parity test.
import type { Rule } from '../src/core/rules/rule';

export const GENERATED_START = '<!-- generated:start (scripts/gen-rules.mjs; do not edit) -->';
export const GENERATED_END = '<!-- generated:end -->';

/** The hand-written headings every rule page has, in this order. */
export const REQUIRED_HEADINGS = ['## Rule Details', '## Examples', '## When Not To Use It'] as const;

export function renderGeneratedBlock(rule: Rule): string {
  const messages = Object.entries(rule.messages)
    .map(([id, m]) => `| \`${id}\` | ${m.en} | ${m['zh-cn']} |`)
    .join('\n');
  return [
    GENERATED_START,
    `${rule.meta.description.en}`,
    '',
    `${rule.meta.description['zh-cn']}`,
    '',
    `- Default severity: \`${rule.meta.defaultSeverity}\``,
    `- Fixable: ${rule.meta.fixable ? 'yes (exact fixes; fix-all applies the preferred ones)' : 'no'}`,
    `- Tags: ${rule.meta.tags.map((t) => `\`${t}\``).join(', ')}`,
    `- Setting: \`"newsdump.rules": { "${rule.id}": "${rule.meta.defaultSeverity}" }\` (\`"off"\` disables it)`,
    '',
    '| Message id | English | 中文 |',
    '|---|---|---|',
    messages,
    GENERATED_END,
  ].join('\n');
}

/** A new page: title, generated block and the required headings with placeholders for the prose. */
export function renderNewDoc(rule: Rule): string {
  return `# ${rule.id}\n\n${renderGeneratedBlock(rule)}\n\n${REQUIRED_HEADINGS.map((h) => `${h}\n\nTODO\n`).join('\n')}`;
}

/** The page with its generated block brought up to date (hand-written prose kept). */
export function updateDoc(rule: Rule, existing: string | null): string {
  if (existing === null) return renderNewDoc(rule);
  const start = existing.indexOf(GENERATED_START);
  const end = existing.indexOf(GENERATED_END);
  if (start < 0 || end < start) throw new Error(`docs for ${rule.id} lack the generated block markers`);
  return existing.slice(0, start) + renderGeneratedBlock(rule) + existing.slice(end + GENERATED_END.length);
}

/** The `newsdump.rules` configuration property: an object whose properties are the rule ids. */
export function renderRulesSetting(rules: readonly Rule[]): Record<string, unknown> {
  const severities = ['error', 'warning', 'info', 'hint', 'off'];
  return {
    type: 'object',
    markdownDescription: 'Severity of each newsdump check (`"off"` disables it). See docs/rules/<id>.md.',
    properties: Object.fromEntries(rules.map((rule) => [rule.id, {
      type: 'string',
      enum: severities,
      default: rule.meta.defaultSeverity,
      description: rule.meta.description.en,
    }])),
    default: Object.fromEntries(rules.map((rule) => [rule.id, rule.meta.defaultSeverity])),
    additionalProperties: false,
  };
}
