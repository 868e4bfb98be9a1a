// Grammar test: tokenizes page-dump lines with the real TextMate engine and checks the scopes documented in docs/grammar.md.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.resolve(__dirname, '../../../..');
let grammar: textmate.IGrammar;

/** Tokenizes one line; returns [text, scopes] for every token. */
function tokenize(line: string): [string, string[]][] {
  const result = grammar.tokenizeLine(line, textmate.INITIAL);
  return result.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes]);
}

/** The scopes of the token that covers `needle` in `line` (the whole needle must be one token). */
function scopesOf(line: string, needle: string): string[] {
  const start = line.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in ${line}`);
  const result = grammar.tokenizeLine(line, textmate.INITIAL);
  const token = result.tokens.find((t) => t.startIndex <= start && t.endIndex > start);
  assert.ok(token);
  assert.equal(line.slice(token.startIndex, token.endIndex), needle, `token boundaries of ${needle}: ${JSON.stringify(tokenize(line))}`);
  return token.scopes;
}

before(async () => {
  const wasm = fs.readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'text.newsdump') return null;
      const file = path.join(root, 'syntaxes/newsdump.tmLanguage.json');
      return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const loaded = await registry.loadGrammar('text.newsdump');
  assert.ok(loaded);
  grammar = loaded;
});

describe('grammar: text.newsdump', () => {
  it('is the grammar package.json contributes for the newsdump language', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const entry = manifest.contributes.grammars.find((g: { language: string }) => g.language === 'newsdump');
    assert.equal(entry.scopeName, 'text.newsdump');
    assert.equal(path.resolve(root, entry.path), path.join(root, 'syntaxes/newsdump.tmLanguage.json'));
  });

  it('tokenizes a dateline with its agency, place, date and 讯/电', () => {
    const line = '本报聊城4月19日讯(记者';
    assert.ok(scopesOf(line, '本报').includes('entity.name.tag.agency.newsdump'));
    assert.ok(scopesOf(line, '聊城').includes('entity.name.place.newsdump'));
    assert.ok(scopesOf(line, '4月19日').includes('constant.other.date.newsdump'));
    assert.ok(scopesOf(line, '讯').includes('keyword.other.dateline.newsdump'));
    assert.ok(scopesOf(line, '讯').includes('meta.dateline.newsdump'));
  });

  it('tokenizes a news-agency dateline ending in 电 and a full-width-bracketed byline', () => {
    const line = '新华社北京1月31日电（记者 冯华）记者从国家航天局获悉';
    assert.ok(scopesOf(line, '新华社').includes('entity.name.tag.agency.newsdump'));
    assert.ok(scopesOf(line, '电').includes('keyword.other.dateline.newsdump'));
    assert.ok(scopesOf(line, '记者').includes('keyword.other.byline-role.newsdump'));
    assert.ok(scopesOf(line, '冯华').includes('entity.name.person.newsdump'));
    assert.ok(scopesOf('本报记者 张三', '张三').includes('entity.name.person.newsdump'));
  });

  it('tokenizes a spaced-out dateline as a dateline, not as a spaced run', () => {
    const line = '本 报 聊 城 4 月 1 9 日 讯 ( 记';
    assert.ok(scopesOf(line, '讯').includes('keyword.other.dateline.newsdump'));
    assert.ok(!tokenize(line).some(([, scopes]) => scopes.some((s) => s.startsWith('invalid.deprecated.spaced-run'))));
  });

  it('tokenizes a byline: role words and the names after them', () => {
    const line = '谢晓丽 通讯员 苗素红) 日';
    assert.ok(scopesOf(line, '通讯员').includes('keyword.other.byline-role.newsdump'));
    assert.ok(scopesOf(line, '苗素红').includes('entity.name.person.newsdump'));
    assert.ok(scopesOf(line, '苗素红').includes('meta.byline.newsdump'));
    const second = '者 唐学钰 通讯员 王鑫 )';
    assert.ok(scopesOf(second, '王鑫').includes('entity.name.person.newsdump'));
  });

  it('does not take 记者了解到 in body text for a byline', () => {
    for (const line of ['前，记者了解到，在“一窗受理·一', '记者了解到，在“放管服”改']) {
      assert.ok(!tokenize(line).some(([, scopes]) => scopes.includes('meta.byline.newsdump')), line);
    }
  });

  it('tokenizes malformed numbers as invalid.illegal.number', () => {
    for (const [line, number] of [['64 . 29%，以85 . 05的综合成绩', '64 . 29%'], ['7 . 5个工作日', '7 . 5'], ['4 月 1 9 日', '1 9']]) {
      assert.ok(scopesOf(line, number).includes('invalid.illegal.number.newsdump'), `${line}: ${JSON.stringify(tokenize(line))}`);
    }
    assert.ok(!tokenize('占比64.29%，2019年').some(([, scopes]) => scopes.includes('invalid.illegal.number.newsdump')));
  });

  it('tokenizes spaced runs, trailing credits, jump lines and markers', () => {
    assert.ok(scopesOf('得 满 分 或 全 省 最 高 分 ，', '得 满 分 或 全 省 最 高 分').includes('invalid.deprecated.spaced-run.newsdump'));
    const credit = '（张三 李四 摄）';
    assert.ok(scopesOf(credit, '摄').includes('keyword.other.credit.newsdump'));
    assert.ok(scopesOf(credit, '张三 李四').includes('entity.name.person.newsdump'));
    assert.ok(scopesOf('（下转第2版）', '2').includes('constant.numeric.page.newsdump'));
    assert.ok(scopesOf('（下转第2版）', '下转第').includes('keyword.control.jump.newsdump'));
    assert.ok(scopesOf('#@ headline', 'headline').includes('keyword.other.marker.newsdump'));
    assert.ok(scopesOf('#@ 标题', '#@').includes('punctuation.definition.comment.marker.newsdump'));
    assert.ok(scopesOf('#@ nonsense', 'nonsense').includes('invalid.illegal.marker.newsdump'));
  });

  it('leaves ordinary body text unscoped', () => {
    const tokens = tokenize('聊城走在全省前列。');
    assert.deepEqual(tokens.map(([, scopes]) => scopes), [['text.newsdump']]);
  });
});
