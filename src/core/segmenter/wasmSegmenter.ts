// The default segmenter: jieba compiled to WebAssembly, bundled as bytes, so it runs in Node, Electron and browsers alike.
import { add_word, cut, initSync, tag } from 'jieba-wasm/web';
// The package's export map hides pkg/*, so the bytes are imported by path (see docs "Bundling facts").
import wasmBytes from '../../../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm';
import type { Segmenter, TaggedWord } from './segmenter';

let initialized = false;

/** Instantiates the module once; the ~4 MB dictionary is only decoded here, never at import or activation. */
export function createWasmSegmenter(): Segmenter {
  if (!initialized) {
    initSync({ module: wasmBytes });
    initialized = true;
  }
  return {
    name: 'jieba-wasm',
    // HMM off: only dictionary words, the same answers as nodejieba's default `cut`.
    cut: (text) => (text.length === 0 ? [] : cut(text, false)),
    tag: (text): TaggedWord[] => (text.length === 0 ? [] : tag(text, true).map((t) => ({ word: t.word, tag: t.tag }))),
    addWord: (word) => {
      if (word.length > 0) add_word(word);
    },
  };
}
