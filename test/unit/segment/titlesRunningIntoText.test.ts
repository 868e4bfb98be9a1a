// A title never runs on into the body below it: a title block's last line set exactly as an indented paragraph
// opening, whose last character makes a word with the full line below, is that paragraph's first line.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { createPageContext } from '../../../src/core/segment/page/context';
import { unmarkTitlesRunningIntoText } from '../../../src/core/segment/titles/runningOn';
import { pageLines } from './pages';

describe('segment titles running into the text below', () => {
  const run = (texts: readonly string[], roles: LineRole[]) => {
    const lines = pageLines(texts);
    unmarkTitlesRunningIntoText({ ...createPageContext(lines, roles, new Map()), columnWidth: lines.map(() => 28) });
    return roles;
  };
  const texts = ['湖边候鸟越来越多', '保护站的志愿者们每天在湖', '边巡护，每天给受伤的候鸟喂食，', '保护站今年救助候鸟两百多只。', '志愿者们每天都去湖边巡护。'];

  it('gives the indented opening line that runs on in mid-word back to the body', () => {
    assert.deepEqual(run(texts, ['headline', 'headline', 'body', 'body', 'body']).slice(0, 2), ['headline', 'body']);
  });

  it('keeps a title line that ends a word, or is not set as an indented opening', () => {
    const ends = [...texts];
    ends[1] = '保护站志愿者们每天的工作';
    assert.deepEqual(run(ends, ['headline', 'headline', 'body', 'body', 'body']).slice(0, 2), ['headline', 'headline']);
    const short = [...texts];
    short[1] = '保护站志愿者在湖';
    assert.deepEqual(run(short, ['headline', 'headline', 'body', 'body', 'body']).slice(0, 2), ['headline', 'headline']);
  });
});
