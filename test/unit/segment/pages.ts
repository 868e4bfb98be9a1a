// Small invented pages for the segmentation tests: the articles of a page, and page lines built without a layout.
import { analyzePage } from '../../../src/core/analyze';
import type { Article, PageLine } from '../../../src/core/model';
import { compactWidth } from '../../../src/core/segment/page/text';

/** The articles the whole pipeline finds on a page. */
export function articlesOf(text: string): readonly Article[] {
  return analyzePage(text).segmentation.articles;
}

/** Page lines for the given texts, as the layout would number them ('\n' line ends). */
export function pageLines(texts: readonly string[]): PageLine[] {
  let offset = 0;
  return texts.map((text, index) => {
    const line: PageLine = { index, start: offset, end: offset + text.length, text, eol: '\n', width: compactWidth(text), blank: text.trim() === '' };
    offset += text.length + 1;
    return line;
  });
}
