#!/usr/bin/env node
// Scores the segmentation on the shared corpora: exports every page with the CLI, then runs the shared scorer.
// usage: node scripts/score.mjs [seed|dev ...] [--verbose]   (builds first; needs ../shared beside the repository)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const corpora = args.filter((a) => !a.startsWith('--'));
if (!fs.existsSync(path.join(shared, 'eval', 'score.mjs'))) {
  console.error(`score: ${shared} has no eval/score.mjs (the shared corpora sit beside the repository)`);
  process.exit(2);
}
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'ignore' });
for (const name of corpora.length > 0 ? corpora : ['seed', 'dev']) {
  const gold = path.join(shared, 'corpus', name);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `newsdump-score-${name}-`));
  const pages = fs.readdirSync(gold).filter((f) => f.endsWith('.txt')).map((f) => path.join(gold, f));
  execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'export', '--format', 'json', '--out', out, ...pages], { stdio: 'ignore' });
  const report = execFileSync(process.execPath, [path.join(shared, 'eval', 'score.mjs'), gold, out, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
  process.stdout.write(`${name}: ${report}`);
  fs.rmSync(out, { recursive: true, force: true });
}
