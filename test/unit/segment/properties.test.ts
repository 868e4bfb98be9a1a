// Property tests of the segmentation: on any text (random pieces of newspaper dumps, markers, brackets, datelines)
// the page JSON keeps every non-space character, never shows a marker, and gives every line a role.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyzePage } from '../../../src/core/analyze';
import { toPageJson } from '../../../src/core/export/pageJson';
import { lostCharacters } from './conservation';
import { parseMarker } from '../../../src/core/segment/markers';

/** Fragments that trigger every role detector, mixed with plain text and line breaks of all kinds. */
const fragments = fc.constantFrom(
  '\n', '\n\n', '\r\n', ' ', '　', '本报北京1月14日电', '新华社北京1月14日电', '（本报华盛顿1月31日电）', '（记者张三、李四）',
  '(记者 谢晓丽 通讯员 苗素红)', '(马晓慧)', '（据新华社电 记者王昆）', '本报记者 周浩 闫福琳', '袁建兵摄（人民视觉）',
  '（下转第四版）', '要闻', '人民日报 2020年1月15日 第6版', ' 找 记 者 上 壹 点', '#@ headline', '#@ article', '#@ merge',
  '#@ byline', '#@ furniture', '聊城市“一窗受理·一次办好”改革评估成绩全省第五', '36项指标获得满分或全省最高分', '外交部发言人——',
  '——青海油田工人的一天', '核心阅读', '前，记者了解到，在“一窗受理·一', '64 . 29%，以85 . 05的综合成绩，位', '列全省第五。',
  '（国际视点）', '(', '）', '“', '”', '中', '。', 'APP 1500', '■难民问题', '本报记者', '（记者周', '春俊）', '\uFEFF', '\u0000',
);
const pageText = fc.array(fragments, { maxLength: 80 }).map((parts) => parts.join(''));

describe('segment: properties', () => {
  it('keeps every non-space character and never exports a marker, whatever the text', () => {
    fc.assert(fc.property(pageText, (text) => {
      const analysis = analyzePage(text);
      const json = toPageJson(analysis, 'p.txt');
      assert.deepEqual(lostCharacters(text, json), []);
      // Marker lines vanish; a `#@` inside ordinary text (not a marker) is text and stays.
      const textHashes = text.split(/\r\n|\r|\n/).filter((line, i) => !parseMarker(line, i)).join('\n').split('#@').length - 1;
      const exported: string[] = [];
      JSON.stringify(json, (_key, value: unknown) => { if (typeof value === 'string') exported.push(value); return value; });
      assert.ok(exported.join('\n').split('#@').length - 1 <= textHashes * 2, 'a marker leaked into the export');
      assert.equal(analysis.segmentation.roles.length, analysis.layout.lines.length);
      for (const a of json.articles) assert.ok(a.lines.start >= 1 && a.lines.start <= a.lines.end);
    }), { numRuns: 1000 });
  });
});
