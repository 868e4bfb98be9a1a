// Headline ↔ body attachment: a headline set after its body goes to the body that shares its words, with or without
// a segmenter.
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';
import { type HeadlinePart, attachHeadlines, headlineEvidence } from '../../../src/core/segment/titles/attach';
import type { Piece } from '../../../src/core/segment/links/pieces';
import { pageLines } from './pages';
import type { Segmenter } from '../../../src/core/segmenter/segmenter';

/** Two articles whose headlines follow their bodies, as pdfminer emits some pages. */
const AFTER = [
  '“我哥王恩仲瘫痪多年了，一',
  '直想办理残疾证。”大王寨镇',
  '的王恩收说道。大王寨镇为了实',
  '现全镇农村贫困人口全部脱贫，',
  '采取多项举措坚决打赢脱贫攻坚',
  '战，不掉一人。',
  '',
  '(马晓慧)',
  '',
  '莘县大王寨镇脱贫攻坚不掉一人',
  '',
  '为响应县级扶贫号召，近期妹冢',
  '镇政府成立专门的领导小组，开',
  '展了全员参与的核查贫困户信息',
  '的工作，帮助贫困户流转土地。',
  '',
  '扶贫落到实处，莘县妹冢镇全员参与核查贫困户信息',
  '',
].join('\n');

/** A fake segmenter that cuts into two-character words (enough to exercise the word signal). */
const pairs: Segmenter = {
  name: 'pairs',
  cut: (text) => text.match(/.{1,2}/gu) ?? [],
  tag: (text) => (text.match(/.{1,2}/gu) ?? []).map((word) => ({ word, tag: 'x' })),
  addWord: () => undefined,
};

describe('segment attach', () => {
  it('scores a headline higher against the body that uses its words', () => {
    const own = headlineEvidence('扶贫落到实处，莘县妹冢镇全员参与核查贫困户信息', '近期妹冢镇政府开展了全员参与的核查贫困户信息的工作', null);
    const other = headlineEvidence('扶贫落到实处，莘县妹冢镇全员参与核查贫困户信息', '大王寨镇为了实现全镇农村贫困人口全部脱贫', null);
    assert.ok(own > other + 0.3, `${own} vs ${other}`);
    const withWords = headlineEvidence('扶贫落到实处', '扶贫落到实处', pairs);
    assert.equal(withWords, 1);
  });

  for (const [label, segmenter] of [['without a segmenter', null], ['with a segmenter', pairs]] as const) {
    it(`attaches headlines that follow their bodies (${label})`, () => {
      const seg = analyzePage(AFTER, { segmenter }).segmentation;
      assert.equal(seg.articles.length, 2);
      const [a, b] = seg.articles;
      assert.equal(a.headline?.text, '莘县大王寨镇脱贫攻坚不掉一人');
      assert.ok(a.paragraphs[0].text.startsWith('“我哥王恩仲'));
      assert.deepEqual(a.byline?.authors, ['马晓慧']);
      assert.equal(b.headline?.text, '扶贫落到实处，莘县妹冢镇全员参与核查贫困户信息');
      assert.ok(b.paragraphs[0].text.startsWith('为响应县级扶贫号召'));
    });
  }

  it('gives a body to the title of two stacked over it that can only be its title; the other finds its own body', () => {
    const page = [
      '市长会见出席园林博览会',
      '的各国主要外宾代表',
      '',
      '园林博览会推动江城绿色发展',
      '——江城园林博览会见闻',
      '',
      '新华社江城5月6日电（记者王小明）',
      '市长6日在江城会见了出席园林博',
      '览会的各国外宾。市长表示，园林',
      '博览会推动江城绿色发展，欢迎各',
      '国外宾常来江城看看，这是见闻。',
      '',
      '本报江城5月6日电（记者钱多多）',
      '园林博览会在江城举办，推动江城',
      '绿色发展。记者在园林博览会上的',
      '见闻，处处可见绿色发展的新气象。',
    ].join('\n');
    const articles = analyzePage(page).segmentation.articles;
    const meeting = articles.find((a) => a.dateline?.text === '新华社江城5月6日电');
    const fair = articles.find((a) => a.dateline?.text === '本报江城5月6日电');
    assert.equal(meeting?.headline?.text, '市长会见出席园林博览会的各国主要外宾代表');
    assert.equal(fair?.headline?.text, '园林博览会推动江城绿色发展');
    assert.equal(fair?.subheadline?.text, '——江城园林博览会见闻');
  });

  it('lets a main title, not the `——` subheadline naming a shared event, lead its block to the body below', () => {
    const texts = [
      '张三集体会见出席东湖水环境论坛主要外宾', '', '湖北治水加快绿色发展', '——2020年东湖水环境论坛见闻', '',
      '本报武汉5月6日电 市长张三21日会', '见了出席东湖水环境论坛的外宾代', '表，介绍了本市的发展情况。', '',
      '以水环境治理为主题的东湖水环境', '论坛在武汉开幕。近年来，湖北治', '水加快绿色发展，成效明显。',
    ];
    const lines = pageLines(texts);
    const piece = (id: number, from: number, to: number, hasDateline: boolean): Piece => ({
      id, lines: Array.from({ length: to - from + 1 }, (_, k) => from + k), startsOpen: false, endsOpen: false, hasDateline,
      closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set(),
    });
    const chains = [[piece(0, 5, 7, true)], [piece(1, 9, 11, false)]];
    const chainText = chains.map((chain) => chain.flatMap((p) => p.lines.map((i) => texts[i])).join(''));
    const meeting: HeadlinePart = { lines: [0], block: 0, group: 0 };
    const main: HeadlinePart = { lines: [2], block: 1, group: 0 };
    const sub: HeadlinePart = { lines: [3], block: 1, group: 0 };
    const attached = attachHeadlines([meeting, main, sub], chains, chainText, lines, null);
    assert.deepEqual(attached.get(0), [meeting], 'the meeting title heads the dateline report right below');
    assert.deepEqual(attached.get(1), [main, sub]);
  });

  it('gives a kicker leading in with a dash, in a block of its own, to the article its title block heads', () => {
    const texts = [
      '林场职工李明今年六十岁，他这辈子', '都在大山深处的林场度过，守护山林', '三十年。', '',
      '“护林模范”李明——', '',
      '本报某地3月1日电 某某市今年新建', '口袋公园三十个，市民出门就能走进', '绿地。', '',
      '三十年，守护山林在大山最深处', '',
      '李明说，当好护林模范是他的责任。', '',
      '某某市新建口袋公园三十个',
    ];
    const lines = pageLines(texts);
    const piece = (id: number, from: number, to: number, hasDateline: boolean): Piece => ({
      id, lines: Array.from({ length: to - from + 1 }, (_, k) => from + k), startsOpen: false, endsOpen: false, hasDateline,
      closing: false, afterClosing: false, forced: null, paraBreakBefore: true, breaks: new Set(),
    });
    const chains = [[piece(0, 0, 2, false), piece(2, 12, 12, false)], [piece(1, 6, 8, true)]];
    const chainText = chains.map((chain) => chain.flatMap((p) => p.lines.map((i) => texts[i])).join(''));
    const kicker: HeadlinePart = { lines: [4], block: 0, group: 0 };
    const title: HeadlinePart = { lines: [10], block: 1, group: 1 };
    const parkTitle: HeadlinePart = { lines: [14], block: 2, group: 2 };
    const attached = attachHeadlines([kicker, title, parkTitle], chains, chainText, lines, null);
    assert.deepEqual(attached.get(0), [kicker, title]);
    assert.deepEqual(attached.get(1), [parkTitle]);
  });
});
