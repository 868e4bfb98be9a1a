// A dictionary word across a break (the segmenter's dictionary) re-links an open end whose next piece makes no word.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { linkByDictionaryWords } from '../../../src/core/segment/links/dictionaryJoins';
import { lexiconOf, type Lexicon } from '../../../src/core/segment/page/lexicon';
import { pageLines, piecesOf, wasmLexicon } from './pages';

/** The links after the pass, as "from>to" pairs, starting from the given ones. */
function relink(texts: readonly string[], shapes: readonly Partial<Piece>[], links: readonly [number, number][], lexicon: Lexicon): string[] {
  const lines = pageLines(texts);
  const pieces = piecesOf(shapes);
  const next = new Map<number, number>();
  const prev = new Map<number, number>();
  const link = (a: Piece, b: Piece) => { next.set(a.id, b.id); prev.set(b.id, a.id); };
  for (const [a, b] of links) link(pieces[a], pieces[b]);
  linkByDictionaryWords(pieces, lines, lexicon, next, prev, link);
  return [...next].map(([a, b]) => `${a}>${b}`).sort();
}

describe('segment links by dictionary words across breaks', () => {
  let lexicon: Lexicon;
  before(async function () {
    this.timeout(30_000);
    lexicon = await wasmLexicon();
  });

  it('finds the dictionary word a break cuts, and none where the halves meet at a word boundary or off Han text', () => {
    assert.equal(lexicon.wordAcross('小镇新建的图书', '馆已经开放'), '图书馆');
    assert.equal(lexicon.wordAcross('岁月如梭，转眼', '间又是一年'), '转眼间');
    assert.equal(lexicon.wordAcross('小镇新建的图书', '树木茂盛'), null);
    assert.equal(lexicon.wordAcross('今年产量翻了一番。', '馆已经开放'), null);
    assert.equal(lexicon.wordAcross('全年接待游客约', '2000人次'), null);
    assert.equal(lexiconOf(null), null);
    // A 100 000-character line is looked at only near the break.
    assert.equal(lexicon.wordAcross(`${'今'.repeat(100_000)}的图书`, `馆${'天'.repeat(100_000)}`), '图书馆');
  });

  it('re-links an open end from a wordless neighbour to the continuation that completes its word', () => {
    const texts = ['小镇新建的图书', '树木茂盛，空气清新。', '馆已经开放，藏书三万册。'];
    // The extractor printed another article's continuation (1) right after the open end (0).
    assert.deepEqual(relink(texts, [{}, {}, {}], [[0, 1]], lexicon), ['0>2']);
  });

  it('leaves a link the dictionary cannot judge, one that makes a word, and a choice between equal words', () => {
    // The neighbour starts on a digit: the break tells nothing.
    assert.deepEqual(relink(['小镇新建的图书', '2000册新书上架。', '馆已经开放。'], [{}, {}, {}], [[0, 1]], lexicon), ['0>1']);
    // The neighbour already completes a word (`公路`), though another continuation would make one too (`公园`).
    assert.deepEqual(relink(['村里新修的公', '路通到了村口。', '园开放了。'], [{}, {}, {}], [[0, 1]], lexicon), ['0>1']);
    // Two continuations would each complete a word as long: nothing tells which.
    assert.deepEqual(relink(['小镇新建的图书', '树木茂盛。', '馆已经开放。', '馆藏丰富。'], [{}, {}, {}, {}], [[0, 1]], lexicon), ['0>1']);
  });

  it('takes no continuation whose own link makes a word, nor an opening, and lets the longest word go first', () => {
    // Piece 2 goes on from piece 3 (`汽车|站`): it is taken already.
    assert.deepEqual(relink(['小镇新建的图书', '树木茂盛。', '站已经开放。', '长途汽车'], [{}, {}, {}, {}], [[0, 1], [3, 2]], lexicon), ['0>1', '3>2']);
    // Piece 2 goes on from piece 3's Han character (`减少|政府…` is no word, yet a phrase): it is not taken either.
    const phrase = ['河水终于又清', '了。', '政府对市场的干预。', '最大限度减少'];
    assert.deepEqual(relink(phrase, [{}, {}, {}, {}], [[0, 1], [3, 2]], lexicon), ['0>1', '3>2']);
    // After a finished sentence, a continuation is free to take.
    const after = ['小镇新建的图书', '树木茂盛。', '馆已经开放。', '这是一件大事。'];
    assert.deepEqual(relink(after, [{}, {}, {}, { endsOpen: false }], [[0, 1], [3, 2]], lexicon), ['0>2']);
    // An indented opening (not a continuation) is no sentence's second half.
    assert.deepEqual(relink(['小镇新建的图书', '树木茂盛。', '馆已经开放。'], [{}, {}, { startsOpen: false }], [[0, 1]], lexicon), ['0>1']);
    // Both open ends could take piece 4; `转眼间` (three characters) is the rarer accident than `一间`.
    const texts = ['说来也怪，一', '树木茂盛。', '岁月如梭，转眼', '花开正艳。', '间又是一年。'];
    assert.deepEqual(relink(texts, [{}, {}, {}, {}, {}], [[0, 1], [2, 3]], lexicon), ['0>1', '2>4']);
  });

  it('lets no link that makes a word give way, not even to a longer one', () => {
    // `同学` holds though `同一个` is longer: a longer word across a break is no surer than a shorter one.
    const texts = ['到了晚上，有钱的同', '学去逛街。', '一个古老的小镇。'];
    assert.equal(lexicon.wordAcross(texts[0], texts[1]), '同学');
    assert.deepEqual(relink(texts, [{}, {}, {}], [[0, 1]], lexicon), ['0>1']);
  });

  it('breaks a tie between equally long words by the vocabulary the open end\'s article shares', () => {
    // Open end 1 (after 0, an article about the library) could go on with 3 (`图书馆`) or 4 (`图书馆`); 4 talks of the
    // library's books and readers as 0 does, 3 of something else.
    const texts = ['小镇图书馆藏书三万册，读者借阅图书方便。', '今年小镇新建的图书', '树木茂盛。', '馆里举办了书法展览和绘画展览。', '馆藏书三万册，读者借阅方便。'];
    assert.deepEqual(relink(texts, [{ endsOpen: false }, {}, {}, {}, {}], [[0, 1], [1, 2]], lexicon), ['0>1', '1>4']);
    // Without the shared vocabulary nothing tells the two apart.
    const plain = ['今年小镇新建的图书', '树木茂盛。', '馆里举办了书法展览。', '馆外种满了花草。'];
    assert.deepEqual(relink(plain, [{}, {}, {}, {}], [[0, 1]], lexicon), ['0>1']);
  });

  it('leaves an open end no earlier pass linked to the later passes, even where it alone completes a word', () => {
    assert.deepEqual(relink(['小镇新建的图书', '树木茂盛。', '馆已经开放。'], [{}, {}, {}], [], lexicon), []);
  });

  it('takes a paragraph\'s last line printed right under a title as a continuation, not one elsewhere', () => {
    // 0 took its neighbour 1 (no word); 3 finishes a paragraph right under the title on line 2 (`图书|馆`).
    const lines = pageLines(['小镇新建的图书', '树木茂盛，空气清新。', '一行标题', '馆已经开放。', '这是一件大事。']);
    const roles: LineRole[] = lines.map((_, i) => (i === 2 ? 'headline' : 'body'));
    const tailUnder = (titled: boolean) => {
      const pieces = piecesOf([{}, {}, { lines: [3, 4], startsOpen: false, mayStartOnTail: true }]);
      const next = new Map<number, number>();
      const prev = new Map<number, number>();
      const link = (a: Piece, b: Piece) => { next.set(a.id, b.id); prev.set(b.id, a.id); };
      link(pieces[0], pieces[1]);
      linkByDictionaryWords(pieces, lines, lexicon, next, prev, link, titled ? roles : lines.map(() => 'body'));
      return [...next].map(([a, b]) => `${a}>${b}`).sort();
    };
    assert.deepEqual(tailUnder(true), ['0>2']);
    // Without the title above, the short opening line is a paragraph's indented start: no sentence's second half.
    assert.deepEqual(tailUnder(false), ['0>1']);
  });
});
