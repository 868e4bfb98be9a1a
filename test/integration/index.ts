// The integration suite's entry point: the `run()` contract of @vscode/test-electron, run inside a real extension host.
//
// Both hosts load this file: `scripts/test-host/run-integration.mjs` (code-server, `npm run test:integration`) and
// `runDesktop.ts` (desktop VS Code, `npm run test:desktop`). It runs every `*.test.js` that the build put next to it,
// so a new `test/integration/**/*.test.ts` file needs no registration here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** Environment variable holding a mocha `--grep` pattern (a regular expression source) to run a subset. */
export const GREP_ENV = 'NEWSDUMP_TEST_GREP';

/** Every compiled test file below `dir`, sorted so the order is the same on every run. */
function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // The workspace folder holds fixtures that the tests open, never test code.
    if (entry.isDirectory() && entry.name !== 'workspace') found.push(...findTestFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

/**
 * When the code-server runner sets this variable, every console line of the extension host starts with its value,
 * so the runner can tell the suite's output from the workbench's own chatter, which arrives on the same channel.
 */
export const LOG_MARKER_ENV = 'NEWSDUMP_TEST_LOG_MARKER';

function markConsoleOutput(marker: string): void {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    // The extension host installs its forwarders as getters with a no-op setter, so plain assignment is ignored.
    const descriptor = Object.getOwnPropertyDescriptor(console, method);
    const forward = (descriptor?.get ? descriptor.get.call(console) : console[method]) as (...args: unknown[]) => void;
    Object.defineProperty(console, method, {
      configurable: true,
      enumerable: true,
      writable: true,
      value: (...args: unknown[]) => forward.call(console, `${marker}${util.format(...args)}`),
    });
  }
}

export async function run(): Promise<void> {
  const marker = process.env[LOG_MARKER_ENV];
  if (marker) markConsoleOutput(marker);
  // The code-server host forwards console output line by line and drops printf formatting ("%d passing").
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));

  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  const grep = process.env[GREP_ENV];
  if (grep) mocha.grep(grep);

  console.log(`VS Code ${vscode.version} (${vscode.env.appName}, host ${vscode.env.appHost}, ui ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, remote ${vscode.env.remoteName ?? 'none'}), Node ${process.version}`);
  const files = findTestFiles(__dirname);
  if (files.length === 0) throw new Error(`no *.test.js files under ${__dirname}: run \`node scripts/build.mjs --tests\` first.`);
  for (const file of files) mocha.addFile(file);
  console.log(`integration test files: ${files.map((file) => path.relative(__dirname, file)).join(', ')}${grep ? ` (grep: ${grep})` : ''}`);

  await new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        // A closing line that CI can read whatever the reporter prints.
        console.log(`integration: ${passes} passed, ${failures} failed${pending > 0 ? `, ${pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} tests failed.`));
        else if (passes === 0) reject(new Error('no integration test ran (check the grep pattern).'));
        else resolve();
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
