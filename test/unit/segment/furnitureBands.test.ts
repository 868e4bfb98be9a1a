// The page's furniture band printed as one block (pdftotext -raw runs it into the text): short lines between two
// furniture lines are the band's. Invented page.
import * as assert from 'node:assert/strict';
import { analyzePage } from '../../../src/core/analyze';

describe('segment furniture bands', () => {
  const page = (band: readonly string[]) => [
    '某某晚报 2020年3月5日 星期四 A07',
    ...band,
    '责任编辑：张三 版式设计：李四',
    '本报讯 记者从市交通局获悉，今年全市',
    '将新建公交站台一百二十个，方便市民',
    '出行。据介绍，新建站台多在新建小区',
    '周边，预计年底前全部投入使用。',
  ].join('\n');

  it('takes the short lines between the header and the editors\' credit for furniture', () => {
    const analysis = analyzePage(page(['城市', '订报热线：400-100-2000', '诚邀合作伙伴']));
    const noise = analysis.segmentation.noise.map((n) => n.text);
    for (const text of ['订报热线：400-100-2000', '诚邀合作伙伴']) assert.ok(noise.includes(text), `${text} in ${JSON.stringify(noise)}`);
    const articleText = analysis.segmentation.articles.map((a) => [a.headline, a.kicker, ...a.paragraphs].join('')).join('');
    assert.ok(!articleText.includes('诚邀合作伙伴'), articleText);
    assert.equal(analysis.segmentation.articles.length, 1);
  });

  it('leaves a sentence between two furniture lines in the text', () => {
    const analysis = analyzePage(page(['市区今日多云，气温回升。']));
    assert.ok(!analysis.segmentation.noise.some((n) => n.text.includes('气温回升')), JSON.stringify(analysis.segmentation.noise));
  });
});
