// Small invented pages for the segmentation tests: the articles of a page, and page lines built without a layout.
import { analyzePage } from '../../../src/core/analyze';
import type { Article, PageLine } from '../../../src/core/model';
import { compactWidth } from '../../../src/core/segment/page/text';
import * as assert from 'node:assert/strict';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { type Lexicon, lexiconOf } from '../../../src/core/segment/page/lexicon';
import { loadSegmenter } from '../../../src/core/segmenter/load';

/** The articles the whole pipeline finds on a page. */
export function articlesOf(text: string): readonly Article[] {
  return analyzePage(text).segmentation.articles;
}

/** Page lines for the given texts, as the layout would number them ('\n' line ends). */
export function pageLines(texts: readonly string[]): PageLine[] {
  let offset = 0;
  return texts.map((text, index) => {
    const line: PageLine = { index, start: offset, end: offset + text.length, text, eol: '\n', width: compactWidth(text), blank: text.trim() === '' };
    offset += text.length + 1;
    return line;
  });
}

/** One piece per text line (piece k is line k), open at both ends unless the shape says otherwise. */
export function piecesOf(shapes: readonly Partial<Piece>[]): Piece[] {
  return shapes.map((shape, id) => ({
    id, lines: [id], startsOpen: true, endsOpen: true, hasDateline: false, closing: false, afterClosing: false, forced: null,
    paraBreakBefore: false, breaks: new Set<number>(), ...shape,
  }));
}

/** The wasm segmenter's dictionary, as the link passes ask it (load it in a suite's `before`, with a longer timeout). */
export async function wasmLexicon(): Promise<Lexicon> {
  const lexicon = lexiconOf(await loadSegmenter('wasm'));
  assert.ok(lexicon);
  return lexicon;
}

/** The link maps a link pass works on, as `linkPieces` keeps them, starting from the given links ([from, to] ids). */
export interface LinkState {
  readonly next: Map<number, number>;
  readonly prev: Map<number, number>;
  readonly link: (a: Piece, b: Piece) => void;
  readonly headOf: (id: number) => number;
  /** The links as sorted "from>to" pairs. */
  readonly pairs: () => string[];
}

export function linkState(pieces: readonly Piece[], links: readonly (readonly [number, number])[] = []): LinkState {
  const next = new Map<number, number>();
  const prev = new Map<number, number>();
  const link = (a: Piece, b: Piece) => { next.set(a.id, b.id); prev.set(b.id, a.id); };
  const headOf = (id: number) => { let h = id; while (prev.has(h)) h = prev.get(h) ?? h; return h; };
  for (const [a, b] of links) link(pieces[a], pieces[b]);
  return { next, prev, link, headOf, pairs: () => [...next].map(([a, b]) => `${a}>${b}`).sort() };
}
