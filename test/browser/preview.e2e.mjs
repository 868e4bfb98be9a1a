// Browser-level test of the article preview: `npm run serve` in headless Chromium, asserting inside the webview's DOM.
//
// Opens the seed page, clicks the editor's "Open Preview to the Side" button, then checks in the webview (nested
// iframes: iframe.webview → #active-frame) the gold headlines and byline chips, that clicking a paragraph selects its
// source lines, and that the XSS page shows its markup as text and runs none of it. Screenshots go to test-output/.
//
// Usage: npm run test:browser            (exit code 0 = passed)
// Environment: NEWSDUMP_E2E_KEEP=1 keeps the run folder; NEWSDUMP_E2E_HEADED=1 shows the browser (needs a display).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, freePort, makeRunDir, prepareTestWorkspace, repoRoot } from '../../scripts/test-host/host.mjs';

const OUTPUT_DIR = path.join(repoRoot, 'test-output');
const GOLD_FILE = path.resolve(repoRoot, '..', 'shared', 'corpus', 'seed', 'page-01.gold.json');
const LANGUAGE_NAME = 'News page dump';
const STEP_TIMEOUT = 60_000;

const results = [];
/** The page under test, for screenshots of failed checks. */
let currentPage;
function say(message) {
  console.log(`[browser] ${message}`);
}

/** Runs one named check, recording pass/fail and carrying on, so one failure does not hide the others. */
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    say(`✔ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    const shot = path.join(OUTPUT_DIR, `failure-${results.length}.png`);
    await currentPage?.screenshot({ path: shot }).catch(() => {});
    say(`✘ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
  }
}

/** Starts `scripts/test-host/serve.mjs` (what `npm run serve` runs) and resolves with its URL and a stop function. */
async function startServe(file, folder, port) {
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'test-host', 'serve.mjs'), file], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEWSDUMP_SERVE_FOLDER: folder, NEWSDUMP_SERVE_PORT: String(port), INIT_CWD: repoRoot },
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // serve.mjs stops its code-server process group and removes its run folder on SIGTERM.
    child.kill('SIGTERM');
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 8000);
    await exited;
    clearTimeout(timer);
  };
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within ${STEP_TIMEOUT / 1000} s:\n${output}`)), STEP_TIMEOUT);
    const onData = (text) => {
      output += text;
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/\?\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited (code ${code}) before printing a URL:\n${output}`)));
  });
  return { url, stop };
}

/** The frame that holds the preview's document (the webview's #active-frame), once it shows `selector` (containing `text`). */
async function previewFrame(page, selector, text = '') {
  const deadline = Date.now() + STEP_TIMEOUT;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame.isDetached()) continue;
      try {
        const found = await frame.evaluate(({ selector, text }) => {
          const root = document.getElementById('preview');
          return !!root && !!root.querySelector(selector) && (root.textContent ?? '').includes(text);
        }, { selector, text });
        if (found) return frame;
      } catch {
        // The frame navigated or went away while we asked.
      }
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`no webview frame shows ${selector}${text ? ` with ${JSON.stringify(text)}` : ''} within ${STEP_TIMEOUT / 1000} s`);
}

/** The preview's scroll offset once it has not moved for 600 ms. */
async function settledScrollY(frame) {
  let last = await frame.evaluate(() => window.scrollY);
  for (let i = 0; i < 30; i++) {
    await frame.waitForTimeout(600);
    const now = await frame.evaluate(() => window.scrollY);
    if (now === last) return now;
    last = now;
  }
  throw new Error(`the preview kept scrolling (last at ${last}px)`);
}

/** Runs a workbench command through the command palette (F1). */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await input.fill(`>${label}`);
  await pickRow(page, label);
}

/** Clicks the quick-pick row whose label is `label` exactly (a fuzzy first match could run another command). */
async function pickRow(page, label) {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  await row.waitFor({ timeout: STEP_TIMEOUT });
  await row.click();
}

/** Waits until the quick input is the picker whose placeholder mentions `placeholderWord` (not the palette it replaced). */
async function waitForPicker(page, placeholderWord) {
  const input = page.locator(`.quick-input-widget input[placeholder*="${placeholderWord}"]`);
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  return input;
}

/** Switches the colour theme through its picker. */
async function setColorTheme(page, theme) {
  await runCommand(page, 'Preferences: Color Theme');
  const input = await waitForPicker(page, 'Theme');
  await input.fill(theme);
  await pickRow(page, theme);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
  await page.waitForTimeout(800);
}

/** Makes sure the active editor is a page dump: the workspace associates *.txt with it, else it is picked by hand. */
async function ensurePageDumpLanguage(page) {
  const shown = await page.waitForFunction((name) => {
    const item = document.querySelector('.statusbar-item[id$="status.editor.mode"]');
    return item?.textContent?.trim() === name;
  }, LANGUAGE_NAME, { timeout: 10_000 }).then(() => true, () => false);
  if (shown) return;
  await runCommand(page, 'Change Language Mode');
  const input = await waitForPicker(page, 'Language');
  await input.fill(LANGUAGE_NAME);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: LANGUAGE_NAME }).first();
  await row.waitFor({ timeout: STEP_TIMEOUT });
  await row.click();
  await page.waitForFunction((name) => {
    const item = document.querySelector('.statusbar-item[id$="status.editor.mode"]');
    return item?.textContent?.trim() === name;
  }, LANGUAGE_NAME, { timeout: STEP_TIMEOUT });
}

/** Opens a workspace file by Quick Open. */
async function quickOpen(page, name) {
  const input = page.locator('.quick-input-widget input');
  // The keystroke is lost when focus sits in a webview that is just reloading or in a closing picker: give the
  // workbench focus again (its first editor tab) and retry rather than wait once for a picker that never comes.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    try {
      await input.waitFor({ state: 'visible', timeout: 5000 });
      break;
    } catch (error) {
      if (attempt >= 6) throw error;
      await page.keyboard.press('Escape');
      await page.locator('.tabs-container .tab').first().click().catch(() => undefined);
    }
  }
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label^="${name}"]`).first().waitFor({ timeout: STEP_TIMEOUT });
}

async function main() {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const dirs = makeRunDir('newsdump-e2e-');
  prepareTestWorkspace(dirs.workspace);
  // The pages open as page dumps at once (the content detection would get there too, but a UI picker races).
  fs.mkdirSync(path.join(dirs.workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(dirs.workspace, '.vscode', 'settings.json'), `${JSON.stringify({ 'files.associations': { '*.txt': 'newsdump' } }, null, 2)}\n`);
  const seedFile = path.join(dirs.workspace, 'samples', 'page-01.txt');
  const gold = fs.existsSync(GOLD_FILE) ? JSON.parse(fs.readFileSync(GOLD_FILE, 'utf8')) : null;
  if (!gold) say(`gold checks skipped: ${GOLD_FILE} is absent`);

  const port = await freePort();
  const serve = await startServe(seedFile, dirs.workspace, port);
  say(`serving ${serve.url.split('?')[0]}`);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: process.env.NEWSDUMP_E2E_HEADED ? CHROMIUM_ARGS.filter((arg) => arg !== '--headless') : CHROMIUM_ARGS,
    headless: !process.env.NEWSDUMP_E2E_HEADED,
  });
  const dialogs = [];
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  currentPage = page;
  try {
    // An alert() from any frame, the webview's included, would show up here.
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(serve.url);
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('.tab.active[aria-label^="page-01.txt"]').first().waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('.monaco-editor .view-lines').first().click();
    await ensurePageDumpLanguage(page);
    // More room for the preview in the screenshots (the secondary side bar would stay empty anyway).
    if (await page.locator('.part.auxiliarybar').isVisible()) {
      await page.keyboard.press('Control+Alt+B');
      await page.locator('.part.auxiliarybar').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => say('the secondary side bar stays open'));
    }

    let frame;
    await check('the editor title button "Open Preview to the Side" opens the preview beside the page', async () => {
      const button = page.locator('.editor-actions .action-label[aria-label^="Open Preview to the Side"]').first();
      await button.waitFor({ timeout: STEP_TIMEOUT });
      await button.click();
      frame = await previewFrame(page, 'article.article');
      assert.equal(await page.locator('.editor-group-container').count(), 2, 'the preview opens in a second group');
    });
    if (!frame) throw new Error('the preview did not open; the remaining checks need it');

    await check('the webview shows the seed page as its gold articles: headlines and byline chips', async () => {
      const headlines = await frame.locator('article.article .headline').allInnerTexts();
      const articles = await frame.locator('article.article').count();
      if (!gold) {
        assert.ok(articles > 0, 'at least one article is shown');
        return;
      }
      assert.equal(articles, gold.articles.length, `articles shown: ${JSON.stringify(headlines)}`);
      assert.deepEqual(headlines.map((h) => h.trim()), gold.articles.map((a) => a.headline));
      for (const [i, article] of gold.articles.entries()) {
        const chips = await frame.locator('article.article').nth(i).locator('.chip-name').allInnerTexts();
        for (const name of [...article.reporters, ...article.correspondents]) {
          assert.ok(chips.includes(name), `article ${i + 1} has a chip for ${name} (chips: ${chips.join(', ')})`);
        }
      }
    });

    await check('the page is styled: CSP-allowed stylesheet applied, CJK line height, furniture dimmed', async () => {
      const style = await frame.evaluate(() => {
        const paragraph = document.querySelector('.article-body .paragraph');
        const furniture = document.querySelector('.furniture');
        const p = paragraph ? getComputedStyle(paragraph) : null;
        return {
          lineHeight: p ? parseFloat(p.lineHeight) / parseFloat(p.fontSize) : 0,
          indent: p?.textIndent ?? '',
          furnitureOpacity: furniture ? Number(getComputedStyle(furniture).opacity) : null,
          csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
        };
      });
      assert.ok(style.lineHeight >= 1.6, `paragraph line height ${style.lineHeight}`);
      assert.notEqual(style.indent, '0px', 'paragraphs are indented two characters');
      if (style.furnitureOpacity !== null) assert.ok(style.furnitureOpacity < 1, 'furniture is dimmed');
      assert.match(style.csp, /default-src 'none'/);
      assert.match(style.csp, /script-src 'nonce-[A-Za-z0-9]{32}'/);
    });

    await page.screenshot({ path: path.join(OUTPUT_DIR, 'preview.png') });
    say(`screenshot ${path.relative(repoRoot, path.join(OUTPUT_DIR, 'preview.png'))}`);

    await check('the preview follows the dark and high-contrast themes', async () => {
      const previewGroup = page.locator('.editor-group-container').nth(1);
      const background = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      for (const [theme, file] of [['Dark Modern', 'preview-dark.png'], ['Dark High Contrast', 'preview-high-contrast.png']]) {
        await setColorTheme(page, theme);
        const frameNow = await previewFrame(page, 'article.article');
        frame = frameNow;
        assert.notEqual(await background(), light, `the background changes with ${theme}`);
        await previewGroup.screenshot({ path: path.join(OUTPUT_DIR, file) });
      }
      await setColorTheme(page, 'Light Modern');
      frame = await previewFrame(page, 'article.article');
    });

    await check('clicking a paragraph selects its source lines in the editor', async () => {
      const paragraph = frame.locator('article.article .paragraph').nth(2);
      const startLine = Number(await paragraph.getAttribute('data-line'));
      const endLine = Number(await paragraph.getAttribute('data-end-line'));
      await paragraph.click();
      const selection = page.locator('.statusbar-item[id$="status.editor.selection"]');
      // The cursor goes to the paragraph's first line, the selection covers its lines.
      await page.waitForFunction((line) => {
        const item = document.querySelector('.statusbar-item[id$="status.editor.selection"]');
        return item?.textContent?.includes(`Ln ${line},`) ?? false;
      }, startLine + 1, { timeout: STEP_TIMEOUT });
      const text = await selection.innerText();
      if (endLine > startLine) assert.match(text, /selected/, `status bar: ${text}`);
    });

    await check('the article under the cursor is highlighted', async () => {
      const active = await frame.locator('article.article.is-active').count();
      assert.equal(active, 1, 'exactly one article is highlighted after the click moved the cursor');
    });

    await check('typing in the editor updates the preview live, without moving it', async () => {
      const marker = '实时预览';
      // The click's scroll sync may still be under way: start from a preview at rest.
      const before = await settledScrollY(frame);
      // Keep a handle on the first article's element: a patched page keeps it, a re-rendered one (flicker) would not.
      await frame.evaluate(() => { window.__firstArticle = document.querySelector('article.article'); });
      // The click above selected the paragraph's lines; collapse to its start before typing.
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type(marker, { delay: 60 });
      await frame.waitForFunction((text) => document.getElementById('preview')?.textContent?.includes(text), marker, { timeout: STEP_TIMEOUT });
      const after = await settledScrollY(frame);
      assert.ok(Math.abs(after - before) < 5, `the preview stays where it was (${before}px → ${after}px)`);
      assert.ok(await frame.evaluate(() => document.querySelector('article.article') === window.__firstArticle), 'the update patched the page in place');
      assert.equal(await frame.locator('article.article').count(), gold ? gold.articles.length : await frame.locator('article.article').count());
      for (let i = 0; i < marker.length; i++) await page.keyboard.press('Control+Z');
      await frame.waitForFunction((text) => !document.getElementById('preview')?.textContent?.includes(text), marker, { timeout: STEP_TIMEOUT });
    });

    await check('scrolling either side keeps the other in step, and both then stay still (no echo loop)', async () => {
      /** The first line number fully shown at the editor's top. */
      const editorTop = () => page.evaluate(() => {
        const editor = document.querySelector('.editor-group-container .monaco-editor');
        if (!editor) return -1;
        const top = editor.getBoundingClientRect().top;
        const visible = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
          .filter((el) => el.getBoundingClientRect().top >= top - 1)
          .map((el) => Number(el.textContent));
        return visible.length > 0 ? Math.min(...visible) : -1;
      });
      /** The 1-based source lines of the preview block just below the sticky toolbar, and the scroll offset. */
      const previewTop = () => frame.evaluate(() => {
        const y = (document.getElementById('toolbar')?.offsetHeight ?? 0) + 2;
        const blocks = [...document.querySelectorAll('#preview .block[data-line]')];
        const block = blocks.find((el) => el.getBoundingClientRect().bottom > y);
        return { scrollY: window.scrollY, start: Number(block?.dataset.line) + 1, end: Number(block?.dataset.endLine) + 1 };
      });
      const settle = async (what) => {
        let last = '';
        for (let i = 0; i < 40; i++) {
          const now = JSON.stringify([await previewTop(), await editorTop()]);
          if (now === last) return JSON.parse(now);
          last = now;
          await page.waitForTimeout(400);
        }
        throw new Error(`${what}: the two sides never came to rest (last ${last})`);
      };
      const inStep = ([preview, editorLine], what) => {
        // The editor's top line lies near the block at the preview's top: give or take the blank lines, titles and
        // credits between blocks (without sync the two sides drift hundreds of lines apart).
        assert.ok(editorLine >= preview.start - 8 && editorLine <= preview.end + 8,
          `${what}: editor top line ${editorLine}, preview top block lines ${preview.start}-${preview.end}`);
      };
      const previewBox = await page.locator('.editor-group-container').nth(1).boundingBox();
      const editorBox = await page.locator('.editor-group-container').nth(0).boundingBox();
      assert.ok(previewBox && editorBox);

      const before = await settle('at the start');
      await page.mouse.move(previewBox.x + previewBox.width / 2, previewBox.y + previewBox.height / 2);
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 400);
      const afterPreviewScroll = await settle('after scrolling the preview');
      assert.ok(afterPreviewScroll[1] > before[1], `the editor follows the preview down (top line ${before[1]} → ${afterPreviewScroll[1]})`);
      inStep(afterPreviewScroll, 'after scrolling the preview');

      await page.mouse.move(editorBox.x + editorBox.width / 2, editorBox.y + editorBox.height / 2);
      for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 400);
      const afterEditorScroll = await settle('after scrolling the editor');
      assert.ok(afterEditorScroll[1] > afterPreviewScroll[1], `the editor scrolled (top line ${afterPreviewScroll[1]} → ${afterEditorScroll[1]})`);
      inStep(afterEditorScroll, 'after scrolling the editor');
      say(`  scroll sync: editor top ${before[1]} → ${afterPreviewScroll[1]} → ${afterEditorScroll[1]}; preview at ${afterPreviewScroll[0].scrollY}px → ${afterEditorScroll[0].scrollY}px`);
    });

    await check('the export button runs the export command for the page', async () => {
      await frame.locator('#export-button').click();
      // The export's first question is its format, asked in a quick pick titled "Export format".
      const title = page.locator('.quick-input-widget .quick-input-title', { hasText: 'Export format' });
      await title.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    });

    await check('the XSS page shows its markup as text and runs none of it', async () => {
      // Open it beside the preview, not over it: the export button left the focus in the preview's group.
      await page.keyboard.press('Control+1');
      await quickOpen(page, 'xss-page.txt');
      await ensurePageDumpLanguage(page);
      // The unlocked preview follows the active page dump.
      const xssFrame = await previewFrame(page, 'article.article', '<img');
      const probe = await xssFrame.evaluate(() => ({
        text: document.getElementById('preview')?.textContent ?? '',
        injected: document.querySelectorAll('#preview img, #preview script, #preview svg, #preview iframe, #preview b, #preview style').length,
        pwned: document.body.dataset.pwned ?? null,
        // VS Code injects its own script into a webview's document; none may come from the page text.
        scripts: [...document.scripts].map((script) => `${script.src} ${script.textContent ?? ''}`),
      }));
      for (const literal of ['<img', 'onerror=', '</script>', '<svg', '<b>', '&amp;', '<iframe']) {
        assert.ok(probe.text.includes(literal), `the preview shows ${literal} as text`);
      }
      assert.equal(probe.injected, 0, 'no element was created from the page text');
      assert.equal(probe.pwned, null, 'no injected handler ran in the webview');
      assert.equal(probe.scripts.filter((script) => /preview\.js/.test(script)).length, 1, 'the preview client is loaded once');
      assert.ok(!probe.scripts.some((script) => /pwned|alert\(/.test(script)), 'no script carries the page text');
      assert.equal(await page.evaluate(() => document.body.dataset.pwned ?? null), null, 'nothing ran in the workbench');
      await page.waitForTimeout(500);
      assert.deepEqual(dialogs, [], 'no dialog was opened');
      await page.screenshot({ path: path.join(OUTPUT_DIR, 'preview-xss.png') });
    });

    await check('the preview is restored after a window reload, on the same page', async () => {
      // The command a person uses: unlike a bare page reload, it lets the workbench save its editors first.
      // Without the serve URL's "open this file" payload, which would replace the restored editors.
      await page.evaluate(() => {
        const url = new URL(window.location.href);
        url.searchParams.delete('payload');
        history.replaceState(history.state, '', url.toString());
      });
      const reloaded = page.waitForEvent('load', { timeout: STEP_TIMEOUT });
      await runCommand(page, 'Developer: Reload Window');
      await reloaded;
      await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT });
      const restored = await previewFrame(page, 'article.article', '<img');
      assert.ok(await restored.locator('#preview').isVisible());
      await page.screenshot({ path: path.join(OUTPUT_DIR, 'preview-restored.png') });
    });
  } catch (error) {
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'preview-failure.png') }).catch(() => {});
    say(`screenshot of the failure: ${path.relative(repoRoot, path.join(OUTPUT_DIR, 'preview-failure.png'))}`);
    throw error;
  } finally {
    await browser.close().catch(() => {});
    await serve.stop();
    if (process.env.NEWSDUMP_E2E_KEEP) say(`kept ${dirs.root}`);
    else fs.rmSync(dirs.root, { recursive: true, force: true, maxRetries: 3 });
  }
  const failed = results.filter((r) => !r.ok).length;
  say(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

const overall = setTimeout(() => {
  say('FAILED: the run did not finish within 5 minutes');
  process.exit(1);
}, 5 * 60_000);
main().then(
  (code) => {
    clearTimeout(overall);
    process.exit(code);
  },
  (error) => {
    clearTimeout(overall);
    say(`FAILED: ${error?.stack ?? error}`);
    process.exit(1);
  },
);
