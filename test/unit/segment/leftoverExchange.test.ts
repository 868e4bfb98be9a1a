// An article under another article's title takes its own title, left over elsewhere (titles/leftoverExchange.ts).
import * as assert from 'node:assert/strict';
import type { HeadlinePart } from '../../../src/core/segment/titles/attach';
import { takeLeftoverTitles } from '../../../src/core/segment/titles/leftoverExchange';
import { pageLines } from './pages';

describe('segment a title printed above the wrong article', () => {
  const lines = pageLines(['果园春耕忙', '候鸟迁徙观察站建成']);
  // Article 0: orchards (its title is elsewhere); article 1: migrant birds, with its own title.
  const texts = ['山区果农忙着修剪果树，果园里春耕正忙，一片繁忙景象。', '湖边新建的候鸟观察站记录候鸟迁徙，观察站建成后每天有人值守。'];
  const part = (line: number): HeadlinePart => ({ lines: [line], block: line, group: 0 });

  it('gives the article the left-over title its text shares words with, and leaves over the one naming another article', () => {
    const own = part(0);
    const wrong = part(1);
    const attachment = new Map<number, HeadlinePart[]>([[0, [wrong]]]);
    const result = takeLeftoverTitles([own, wrong], attachment, texts, lines, null);
    assert.deepEqual(attachment.get(0), [own]);
    assert.deepEqual(result, { taken: [own], dropped: [wrong] });
  });

  it('keeps a title that shares words with its article, or one that names no other article either', () => {
    const attachment = new Map<number, HeadlinePart[]>([[1, [part(1)]]]);
    assert.deepEqual(takeLeftoverTitles([part(0), part(1)], attachment, texts, lines, null), { taken: [], dropped: [] });
    // The wrong title names nothing of the other article's text: a line of text taken for a title, left alone.
    const nowhere = pageLines(['果园春耕忙', '雪山脚下牧民转场']);
    const kept = new Map<number, HeadlinePart[]>([[0, [part(1)]]]);
    assert.deepEqual(takeLeftoverTitles([part(0), part(1)], kept, texts, nowhere, null), { taken: [], dropped: [] });
    assert.equal(kept.get(0)?.[0].lines[0], 1);
  });
});
