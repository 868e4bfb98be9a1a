// Builds every bundle of the project with esbuild: the extension, the CLI, the preview client and (with --tests) the test suites.
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const withTests = process.argv.includes('--tests');

/** Options every bundle shares; the jieba wasm dictionary is inlined so one file works everywhere. */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  target: 'es2022',
  logLevel: 'warning',
  loader: { '.wasm': 'binary' },
  legalComments: 'none',
};

const nodeExternals = ['vscode', 'nodejieba'];

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: nodeExternals },
  { ...common, entryPoints: ['src/extension/analysis/workerMain.ts'], outfile: 'dist/analysisWorker.js', platform: 'node', format: 'cjs', external: nodeExternals },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', external: nodeExternals, banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/webview/main.ts'], outfile: 'media/preview.js', platform: 'browser', format: 'iife', sourcemap: false },
];

if (withTests) {
  const testCommon = { ...common, minify: false, sourcemap: 'inline', platform: 'node', format: 'cjs', outbase: '.', outdir: 'out' };
  builds.push(
    { ...testCommon, entryPoints: ['test/unit/**/*.test.ts'], external: [...nodeExternals, 'mocha'] },
    { ...testCommon, entryPoints: ['test/integration/**/*.ts'], external: [...nodeExternals, 'mocha'] },
  );
  if (fs.existsSync('bench')) {
    builds.push({ ...testCommon, entryPoints: ['bench/**/*.ts'], external: nodeExternals });
  }
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[watch] build started');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  if (fs.existsSync('dist/cli.js')) {
    fs.chmodSync('dist/cli.js', 0o755);
  }
}
