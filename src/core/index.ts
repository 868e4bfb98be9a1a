// The core's public API: text in, page model out. Pure TypeScript, no `vscode`, runs in Node and in a browser.
export * from './model';
export type { Segmenter, SegmenterBackend, TaggedWord } from './segmenter/segmenter';
export { analyzePage, type AnalyzeOptions } from './analyze';
