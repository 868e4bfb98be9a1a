// Every page of the development corpus (and odd inputs) exports without losing a single non-space character.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePage } from '../../../src/core/analyze';
import { toPageJson } from '../../../src/core/export/pageJson';
import { corpusDir } from '../corpus/corpusFiles';
import { lostCharacters } from './conservation';

describe('segment: character conservation', function () {
  it('keeps every non-space character of every dev corpus page', function () {
    const dir = corpusDir(this, 'dev');
    if (!dir) return;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    assert.ok(files.length >= 30, `${files.length} pages`);
    for (const file of files) {
      const text: string = fs.readFileSync(path.join(dir, file), 'utf8');
      const json = toPageJson(analyzePage(text), file);
      assert.deepEqual(lostCharacters(text, json), [], file);
      assert.ok(json.articles.length > 0, `${file}: no article`);
      for (const a of json.articles) for (const p of a.paragraphs) assert.ok(!/[\u4e00-\u9fff]\s|\s[\u4e00-\u9fff]/.test(p), `${file}: spurious space in ${p.slice(0, 20)}`);
    }
  });

  it('segments a dump of many pages page by page (the seed page 20 times: 100 articles, nothing lost)', function () {
    const dir = corpusDir(this, 'seed');
    if (!dir) return;
    const page: string = fs.readFileSync(path.join(dir, 'page-01.txt'), 'utf8');
    const text = `${page}\n\n`.repeat(20);
    const json = toPageJson(analyzePage(text), 'many.txt');
    assert.equal(json.articles.length, 100);
    assert.equal(json.articles.filter((a) => a.headline === '莘县大王寨镇脱贫攻坚不掉一人').length, 20);
    assert.deepEqual(lostCharacters(text, json), []);
  });

  const odd: readonly (readonly [string, string])[] = [
    ['an empty page', ''],
    ['only blank lines', '\n\n  \n'],
    ['CRLF line ends', '聊城高新区召开网络推介会，创新招商引资新模式\r\n\r\n新冠肺炎疫情发生以来，不\r\n但人们的生产生活受到影响。\r\n'],
    ['a 100 000-character line', '中'.repeat(100_000)],
    ['a 100 000-character line of spaced Latin letters', 'a '.repeat(50_000)],
    ['a 240 000-character line of Latin words', 'hello world '.repeat(20_000)],
    ['markers only', '#@ headline\n#@ article\n'],
    ['brackets and datelines everywhere', '（本报北京1月1日电）\n(记者\n本报北京1月1日电（记者\n(马晓慧)\n（下转第四版）'],
  ];
  for (const [label, text] of odd) {
    it(`loses nothing on ${label}`, () => {
      const json = toPageJson(analyzePage(text), 'odd.txt');
      assert.deepEqual(lostCharacters(text, json), []);
      assert.ok(!JSON.stringify(json).includes('#@'));
    });
  }
});
