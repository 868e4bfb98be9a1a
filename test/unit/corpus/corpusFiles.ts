// Locating the shared corpora (`../shared/corpus` from the repository root); tests skip with a message when absent.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Tests run from the repository root (npm scripts). */
export const CORPUS = path.resolve(process.cwd(), '..', 'shared', 'corpus');

/** The corpus folder, or null after telling mocha to skip the suite with a reason. */
export function corpusDir(context: Mocha.Context, sub: string): string | null {
  const dir = path.join(CORPUS, sub);
  if (!fs.existsSync(dir)) {
    console.warn(`  (skipped: corpus folder ${dir} not found)`);
    context.skip();
    return null;
  }
  return dir;
}

export interface GoldArticle {
  readonly body: readonly string[];
}

export interface GoldPage {
  readonly articles: readonly GoldArticle[];
}

export function readGold(file: string): GoldPage {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as GoldPage;
}
