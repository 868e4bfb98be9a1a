// The word-segmenter interface: the core depends on this, never on a particular jieba port.

export interface TaggedWord {
  readonly word: string;
  readonly tag: string;
}

/** A Chinese word segmenter. Implementations are loaded lazily; analysis works (with fewer signals) without one. */
export interface Segmenter {
  readonly name: string;
  cut(text: string): string[];
  tag(text: string): TaggedWord[];
  addWord(word: string): void;
}

export type SegmenterBackend = 'wasm' | 'nodejieba' | 'none';
