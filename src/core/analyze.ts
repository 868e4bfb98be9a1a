// The pipeline: lines → layout → findings → articles.
import type { PageAnalysis, SeveritySetting } from './model';
import type { Segmenter } from './segmenter/segmenter';
import { buildLayout } from './layout/layout';
import { runRules } from './rules/runRules';
import { segmentPage } from './segment/segmentPage';

export interface AnalyzeOptions {
  /** Per-rule severity overrides; 'off' disables a rule. */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  /** A loaded segmenter, or null/undefined to analyse without one. */
  readonly segmenter?: Segmenter | null;
}

export function analyzePage(text: string, options: AnalyzeOptions = {}): PageAnalysis {
  const segmenter = options.segmenter ?? null;
  const layout = buildLayout(text, segmenter);
  const findings = runRules(text, layout, { severities: options.rules ?? {}, segmenter });
  const segmentation = segmentPage(text, layout, segmenter);
  return { text, layout, findings, segmentation };
}
