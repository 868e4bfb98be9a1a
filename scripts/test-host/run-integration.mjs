// Runs the integration suite (out/test/integration/index.js) inside a real VS Code: code-server's Node extension host,
// driven by headless Chromium. Prints the suite's output and exits with its result.
//
// Environment:
//   NEWSDUMP_TEST_GREP=pattern      run only the tests whose full title matches (mocha grep, a RegExp source)
//   NEWSDUMP_TEST_WORKSPACE=/dir    copy this folder instead of test/integration/workspace as the workspace
//   NEWSDUMP_TEST_TIMEOUT=seconds   overall limit for the run (default 600); past it the run fails
//   NEWSDUMP_TEST_KEEP=1            keep the temporary run folder (code-server log, workspace) for a post-mortem
//   NEWSDUMP_TEST_SCREENSHOT=file   save a screenshot of the workbench when the suite ends
//   NEWSDUMP_TEST_VERBOSE=1         also print the workbench's own log lines (always kept in workbench.log)
// Everything in the environment reaches the extension host, so tests can read their own variables too.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureTestHost } from './install-code-server.mjs';
import {
  CHROMIUM_ARGS, chromiumPath, freePort, makeRunDir, prepareTestWorkspace, remoteUri, repoRoot, startCodeServer, workbenchUrl, writeUserSettings,
} from './host.mjs';

const suiteIndex = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
const timeoutMs = Number(process.env.NEWSDUMP_TEST_TIMEOUT || 600) * 1000;
const verbose = Boolean(process.env.NEWSDUMP_TEST_VERBOSE);
/** Prefix the suite puts on its console lines (NEWSDUMP_TEST_LOG_MARKER in test/integration/index.ts). */
const LOG_MARKER = '@@newsdump-test@@';

function say(message) {
  console.log(`[integration] ${message}`);
}

/** The running code-server, so an interrupted run still ends its process group (it is detached from ours). */
let activeServer;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    say(`${signal}: stopping code-server`);
    await activeServer?.stop();
    process.exit(130);
  });
}

async function main() {
  if (!fs.existsSync(suiteIndex)) throw new Error(`${path.relative(repoRoot, suiteIndex)} is missing: run \`node scripts/build.mjs --tests\` first.`);
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first.');
  const paths = ensureTestHost();
  const dirs = makeRunDir('newsdump-it-');
  prepareTestWorkspace(dirs.workspace);
  writeUserSettings(dirs);
  const serverLog = fs.createWriteStream(path.join(dirs.root, 'code-server.log'));
  const workbenchLog = fs.createWriteStream(path.join(dirs.root, 'workbench.log'));
  const workbenchErrors = [];

  const started = Date.now();
  const port = await freePort();
  let server;
  let browser;
  let exitCode = 1;
  let timer;
  try {
    server = await startCodeServer({
      paths, dirs, port,
      // Without the smoke-test driver a built workbench ignores the test payload and the suite never starts.
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
      env: { NEWSDUMP_TEST_LOG_MARKER: LOG_MARKER },
      onOutput: (text) => serverLog.write(text),
      onSpawn: (handle) => { activeServer = handle; },
    });
    say(`code-server ready on 127.0.0.1:${port} after ${Date.now() - started} ms (run folder ${dirs.root})`);

    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let reportExit;
    const suiteDone = new Promise((resolve) => { reportExit = resolve; });
    // The workbench calls this with every log line of the extension host (the test output included) and of its own.
    // The suite marks its lines (see test/integration/index.ts); the rest goes to workbench.log.
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const line = Array.isArray(args) ? args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ') : String(args);
      if (line.startsWith(LOG_MARKER)) {
        console.log(line.slice(LOG_MARKER.length));
      } else {
        workbenchLog.write(`[${level}] ${line}\n`);
        if (level === 'error') workbenchErrors.push(line.split('\n')[0]);
        if (verbose) console.log(`[workbench ${level}] ${line}`);
      }
    });
    // ...and this once run() settles: 0 = the suite passed.
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(typeof code === 'number' ? code : 1));
    page.on('pageerror', (error) => serverLog.write(`[page error] ${error.message}\n`));
    // A crashed tab never reports an exit code; fail now instead of waiting for the overall timeout.
    page.on('crash', () => {
      say('FAILED: the workbench page crashed');
      reportExit(1);
    });

    const payload = [
      ['extensionDevelopmentPath', remoteUri(port, repoRoot)],
      ['extensionTestsPath', remoteUri(port, suiteIndex)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    await page.goto(workbenchUrl(port, { folder: dirs.workspace, payload }));
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const serverDied = server.exitedPromise.then(() => 'server-exited');
    const outcome = await Promise.race([suiteDone, timedOut, serverDied]);
    if (outcome === 'server-exited') {
      say('FAILED: code-server exited before the suite finished');
      exitCode = 1;
    } else if (outcome === 'timeout') {
      say(`FAILED: the suite did not finish within ${timeoutMs / 1000} s (code-server log: ${path.join(dirs.root, 'code-server.log')})`);
      exitCode = 1;
    } else {
      exitCode = outcome;
      if (process.env.NEWSDUMP_TEST_SCREENSHOT) await page.screenshot({ path: process.env.NEWSDUMP_TEST_SCREENSHOT });
      say(`suite finished with exit code ${exitCode} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server?.stop();
    serverLog.end();
    workbenchLog.end();
    if (exitCode !== 0) {
      if (workbenchErrors.length > 0) say(`the workbench's last errors:\n  ${workbenchErrors.slice(-15).join('\n  ')}`);
      process.env.NEWSDUMP_TEST_KEEP = '1';
      say('the run failed: code-server.log and workbench.log are kept for a look');
    }
    if (process.env.NEWSDUMP_TEST_KEEP) say(`kept ${dirs.root}`);
    else fs.rmSync(dirs.root, { recursive: true, force: true, maxRetries: 3 });
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[integration] FAILED: ${error?.message ?? error}`);
    process.exit(1);
  },
);
