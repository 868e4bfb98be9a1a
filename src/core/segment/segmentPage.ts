// Segments a page into articles. (First cut: one article per page; the Segmentation issue replaces it.)
import type { Layout, LineRole, PageSegmentation } from '../model';
import type { Segmenter } from '../segmenter/segmenter';

export function segmentPage(_text: string, layout: Layout, _segmenter: Segmenter | null): PageSegmentation {
  const roles: LineRole[] = layout.lines.map((line) => (line.blank ? 'blank' : 'body'));
  const paragraphs = layout.paragraphs.map((p) => ({
    text: p.lines.map((i) => layout.lines[i].text.replace(/\s+/g, '')).join(''),
    startLine: p.lines[0],
    endLine: p.lines[p.lines.length - 1],
  }));
  if (paragraphs.length === 0) return { section: null, noise: [], articles: [], roles };
  return {
    section: null,
    noise: [],
    roles,
    articles: [{
      index: 1, headline: null, kicker: null, subheadline: null, dateline: null, byline: null, captions: [], paragraphs,
      startLine: paragraphs[0].startLine, endLine: paragraphs[paragraphs.length - 1].endLine,
    }],
  };
}
