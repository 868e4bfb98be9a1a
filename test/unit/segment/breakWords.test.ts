// One judgement of whether two halves make a word across a break: the page's own pairs, and a dictionary's words.
import * as assert from 'node:assert/strict';
import { breakWords, isDictionaryWord, isPageWord, isWordless, makesWord, mayMakeWord, wordEvidence } from '../../../src/core/segment/links/breakWords';
import type { Piece } from '../../../src/core/segment/links/pieces';
import type { Lexicon } from '../../../src/core/segment/page/lexicon';
import { pageLines, wasmLexicon } from './pages';

const piece = (line: number): Piece => ({ id: line, lines: [line], startsOpen: true, endsOpen: true, hasDateline: false, closing: false,
  afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set() });

describe('segment break words', () => {
  let lexicon: Lexicon;
  before(async function () {
    this.timeout(30_000);
    lexicon = await wasmLexicon();
  });

  // 0|1 makes `海港`, a pair the page prints twice; 2|3 makes `图书馆` (a dictionary word printed once); 4|5 makes
  // `蓝苹`, neither; 6|7 meets at a digit.
  const texts = ['船只进了海', '港，海港里很热闹，海港很大。', '小镇新建的图书', '馆已经开放。', '天空很蓝', '苹果熟了。', '今年', '2000人来过。'];

  it('tells a page word, a dictionary word, none, and a break it cannot judge', () => {
    const lines = pageLines(texts);
    const judge = breakWords(lines, lexicon);
    const port = judge(piece(0), piece(1));
    assert.ok(isPageWord(port) && makesWord(port) && port.pageCount === 2);
    const library = judge(piece(2), piece(3));
    assert.ok(!isPageWord(library) && isDictionaryWord(library) && makesWord(library) && library.dictionaryLength === 3);
    const none = judge(piece(4), piece(5));
    assert.ok(isWordless(none) && !makesWord(none) && !mayMakeWord(none) && wordEvidence(none) === 0);
    const digits = judge(piece(6), piece(7));
    assert.ok(!digits.judgeable && !isWordless(digits) && !makesWord(digits));
    // A page word outranks a dictionary word; a longer dictionary word a shorter one.
    assert.ok(wordEvidence(port) > wordEvidence(library) && wordEvidence(library) > 0);
  });

  it('knows only the page\'s pairs without a segmenter, and judges each page and lexicon apart', () => {
    const lines = pageLines(texts);
    const withDictionary = breakWords(lines, lexicon);
    const pageOnly = breakWords(lines, null);
    assert.notEqual(withDictionary, pageOnly);
    assert.equal(breakWords(lines, lexicon), withDictionary);
    assert.ok(isPageWord(pageOnly(piece(0), piece(1))));
    const library = pageOnly(piece(2), piece(3));
    assert.ok(library.judgeable && library.dictionaryLength === 0 && isWordless(library));
  });
});
