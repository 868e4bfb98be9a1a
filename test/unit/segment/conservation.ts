// Character conservation as the scorer checks it: every non-space input character must reappear in the page JSON.
import type { PageJson } from '../../../src/core/export/pageJson';
import { parseMarker } from '../../../src/core/segment/markers';

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.normalize('NFKC').replace(/\s+/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** The characters (with how many are missing) of `input` that the JSON's string values do not hold. */
/** Marker lines (`#@ command`) are corrections, not content: they are left out of the input's characters. */
export function lostCharacters(input: string, json: PageJson): string[] {
  const content = input.split(/\r\n|\r|\n/).filter((line, i) => !parseMarker(line, i)).join('\n');
  const strings: string[] = [];
  JSON.stringify(json, (_key, value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    return value;
  });
  const have = bag(strings.join(''));
  const lost: string[] = [];
  for (const [ch, n] of bag(content)) {
    const missing = n - (have.get(ch) ?? 0);
    if (missing > 0) lost.push(`${ch}×${missing}`);
  }
  return lost;
}
