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
  // Articles are found without the segmenter: measured on the dev pages it lowers article F1 (0.631 against 0.647
  // without), and leaving it out makes the preview and outline (which load one) show exactly what the export
  // (which runs without one, in the CLI and in the editor) writes.
  const segmentation = segmentPage(text, segmenter ? buildLayout(text, null) : layout, null);
  return { text, layout, findings, segmentation };
}
