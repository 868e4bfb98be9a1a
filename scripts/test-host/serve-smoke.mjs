// Smoke test of `npm run serve`: the printed URL answers, the workbench shows the sample page in the extension's
// language (so the extension really runs in it), and Ctrl+C stops code-server. Part of `npm test`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, repoRoot } from './host.mjs';

const TIMEOUT_MS = Number(process.env.NEWSDUMP_TEST_TIMEOUT || 300) * 1000;
const screenshotPath = path.join(repoRoot, 'test-output', 'serve.png');
/** The language's display name, as the status bar shows it. */
const languageName = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8'))['language.name'];

function say(message) {
  console.log(`[serve-smoke] ${message}`);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
  say(`ok: ${message}`);
}

let serve;

async function main() {
  const started = Date.now();
  // Port 0: any free port, so the check never collides with a `npm run serve` someone keeps open.
  serve = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'test-host', 'serve.mjs')], {
    cwd: repoRoot,
    env: { ...process.env, NEWSDUMP_SERVE_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within ${TIMEOUT_MS / 1000} s:\n${output}`)), TIMEOUT_MS);
    serve.stdout.setEncoding('utf8').on('data', (text) => {
      output += text;
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/\?\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    serve.once('exit', (code) => reject(new Error(`serve exited with code ${code} before printing a URL:\n${output}`)));
  });
  let browser;
  try {
    const response = await fetch(url);
    check(response.status === 200, `the URL answers 200 (${response.status})`);

    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.locator('.tabs-container .tab', { hasText: 'page-01.txt' }).first().waitFor({ timeout: TIMEOUT_MS });
    check(true, 'the workbench opened samples/page-01.txt');
    const statusBar = page.locator('.statusbar');
    await statusBar.getByText(languageName, { exact: true }).first().waitFor({ timeout: TIMEOUT_MS })
      .catch(() => {});
    const statusText = (await statusBar.innerText()).replace(/\s+/g, ' ').trim();
    fs.mkdirSync(path.dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath });
    check(statusText.includes(languageName), `the status bar shows the language "${languageName}" (status bar: ${statusText}; screenshot ${path.relative(repoRoot, screenshotPath)})`);
  } finally {
    await browser?.close().catch(() => {});
    serve.kill('SIGINT');
    await new Promise((resolve) => (serve.exitCode !== null ? resolve() : serve.once('exit', resolve)));
  }
  const stillAnswers = await fetch(url).then(() => true, () => false);
  check(!stillAnswers, 'Ctrl+C stopped code-server (the URL no longer answers)');
  say(`passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().then(
  () => process.exit(0),
  async (error) => {
    console.error(`[serve-smoke] FAILED: ${error?.message ?? error}`);
    if (serve && serve.exitCode === null) {
      serve.kill('SIGINT'); // serve.mjs then stops its code-server
      await new Promise((resolve) => serve.once('exit', resolve));
    }
    process.exit(1);
  },
);
