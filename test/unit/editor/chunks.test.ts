// Unit tests for chunked analysis: chunks cover the text exactly and the merged analysis matches the page's lines.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePage } from '../../../src/core/analyze';
import type { Finding, PageAnalysis } from '../../../src/core/model';
import { AnalysisMerger, mergeChunkAnalyses, splitForAnalysis } from '../../../src/core/editor/chunks';

const seed = fs.readFileSync(path.resolve(__dirname, '../../../../samples/page-01.txt'), 'utf8');

function analyzeInChunks(text: string, size: number): PageAnalysis {
  const chunks = splitForAnalysis(text, size);
  return mergeChunkAnalyses(text, chunks.map((chunk) => ({ chunk, analysis: analyzePage(text.slice(chunk.start, chunk.end)) })));
}

describe('editor: chunked analysis', () => {
  it('covers the text exactly, cutting only at line starts', () => {
    for (const text of [seed, seed.replace(/\n/g, '\r\n'), 'x'.repeat(5000), '', 'a\n\n\nb', '一行\r二行\r\r三行']) {
      const chunks = splitForAnalysis(text, 300);
      assert.equal(chunks[0].start, 0);
      assert.equal(chunks[chunks.length - 1].end, text.length);
      for (let i = 1; i < chunks.length; i++) {
        assert.equal(chunks[i].start, chunks[i - 1].end);
        assert.match(text[chunks[i].start - 1], /[\r\n]/);
        assert.notEqual(text.slice(chunks[i].start - 1, chunks[i].start + 1), '\r\n', 'never between \\r and \\n');
      }
    }
  });

  it('prefers paragraph breaks and keeps a line longer than the limit whole', () => {
    const chunks = splitForAnalysis(seed, 1000);
    assert.ok(chunks.length > 3);
    for (const chunk of chunks.slice(0, -1)) assert.match(seed.slice(chunk.end - 2, chunk.end), /\n\s*\n$|\n\n/);
    const long = `${'长'.repeat(5000)}\n短`;
    assert.deepEqual(splitForAnalysis(long, 100).map((c) => c.end), [5001, long.length]);
  });

  it('numbers the chunks\' first lines as the page does', () => {
    const chunks = splitForAnalysis(seed, 700);
    const whole = analyzePage(seed);
    for (const chunk of chunks) assert.equal(whole.layout.lines[chunk.firstLine].start, chunk.start);
  });

  it('merges into the same lines and roles count as analysing the whole page', () => {
    for (const text of [seed, seed.replace(/\n/g, '\r\n')]) {
      const whole = analyzePage(text);
      const merged = analyzeInChunks(text, 800);
      assert.deepEqual(merged.layout.lines.map((l) => [l.index, l.start, l.end, l.text, l.eol]), whole.layout.lines.map((l) => [l.index, l.start, l.end, l.text, l.eol]));
      assert.equal(merged.segmentation.roles.length, whole.layout.lines.length);
      assert.equal(merged.layout.joins.length, whole.layout.lines.length);
      // Paragraphs may differ where one ran across a chunk boundary; they still lie in the text, in order.
      merged.layout.paragraphs.forEach((p, i, all) => assert.ok(p.range.end <= text.length && (i === 0 || all[i - 1].range.end <= p.range.start)));
      merged.segmentation.articles.forEach((article, i) => assert.equal(article.index, i + 1));
    }
  });

  it('shifts finding and fix ranges by the chunk offset', () => {
    const text = 'aa\n\nbb\n';
    const chunks = splitForAnalysis(text, 3);
    assert.equal(chunks.length, 2);
    const fake: Finding = { ruleId: 'r', messageId: 'm', data: {}, range: { start: 0, end: 1 }, severity: 'info', fix: { range: { start: 1, end: 2 }, text: '' }, preferred: true };
    const parts = chunks.map((chunk) => {
      const analysis = analyzePage(text.slice(chunk.start, chunk.end));
      return { chunk, analysis: { ...analysis, findings: [fake] } };
    });
    const merged = mergeChunkAnalyses(text, parts);
    assert.deepEqual(merged.findings.map((f) => [f.range.start, f.fix?.range.start]), [[0, 1], [4, 5]]);
    assert.equal(merged.text, text);
  });
});

describe('editor: merging owned chunk analyses in place', () => {
  it('gives the same result as copying, shifting a range shared by a finding and its fix once', () => {
    const text = 'aa\n\nbb 1 . 5\n';
    const chunks = splitForAnalysis(text, 3);
    const make = () => chunks.map((chunk) => {
      const analysis = analyzePage(text.slice(chunk.start, chunk.end));
      const range = { start: 0, end: 1 };
      const shared: Finding = { ruleId: 'r', messageId: 'm', data: {}, range, severity: 'info', fix: { range, text: '' }, preferred: true };
      return { chunk, analysis: { ...analysis, findings: [shared] } };
    });
    const copied = new AnalysisMerger(text);
    const owned = new AnalysisMerger(text, true);
    make().forEach((p, i, all) => copied.add(p.chunk, p.analysis, i === all.length - 1));
    make().forEach((p, i, all) => owned.add(p.chunk, p.analysis, i === all.length - 1));
    assert.deepEqual(JSON.parse(JSON.stringify(owned.result())), JSON.parse(JSON.stringify(copied.result())));
    assert.deepEqual(owned.result().findings.map((f) => [f.range.start, f.fix?.range.start]), [[0, 0], [4, 4]]);
  });
});
