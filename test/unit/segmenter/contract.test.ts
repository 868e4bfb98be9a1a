// The segmenter contract, run against every backend: the wasm one (default, bundled) and nodejieba (native, optional).
import * as assert from 'node:assert/strict';
import { loadSegmenter } from '../../../src/core/segmenter/load';
import type { Segmenter, SegmenterBackend } from '../../../src/core/segmenter/segmenter';
import { wordSpansJoin } from '../../../src/core/layout/layout';
import { registerNodejieba } from '../../../src/node/segmenter/nodejieba';

registerNodejieba();

const BACKENDS: readonly SegmenterBackend[] = ['wasm', 'nodejieba'];
const SENTENCE = '日前，记者了解到，在“一窗受理·一次办好”改革中，聊城走在全省前列。';

for (const backend of BACKENDS) {
  describe(`segmenter contract: ${backend}`, function () {
    // Loading nodejieba's dictionaries takes seconds on a busy machine.
    this.timeout(120_000);
    let segmenter: Segmenter;

    before(async () => {
      const loaded = await loadSegmenter(backend);
      assert.ok(loaded, `${backend} loads`);
      segmenter = loaded;
    });

    it('cut returns words that join back into the input', () => {
      assert.equal(segmenter.cut(SENTENCE).join(''), SENTENCE);
      assert.deepEqual(segmenter.cut(''), []);
    });

    it('cut finds the dictionary words of a sentence', () => {
      const words = segmenter.cut(SENTENCE);
      for (const word of ['日前', '记者', '了解', '改革', '聊城']) assert.ok(words.includes(word), word);
    });

    it('puts one word across a line join where a word was cut (日|前, 位|列, 获|得), and none across unrelated joins', () => {
      assert.ok(wordSpansJoin(segmenter, '苗素红) 日', '前，记者了解到'));
      assert.ok(wordSpansJoin(segmenter, '聊城走在全省前', '列。在全省'));
      assert.ok(wordSpansJoin(segmenter, '聊城有36项指标获', '得满分'));
      assert.ok(!wordSpansJoin(segmenter, '改革取得重大突破。', '记者了解到'));
      assert.ok(!wordSpansJoin(segmenter, '全省第五', '本报聊城'));
    });

    it('tag returns words with part-of-speech tags that join back into the input', () => {
      const tagged = segmenter.tag('聊城高新区召开网络推介会');
      assert.equal(tagged.map((t) => t.word).join(''), '聊城高新区召开网络推介会');
      for (const t of tagged) assert.match(t.tag, /^[a-z]+$/);
      assert.deepEqual(segmenter.tag(''), []);
    });

    it('addWord makes a new word come out whole', () => {
      const word = '一窗受理';
      segmenter.addWord(word);
      assert.ok(segmenter.cut('推行一窗受理改革').includes(word));
    });

    it('is loaded once and shared', async () => {
      assert.equal(await loadSegmenter(backend), segmenter);
    });
  });
}

describe('segmenter backends agree', function () {
  this.timeout(120_000);
  it('both backends cut the seed sentences the same way', async () => {
    const [wasm, native] = await Promise.all([loadSegmenter('wasm'), loadSegmenter('nodejieba')]);
    for (const text of [SENTENCE, '聊城高新区召开网络推介会，创新招商引资新模式', '三大项目视频签约']) {
      assert.deepEqual(wasm!.cut(text), native!.cut(text));
    }
  });

  it("'none' is no segmenter, and an unknown backend is refused", async () => {
    assert.equal(await loadSegmenter('none'), null);
    await assert.rejects(loadSegmenter('other' as SegmenterBackend));
  });
});
