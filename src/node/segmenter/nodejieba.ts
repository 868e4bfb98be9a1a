// The nodejieba backend (native, Node only): loaded from the installed package with its dictionaries checked first.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { registerSegmenterBackend } from '../../core/segmenter/load';
import type { Segmenter, TaggedWord } from '../../core/segmenter/segmenter';

interface NodejiebaModule {
  load(options: { dict: string; hmmDict: string; userDict: string; idfDict: string; stopWordDict: string }): unknown;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
  insertWord(word: string): boolean;
}

const DICTIONARIES = {
  dict: 'jieba.dict.utf8',
  hmmDict: 'hmm_model.utf8',
  userDict: 'user.dict.utf8',
  idfDict: 'idf.utf8',
  stopWordDict: 'stop_words.utf8',
} as const;

/**
 * Loads nodejieba. Every dictionary file must exist and be non-empty before `load`: a missing one makes the C++ code
 * call abort(), which would kill the whole process (see docs/segmenter.md).
 */
export async function createNodejiebaSegmenter(): Promise<Segmenter> {
  // A runtime require keeps the native module out of the bundle (it is external in scripts/build.mjs).
  const packageJson = require.resolve('nodejieba/package.json');
  const dictDir = path.join(path.dirname(packageJson), 'submodules', 'cppjieba', 'dict');
  const files = Object.fromEntries(Object.entries(DICTIONARIES).map(([key, name]) => [key, path.join(dictDir, name)])) as
    Record<keyof typeof DICTIONARIES, string>;
  for (const file of Object.values(files)) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat || stat.size === 0) throw new Error(`nodejieba dictionary missing or empty: ${file}`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional native dependency, resolved at run time
  const jieba = require('nodejieba') as NodejiebaModule;
  jieba.load(files);
  return {
    name: 'nodejieba',
    cut: (text) => (text.length === 0 ? [] : jieba.cut(text, false)),
    tag: (text): TaggedWord[] => (text.length === 0 ? [] : jieba.tag(text).map((t) => ({ word: t.word, tag: t.tag }))),
    addWord: (word) => {
      if (word.length > 0) jieba.insertWord(word);
    },
  };
}

/** Registers the backend so `loadSegmenter('nodejieba')` works in this (Node) process. */
export function registerNodejieba(): void {
  registerSegmenterBackend('nodejieba', createNodejiebaSegmenter);
}
