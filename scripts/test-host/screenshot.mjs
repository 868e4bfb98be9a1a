// Takes a screenshot of a running workbench (e.g. the URL `npm run serve` prints), to see what a person would see.
//
// Usage: node scripts/test-host/screenshot.mjs URL OUT.png [--command "Developer: Show Running Extensions"] [--wait 8]
// Waits for the editor to show, optionally runs a command through the command palette, then saves OUT.png and
// prints the status bar's text (the language mode of the active editor is among it).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './host.mjs';

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
}

const [url, out] = process.argv.slice(2);
if (!url || !out || url.startsWith('--')) {
  console.error('usage: node scripts/test-host/screenshot.mjs URL OUT.png [--command "Command title"] [--wait seconds]');
  process.exit(2);
}
const command = option('--command');
const waitMs = Number(option('--wait', '8')) * 1000;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60_000 }).catch(() => console.error('no editor opened'));
  await page.waitForTimeout(waitMs);
  if (command) {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { timeout: 10_000 });
    await page.keyboard.type(command);
    await page.waitForTimeout(1000);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(3000);
  }
  await page.screenshot({ path: out });
  const statusBar = await page.locator('.statusbar').innerText().catch(() => '');
  console.log(`status bar: ${statusBar.replace(/\s+/g, ' ').trim()}`);
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
