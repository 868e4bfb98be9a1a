// The seed page against its hand-made gold: every article, headline, subheadline, dateline, byline and caption exact,
// the body text exact up to whitespace, furniture kept out of articles, and no input character lost.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePage } from '../../../src/core/analyze';
import { toPageJson } from '../../../src/core/export/pageJson';
import { corpusDir } from '../corpus/corpusFiles';
import { lostCharacters } from './conservation';

interface GoldSeedArticle {
  readonly headline: string | null;
  readonly subheadline: string | null;
  readonly dateline: { readonly text: string; readonly place: string; readonly date: string } | null;
  readonly byline: string | null;
  readonly reporters: readonly string[];
  readonly correspondents: readonly string[];
  readonly authors: readonly string[];
  readonly captions: readonly { readonly text: string }[];
  readonly body: readonly string[];
}

const squeeze = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

describe('segment: seed page against gold', function () {
  let text = '';
  let gold: { section: { text: string }; noise: { text: string }[]; articles: GoldSeedArticle[] } | null = null;

  before(function () {
    const dir = corpusDir(this, 'seed');
    if (!dir) return;
    text = fs.readFileSync(path.join(dir, 'page-01.txt'), 'utf8');
    gold = JSON.parse(fs.readFileSync(path.join(dir, 'page-01.gold.json'), 'utf8')) as typeof gold;
  });

  it('finds the five articles with their exact titles, datelines, bylines, captions and bodies', () => {
    assert.ok(gold);
    const json = toPageJson(analyzePage(text), 'page-01.txt');
    assert.equal(json.articles.length, gold.articles.length);
    gold.articles.forEach((g, k) => {
      const p = json.articles[k];
      assert.equal(p.headline, g.headline, `headline ${k + 1}`);
      assert.equal(squeeze(p.subheadline), squeeze(g.subheadline), `subheadline ${k + 1}`);
      assert.equal(p.dateline?.text ?? null, g.dateline?.text ?? null, `dateline ${k + 1}`);
      assert.equal(p.dateline?.place ?? null, g.dateline?.place ?? null);
      assert.equal(p.dateline?.date ?? null, g.dateline?.date ?? null);
      assert.equal(squeeze(p.byline), squeeze(g.byline), `byline ${k + 1}`);
      assert.deepEqual(p.reporters, g.reporters);
      assert.deepEqual(p.correspondents, g.correspondents);
      assert.deepEqual(p.authors, g.authors);
      assert.deepEqual(p.captions.map(squeeze), g.captions.map((c) => squeeze(c.text)));
      assert.equal(squeeze(p.paragraphs.join('')), squeeze(g.body.join('')), `body ${k + 1}`);
    });
  });

  it('keeps the section label and the masthead out of every article, and loses no character', () => {
    assert.ok(gold);
    const json = toPageJson(analyzePage(text), 'page-01.txt');
    assert.equal(json.section, gold.section.text);
    const articleText = squeeze(json.articles.map((a) => [a.headline, a.kicker, a.subheadline, ...a.paragraphs].join('')).join(''));
    for (const n of gold.noise) assert.ok(!articleText.includes(squeeze(n.text)), n.text);
    assert.ok(json.noise.some((n) => squeeze(n.text) === squeeze(gold?.noise[0].text)));
    assert.deepEqual(lostCharacters(text, json), []);
  });

  it('gives every line a role, blank lines "blank", body lines of article text "body"', () => {
    const seg = analyzePage(text).segmentation;
    const lines = text.split('\n');
    assert.equal(seg.roles.length, lines.length);
    lines.forEach((line, i) => { if (line.trim() === '') assert.equal(seg.roles[i], 'blank'); });
    assert.equal(seg.roles[4], 'headline');
    assert.equal(seg.roles[6], 'headline');
    assert.equal(seg.roles[7], 'dateline');
    assert.equal(seg.roles[199], 'caption');
    assert.equal(seg.roles[243], 'byline');
    assert.equal(seg.roles[0], 'furniture');
    assert.equal(seg.roles[10], 'body');
  });
});
