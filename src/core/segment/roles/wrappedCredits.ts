// Closing credits that stand on lines of their own but wrap over them: a narrow column breaks a long list of reporters
// (`（本报记者王小明、朱` / `丽、马大成、钱多多）`), and an extractor may print a blank line (a column break) inside it.
// Read as one credit line, the credit closes the article above it and the text after it opens another; left as body
// lines it would run two articles together.
import type { PageLine } from '../../model';
import { matchTrailingCreditLines, type ParsedByline } from './byline';

/** Most text lines a wrapped credit spans (the opening one included). */
const MAX_CREDIT_LINES = 4;

export interface WrappedCredit {
  /** The credit's text lines, the opening one first. */
  readonly lines: readonly number[];
  /** The raw text, line ends as '\n'. */
  readonly raw: string;
  readonly parsed: ParsedByline;
}

/**
 * The credit that opens at line `i` and closes a few text lines further down, or null. The opening line starts with the
 * bracket and a role word (`（本报记者…`, `（通讯员…`): a role word vouches for the names wrapped after it, where
 * bare names in a bracket could be any words. The closing line ends on the bracket. `canTake` says whether a line is
 * still free running text.
 */
export function findWrappedCredit(lines: readonly PageLine[], i: number, canTake: (k: number) => boolean): WrappedCredit | null {
  const opening = lines[i].text;
  // (The paper, posting or rank before the role word, `（人民日报记者…`, `（本报全媒体记者…`, are read by parseCredit.)
  if (!/^\s*[（(][^（()）]{0,10}?(?:记\s*者|通\s*讯\s*员)/.test(opening) || /[)）]/.test(opening)) return null;
  const taken = [i];
  for (let k = i + 1; k < lines.length && taken.length < MAX_CREDIT_LINES; k++) {
    if (lines[k].blank) continue;
    if (!canTake(k)) return null;
    taken.push(k);
    if (!/[)）]/.test(lines[k].text)) continue;
    const texts = taken.map((l) => lines[l].text.trim());
    const credit = matchTrailingCreditLines(texts);
    // The whole run is the credit: it opens at the start of the first line and nothing follows its bracket.
    if (!credit || credit.line !== 0 || credit.offset !== 0) return null;
    return { lines: taken, raw: texts.join('\n'), parsed: credit.parsed };
  }
  return null;
}

