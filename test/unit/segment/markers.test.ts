// The `#@ command` correction markers: parsing, and their effect on the page model and on the page JSON export.
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';
import { toPageJson } from '../../../src/core/export/pageJson';
import { parseMarker } from '../../../src/core/segment/markers';

/** A small two-article page in the pdfminer style (blank lines between paragraphs, headlines wider than the column). */
const PAGE = [
  '聊城市“一窗受理·一次办好”改革评估成绩全省第五',
  '',
  '本报聊城4月19日讯(记者 谢晓丽 通讯员 苗素红) 日',
  '前，记者了解到，在“一窗受理·一',
  '次办好”改革中，聊城走在全省前',
  '列。去年以来，市政府办公室会同',
  '各级各部门攻坚克难，取得突破。',
  '',
  '记者了解到，在“放管服”改革',
  '中，聊城加强顶层设计，形成工作',
  '合力，多部门分领域负责。',
  '',
  '莘县大王寨镇脱贫攻坚不掉一人，全镇干部入户排查',
  '',
  '大王寨镇为了实现全镇农村贫困',
  '人口全部脱贫，确保不落一户，不',
  '掉一人，采取多项举措坚决打赢脱',
  '贫攻坚战。',
  '',
].join('\n');

function withMarker(lineIndex: number, command: string): string {
  const lines = PAGE.split('\n');
  lines.splice(lineIndex, 0, `#@ ${command}`);
  return lines.join('\n');
}

describe('segment markers', () => {
  it('parses `#@ command` lines, with aliases, and nothing else', () => {
    assert.deepEqual(parseMarker('#@ headline', 3), { line: 3, command: 'headline' });
    assert.deepEqual(parseMarker('  #@ 副题', 0), { line: 0, command: 'subheadline' });
    assert.deepEqual(parseMarker('#@article', 1), { line: 1, command: 'article' });
    assert.deepEqual(parseMarker('#@ MERGE', 1), { line: 1, command: 'merge' });
    assert.equal(parseMarker('#@ headline please', 0), null);
    assert.equal(parseMarker('#@ unknown', 0), null);
    assert.equal(parseMarker('本报 #@ headline', 0), null);
  });

  it('segments the unmarked page into two articles (the baseline the markers change)', () => {
    const seg = analyzePage(PAGE).segmentation;
    assert.equal(seg.articles.length, 2);
    assert.equal(seg.articles[0].headline?.text, '聊城市“一窗受理·一次办好”改革评估成绩全省第五');
    assert.equal(seg.articles[1].headline?.text, '莘县大王寨镇脱贫攻坚不掉一人，全镇干部入户排查');
  });

  it('#@ article starts a new article at the next line', () => {
    const seg = analyzePage(withMarker(8, 'article')).segmentation;
    assert.equal(seg.articles.length, 3);
    assert.ok(seg.articles.some((a) => a.paragraphs[0]?.text.startsWith('记者了解到')));
    assert.equal(seg.roles[8], 'marker');
  });

  it('#@ article over a title starts the new article at the title and the body below it', () => {
    const lines = PAGE.split('\n');
    // Make the second title a plain body-looking line first, so only the marker can split there.
    lines.splice(12, 1, '#@ article', '#@ headline', '第二篇文章的标题行');
    const seg = analyzePage(lines.join('\n')).segmentation;
    const second = seg.articles.find((a) => a.headline?.text === '第二篇文章的标题行');
    assert.ok(second);
    assert.ok(second.paragraphs[0].text.startsWith('大王寨镇为了实现'));
  });

  it('#@ merge joins the next line to the article before it', () => {
    const seg = analyzePage(withMarker(14, 'merge')).segmentation;
    const first = seg.articles.find((a) => a.headline?.text.startsWith('聊城市'));
    assert.ok(first);
    assert.ok(first.paragraphs.some((p) => p.text.startsWith('大王寨镇为了实现')));
  });

  it('#@ furniture sends a line to noise, #@ body keeps a would-be headline in the body', () => {
    const furnished = analyzePage(withMarker(12, 'furniture')).segmentation;
    assert.ok(furnished.noise.some((n) => n.text === '莘县大王寨镇脱贫攻坚不掉一人，全镇干部入户排查'));
    assert.ok(furnished.articles.every((a) => a.headline?.text !== '莘县大王寨镇脱贫攻坚不掉一人，全镇干部入户排查'));
    const body = analyzePage(withMarker(0, 'body')).segmentation;
    assert.ok(body.articles.every((a) => a.headline?.text !== '聊城市“一窗受理·一次办好”改革评估成绩全省第五'));
    assert.ok(body.articles.some((a) => a.paragraphs.some((p) => p.text.includes('聊城市“一窗受理'))));
  });

  it('#@ headline, #@ subheadline, #@ caption and #@ byline set the roles of the next line', () => {
    const lines = PAGE.split('\n');
    lines.splice(1, 0, '#@ subheadline', '36项指标获得满分或全省最高分');
    lines.splice(13, 0, '#@ caption', '聊城的办事大厅。');
    lines.push('#@ byline', '马晓慧');
    const seg = analyzePage(lines.join('\n')).segmentation;
    const first = seg.articles[0];
    assert.equal(first.subheadline?.text, '36项指标获得满分或全省最高分');
    assert.deepEqual(seg.articles[1].byline?.authors, ['马晓慧']);
    assert.ok(seg.articles.some((a) => a.captions.some((c) => c.text === '聊城的办事大厅。')));
    const headlined = analyzePage(withMarker(8, 'headline')).segmentation;
    assert.equal(headlined.roles[9], 'headline');
  });

  it('markers are highlighted as markers and never reach the export', () => {
    const text = withMarker(12, 'headline').replace('#@ headline', '#@ headline\n#@ article');
    const analysis = analyzePage(text);
    const markerLines = analysis.layout.lines.filter((l) => l.text.startsWith('#@')).map((l) => l.index);
    assert.equal(markerLines.length, 2);
    for (const i of markerLines) assert.equal(analysis.segmentation.roles[i], 'marker');
    const json = JSON.stringify(toPageJson(analysis, 'page.txt'));
    assert.ok(!json.includes('#@'));
    assert.ok(!json.includes('article"') || !json.includes('#'));
  });
});
