// The 300 clean articles (one article per file, one paragraph per line, no hard wraps) export as one article each:
// short paragraphs, intertitles and list items inside them are body, not titles of new articles.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePage } from '../../../src/core/analyze';
import { toPageJson } from '../../../src/core/export/pageJson';
import { corpusDir } from './corpusFiles';

describe('clean articles (one paragraph per line)', function () {
  this.timeout(120_000);

  it('export as one article per file, every line a whole paragraph, nothing in noise', function () {
    const dir = corpusDir(this, 'clean');
    if (!dir) return;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    assert.ok(files.length >= 300, `${files.length} files`);
    let articles = 0;
    let split = 0;
    let lines = 0;
    let whole = 0;
    let noise = 0;
    for (const file of files) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const json = toPageJson(analyzePage(text), file);
      articles += json.articles.length;
      if (json.articles.length > 1) split++;
      noise += json.noise.length;
      const paragraphs = new Set(json.articles.flatMap((a) => a.paragraphs));
      for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0)) {
        lines++;
        if (paragraphs.has(line.replace(/\s+/g, ''))) whole++;
      }
    }
    console.log(`      ${files.length} files: ${articles} articles (${split} files split), ${whole}/${lines} lines kept as whole paragraphs, ${noise} noise items`);
    // A few files hold two reports, each opening with its own dateline: those split rightly.
    assert.ok(articles <= files.length * 1.02, `${articles} articles`);
    assert.ok(whole / lines >= 0.95, `${whole}/${lines}`);
    assert.ok(noise <= 3, `${noise} noise items`);
  });
});
