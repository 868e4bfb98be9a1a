// The core's public API: text in, page model out. Pure TypeScript, no `vscode`, runs in Node and in a browser.
export * from './model';
export type { Segmenter, SegmenterBackend, TaggedWord } from './segmenter/segmenter';
export { loadSegmenter, registerSegmenterBackend, isSegmenterBackend, type SegmenterLoader } from './segmenter/load';
export { analyzePage, type AnalyzeOptions } from './analyze';
export { buildLayout, splitLines, displayWidth, contentWidth } from './layout/layout';
export { rules, rulesById } from './rules/index';
export type { Rule, RuleContext, RuleMeta, RuleReport } from './rules/rule';
export { runRules, formatMessage, type RunRulesOptions } from './rules/runRules';
export { applyFixes, fixAll, preferredFixes, type FixAllOptions, type FixAllResult } from './fix';
export { cleanParagraph, cleanParagraphs, cleanText, joinLines, type CleanOptions } from './clean';
export { toPageJson, pageJsonText, type PageJson, type PageJsonArticle, type PageJsonNoise, type PageJsonDateline } from './export/pageJson';
export { parseMarker, MARKER_PREFIX, type Marker, type MarkerCommand } from './segment/markers';
