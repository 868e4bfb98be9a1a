// Regenerates docs/rules/<id>.md's generated blocks and package.json's `newsdump.rules` setting from the rule table.
// `node scripts/gen-rules.mjs` writes; `--check` only reports stale files (exit 1). The parity unit test checks the same.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const check = process.argv.includes('--check');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

// Bundle the TypeScript rule table and generator into memory and load them.
const result = await esbuild.build({
  stdin: {
    contents: "export { rules } from './src/core/rules/index'; export * from './scripts/rulesDocs';",
    resolveDir: root, loader: 'ts',
  },
  bundle: true, write: false, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
const { rules, updateDoc, renderRulesSetting } = module.exports;

const stale = [];
function sync(file, wanted) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current === wanted) return;
  stale.push(path.relative(root, file));
  if (!check) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, wanted);
  }
}

for (const rule of rules) {
  const file = path.join(root, 'docs', 'rules', `${rule.id}.md`);
  sync(file, updateDoc(rule, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null));
}

const packageFile = path.join(root, 'package.json');
const pkg = JSON.parse(fs.readFileSync(packageFile, 'utf8'));
pkg.contributes.configuration.properties['newsdump.rules'] = renderRulesSetting(rules);
sync(packageFile, `${JSON.stringify(pkg, null, 2)}\n`);

if (stale.length > 0) {
  console.log(`${check ? 'stale' : 'updated'}: ${stale.join(', ')}`);
  if (check) process.exitCode = 1;
}
