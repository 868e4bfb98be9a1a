// A `——` lead-in set between an article's title and its text (`某地，某某中心——`) opens the text.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { leadInsUnderTitles } from '../../../src/core/segment/titles/leadIns';
import { pageLines } from './pages';

describe('lead-ins under titles', () => {
  // The lead-in wraps in mid-word (`气象观` + `测站——`), a word the text uses again.
  const texts = ['守在岗位上的人们', '', '青海，高原气象观', '', '测站——', '', '天还没亮，值班员已经走到气象观测场', '记下第一组数据。气象观测不能停。'];
  const lines = pageLines(texts);
  const roles: LineRole[] = ['headline', 'blank', 'headline', 'blank', 'headline', 'blank', 'body', 'body'];

  it('reads a title line ending on a dash, with text below it and a title above it, as body, with the line it completes in a word', () => {
    assert.deepEqual(leadInsUnderTitles(lines, roles, new Set()), [2, 4]);
  });

  it('leaves a dash kicker leading into a title, a forced title, and a lead-in with no title above', () => {
    const kicker: LineRole[] = ['headline', 'blank', 'headline', 'blank', 'headline', 'blank', 'headline', 'body'];
    assert.deepEqual(leadInsUnderTitles(lines, kicker, new Set()), []);
    assert.deepEqual(leadInsUnderTitles(lines, roles, new Set([4])), []);
    const alone: LineRole[] = ['body', 'blank', 'headline', 'blank', 'headline', 'blank', 'body', 'body'];
    assert.deepEqual(leadInsUnderTitles(lines, alone, new Set()), []);
  });

  it('keeps the title above when the lead-in does not complete it in a word of the page', () => {
    const single = pageLines(['守在岗位上的人们', '', '青海，高原气象站——', '', '天还没亮，值班员已经走到观测场。']);
    assert.deepEqual(leadInsUnderTitles(single, ['headline', 'blank', 'headline', 'blank', 'body'], new Set()), [2]);
  });
});
