// A pull quote printed inside running text with no blank line (pdftotext -raw): one sentence on whole lines, set
// where another sentence is left open and carried on right below it, repeating a sentence of the text nearby.
import * as assert from 'node:assert/strict';
import { findInterruptingQuotes } from '../../../src/core/segment/roles/caption';

describe('segment pull quotes inside running text', () => {
  const page = [
    '湖边的候鸟保护站里，志愿者们正在给',
    '受伤的候鸟喂食。志愿者们说，候鸟越',
    '来越多了。站长老张说，保护站今年又',
    '添了两名志愿者，每天都去湖边巡护，',
    '志愿者们说，候鸟',
    '越来越多了。',
    '看到候鸟回来，大家都很欣慰。',
  ];
  const free = () => true;

  it('finds the quote between the halves of an open sentence', () => {
    assert.deepEqual(findInterruptingQuotes(page, free), [{ first: 4, last: 5 }]);
  });

  it('takes no sentence of the text itself, nor a quote after a finished sentence or without a repeat', () => {
    const finished = [...page];
    finished[3] = '添了两名志愿者，每天都去湖边巡护。';
    assert.deepEqual(findInterruptingQuotes(finished, free), []);
    const once = [...page];
    once[1] = '受伤的候鸟喂食。志愿者们说，今年候鸟';
    assert.deepEqual(findInterruptingQuotes(once, free), []);
  });
});
