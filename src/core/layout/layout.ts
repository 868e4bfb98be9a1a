// Layout reconstruction: physical lines, column widths, joins and paragraphs. (First cut; the Repair issue refines it.)
import type { JoinKind, Layout, LayoutParagraph, PageLine } from '../model';
import type { Segmenter } from '../segmenter/segmenter';

/** Display width in half-width cells: East Asian wide and full-width characters count 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd) || (code >= 0x2018 && code <= 0x201d);
}

/** Splits text into lines, keeping every character: `lines.map(l => l.text + l.eol).join('') === text`. */
export function splitLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  let start = 0;
  const pattern = /\r\n|\r|\n/g;
  for (;;) {
    const match = pattern.exec(text);
    const end = match ? match.index : text.length;
    const lineText = text.slice(start, end);
    lines.push({ index: lines.length, start, end, text: lineText, eol: match ? match[0] : '', width: displayWidth(lineText), blank: lineText.trim() === '' });
    if (!match) break;
    start = end + match[0].length;
  }
  return lines;
}

export function buildLayout(text: string, _segmenter: Segmenter | null): Layout {
  const lines = splitLines(text);
  const joins: JoinKind[] = lines.map(() => 'paragraph-end');
  const paragraphs: LayoutParagraph[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) {
      paragraphs.push({ lines: run, range: { start: lines[run[0]].start, end: lines[run[run.length - 1]].end } });
      run = [];
    }
  };
  for (const line of lines) {
    if (line.blank) flush();
    else run.push(line.index);
  }
  flush();
  return { lines, columnWidths: [], joins, paragraphs };
}
