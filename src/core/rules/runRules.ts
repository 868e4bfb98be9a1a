// Runs the rule table over a page. (First cut; the Repair issue fills the table.)
import type { Finding, Layout, SeveritySetting } from '../model';
import type { Segmenter } from '../segmenter/segmenter';

export interface RunRulesOptions {
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly segmenter: Segmenter | null;
}

export function runRules(_text: string, _layout: Layout, _options: RunRulesOptions): Finding[] {
  return [];
}
