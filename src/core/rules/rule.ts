// The shape of a rule: metadata, localized messages and a `check` that reports findings with exact fixes.
import type { Layout, LocalizedTemplate, Severity, TextEdit, TextRange } from '../model';
import type { Segmenter } from '../segmenter/segmenter';
import type { Gap } from '../text/gaps';

/** What a rule reports; the runner adds the rule id and the configured severity. */
export interface RuleReport {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string>>;
  readonly range: TextRange;
  /** The exact repair; only where it is certain enough to offer. */
  readonly fix?: TextEdit;
  /** Whether fix-all applies the fix (default true); false for a fix offered only as a suggestion. */
  readonly preferred?: boolean;
}

export interface RuleContext {
  readonly text: string;
  readonly layout: Layout;
  readonly segmenter: Segmenter | null;
  /** The inline-space runs of the text, computed once for every spacing rule. */
  readonly gaps: readonly Gap[];
  report(report: RuleReport): void;
}

export interface RuleMeta {
  readonly description: LocalizedTemplate;
  readonly tags: readonly string[];
  /** Whether the rule may attach fixes to its reports (the parity test holds it to this). */
  readonly fixable: boolean;
  readonly defaultSeverity: Severity;
  /** Path of the rule's documentation page, relative to the repository root. */
  readonly docs?: string;
}

export interface Rule {
  /** Stable kebab-case id: the diagnostic code, the CLI's rule name and the configuration key. */
  readonly id: string;
  readonly meta: RuleMeta;
  readonly messages: Readonly<Record<string, LocalizedTemplate>>;
  check(ctx: RuleContext): void;
}

/** A fix that deletes `[start, end)`. */
export function deletion(start: number, end: number): TextEdit {
  return { range: { start, end }, text: '' };
}
