// Unit tests for marker insertions: what each correction inserts, where, and when it is not offered.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePage } from '../../../src/core/analyze';
import { applyFixes } from '../../../src/core/fix';
import { markerInsertion, markerInsertionsAt } from '../../../src/core/editor/markerEdits';

const seed = fs.readFileSync(path.resolve(__dirname, '../../../../samples/page-01.txt'), 'utf8');

describe('editor: marker insertions', () => {
  const analysis = analyzePage(seed);
  const [first, second] = analysis.segmentation.articles;

  it('inserts `#@ article` on its own line before a body line, and the page then has one more article', () => {
    const line = first.paragraphs[first.paragraphs.length - 1].startLine;
    const insertion = markerInsertion(analysis, line, 'article');
    assert.ok(insertion);
    assert.equal(insertion.targetLine, line);
    assert.equal(insertion.edit.text, '#@ article\n');
    assert.equal(insertion.edit.range.start, analysis.layout.lines[line].start);
    const changed = analyzePage(applyFixes(seed, [insertion.edit]).text);
    assert.equal(changed.segmentation.articles.length, analysis.segmentation.articles.length + 1);
    assert.equal(changed.segmentation.roles[line], 'marker');
  });

  it('puts `#@ merge` before the first body paragraph of the article, where the segmenter reads it', () => {
    const insertion = markerInsertion(analysis, second.startLine, 'merge');
    assert.ok(insertion);
    const target = Math.min(...second.paragraphs.map((p) => p.startLine));
    assert.equal(insertion.targetLine, target);
    assert.equal(insertion.edit.text, '#@ merge\n');
    const changed = analyzePage(applyFixes(seed, [insertion.edit]).text);
    assert.equal(changed.segmentation.roles[target], 'marker');
    assert.equal(changed.layout.lines[target + 1].text, analysis.layout.lines[target].text);
  });

  it('does not offer to merge the first article, to start an article where one starts, or a role the line has', () => {
    assert.equal(markerInsertion(analysis, first.paragraphs[0].startLine, 'merge'), null);
    assert.ok(first.headline);
    assert.equal(markerInsertion(analysis, first.headline.startLine, 'headline'), null);
    const starts = markerInsertionsAt(analysis, first.headline.startLine).map((i) => i.action);
    assert.ok(!starts.includes('headline'));
    assert.ok(starts.includes('caption'));
  });

  it('marks a line as a caption, keeping CRLF line breaks, and the role follows', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    const page = analyzePage(crlf);
    const line = page.segmentation.articles[0].paragraphs[1].startLine;
    const insertion = markerInsertion(page, line, 'caption');
    assert.ok(insertion);
    assert.equal(insertion.edit.text, '#@ caption\r\n');
    const changed = analyzePage(applyFixes(crlf, [insertion.edit]).text);
    assert.equal(changed.segmentation.roles[line + 1], 'caption');
  });

  it('targets the next line with text when the cursor is on a blank line, and offers nothing past the end', () => {
    const blank = analysis.layout.lines.findIndex((l, i) => l.blank && i > 5 && !analysis.layout.lines[i + 1]?.blank);
    const insertion = markerInsertion(analysis, blank, 'byline');
    assert.ok(insertion);
    assert.equal(insertion.targetLine, blank + 1);
    assert.deepEqual(markerInsertionsAt(analyzePage(''), 0), []);
  });

  it('does not insert the same marker twice', () => {
    const line = first.paragraphs[1].startLine;
    const once = markerInsertion(analysis, line, 'caption');
    assert.ok(once);
    const marked = analyzePage(applyFixes(seed, [once.edit]).text);
    assert.equal(markerInsertion(marked, line + 1, 'caption'), null);
    assert.equal(markerInsertion(marked, line, 'caption'), null, 'on the marker line itself');
  });
});
