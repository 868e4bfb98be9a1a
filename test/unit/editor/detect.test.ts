// Unit tests for page-dump detection: real dumps are recognised; clean articles, prose and code are not.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectPageDump, looksLikePageDump } from '../../../src/core/editor/detect';

const shared = path.resolve(__dirname, '../../../../../shared/corpus');

describe('editor: page-dump detection', () => {
  it('does not take an empty or tiny file for a dump', () => {
    assert.equal(looksLikePageDump(''), false);
    assert.equal(looksLikePageDump('本报讯\n记者 张三\n'), false);
  });

  it('does not take English prose or source code for a dump', () => {
    const prose = Array.from({ length: 30 }, (_, i) => `This is line ${i} of an ordinary English text file`).join('\n');
    const code = Array.from({ length: 30 }, (_, i) => `const value${i} = compute(${i}); // 计算`).join('\n');
    assert.equal(looksLikePageDump(prose), false);
    assert.equal(looksLikePageDump(code), false);
  });

  it('recognises the shipped seed page', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../../samples/page-01.txt'), 'utf8');
    const evidence = detectPageDump(text);
    assert.equal(evidence.isPageDump, true, JSON.stringify(evidence));
    assert.ok(evidence.cueCount >= 2);
  });

  it('recognises a synthetic hard-wrapped column with CRLF line breaks', () => {
    const body = '在全省二零一九年改革成效第三方评估的指标中聊城有三十六项指标获得满分或全省最高分占比很高位列全省第五' + '在全省二零一九年改革成效第三方评估的指标中聊城有三十六项指标获得满分或全省最高分占比很高位列全省第五去年以来市政府办公室会同各级各部门践行目标担当作为攻坚克难';
    const lines: string[] = [];
    for (let i = 0; i < body.length * 3; i += 12) lines.push(body.repeat(3).slice(i, i + 12));
    assert.equal(looksLikePageDump(lines.join('\r\n')), true);
  });

  it('recognises every development page and none of the clean one-paragraph-per-line articles', function () {
    if (!fs.existsSync(shared)) {
      console.warn(`  (skipped: corpus folder ${shared} not found)`);
      this.skip();
    }
    const dev = fs.readdirSync(path.join(shared, 'dev')).filter((f) => f.endsWith('.txt'));
    const missed = dev.filter((f) => !looksLikePageDump(fs.readFileSync(path.join(shared, 'dev', f), 'utf8')));
    assert.deepEqual(missed, []);
    const clean = fs.readdirSync(path.join(shared, 'clean')).filter((f) => f.endsWith('.txt'));
    const wrong = clean.filter((f) => looksLikePageDump(fs.readFileSync(path.join(shared, 'clean', f), 'utf8')));
    assert.ok(clean.length > 100);
    assert.deepEqual(wrong, []);
  });
});
