// Unit tests of the renderer's HTML helpers: attribute escaping of hostile page text, and nonces.
import * as assert from 'node:assert/strict';
import { createNonce, escapeAttribute } from '../../../src/extension/preview/html';

function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('preview html helpers', () => {
  const hostile = [
    '"><img src=x onerror=alert(1)>',
    "'></meta><script>alert(2)</script>",
    '</script><!--',
    '&quot; already escaped &amp;lt;',
    '正文“引号”与‘单引号’',
    '',
  ];

  it('leaves no character that could end the attribute or open markup', () => {
    for (const text of hostile) {
      const escaped = escapeAttribute(JSON.stringify({ text }));
      assert.doesNotMatch(escaped, /["'<>]/, text);
    }
  });

  it('round-trips: the client reads back exactly the JSON that was written', () => {
    for (const text of hostile) {
      const json = JSON.stringify({ text, nested: [text] });
      assert.equal(unescapeAttribute(escapeAttribute(json)), json);
      assert.deepEqual(JSON.parse(unescapeAttribute(escapeAttribute(json))), { text, nested: [text] });
    }
  });

  it('makes a fresh 32-character alphanumeric nonce each time', () => {
    const nonces = new Set(Array.from({ length: 200 }, () => createNonce()));
    assert.equal(nonces.size, 200);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9]{32}$/);
  });
});
