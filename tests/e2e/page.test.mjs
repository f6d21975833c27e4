// End-to-end tests of the built page in a real headless Chromium (node --test; playwright-core drives the
// system Chromium, nothing is downloaded). Build first: `trunk build --release` (scripts/test.sh does).
//
// - dist/ served over http on 127.0.0.1, and dist/chugiai.html copied alone into an empty folder and opened
//   over file://, both show the sample article highlighted;
// - on a cold load the highlights come first and the side pane (details, summary, export) fills after;
// - pasting another article replaces the highlights; pasted markup stays text;
// - every request the page makes is recorded, and none leaves the machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = process.env.DIST_DIR || path.join(root, 'dist');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// A highlight of the running app. The page's HTML holds the sample pre-rendered (src/prerender.rs: inert, in
// #chugiai-prerendered) until the app, mounted on the body itself, takes its place.
const APP_MARK = 'body > .app .reading-view mark[data-label]';
// Flags from ../shared/notes/toolchain.md: no sandbox as root, and none of Chromium's own background traffic.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.png': 'image/png' };

let browser, server, origin, single;
const served = []; // every path the test server was asked for

before(async () => {
  for (const f of ['index.html', 'chugiai.html']) {
    assert.ok(fs.existsSync(path.join(dist, f)), `${f} missing in ${dist}: run trunk build --release first`);
  }
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    served.push(url.pathname);
    const file = path.join(dist, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;
  // The single file alone in an empty folder: nothing beside it to lean on.
  const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'chugiai-single-'));
  single = path.join(alone, 'chugiai.html');
  fs.copyFileSync(path.join(dist, 'chugiai.html'), single);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (single) fs.rmSync(path.dirname(single), { recursive: true, force: true });
});

/** A fresh page that records every request it makes and every error it logs. */
async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector(APP_MARK, { timeout: 30_000 });
  return { page, context, requests, errors };
}

/** Texts of the highlights with this label. */
const marks = (page, label) =>
  page.$$eval(`.reading-view mark[data-label="${label}"]`, (els) => els.map((e) => e.textContent));

async function assertSampleHighlighted(page) {
  const value = await page.inputValue('textarea');
  assert.ok(value.startsWith('Yên Bái tăng cường phối hợp'), 'the sample is preloaded');
  assert.ok((await marks(page, 'LOCATION')).includes('Yên Bái'), '"Yên Bái" highlighted as LOCATION');
  const all = await page.$$eval('.reading-view [data-label]', (els) => els.length);
  assert.ok(all > 0);
  const legend = await page.getAttribute('.legend li[data-label="LOCATION"]', 'data-count');
  assert.ok(Number(legend) > 0, 'the legend counts the locations');
  // The reading view shows the whole article, in order.
  assert.equal(await page.textContent('.reading-view'), value);
}

test('over http, the built page shows the sample highlighted and asks only its own server', async () => {
  served.length = 0;
  const { page, context, requests, errors } = await open(`${origin}/`);
  await assertSampleHighlighted(page);
  // (data: and blob: URLs are the page's own bytes in memory: the blob is the annotating worker's script.)
  const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'no request leaves the machine');
  assert.ok(served.some((p) => p.endsWith('.wasm')), 'the wasm came from the local server');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a cold load the article is highlighted first, and the side pane fills by itself after', async () => {
  // Records, from the first byte, what the page held when its first highlight and its summary appeared.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(`
    window.__seen = {};
    new MutationObserver(() => {
      const s = window.__seen;
      if (!s.mark && document.querySelector('body > .app .reading-view mark[data-label]'))
        s.mark = { summary: !!document.querySelector('.summary') };
      if (!s.summary && document.querySelector('.summary .item')) s.summary = { mark: !!s.mark };
    }).observe(document, { childList: true, subtree: true });
  `);
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector('.summary .item[data-label="LOCATION"]', { timeout: 30_000 });
  const seen = await page.evaluate(() => window.__seen);
  assert.deepEqual(seen, { mark: { summary: false }, summary: { mark: true } });
  await context.close();
});

/** Each highlight of the reading view in SCOPE, as [label or directive strength, start, end]. */
const spans = (page, scope) => page.$$eval(`${scope} .reading-view [data-s]`,
  (els) => els.map((e) => [e.dataset.label || e.dataset.directive, e.dataset.s, e.dataset.e]));

test('before any script runs the HTML shows the sample highlighted, inert; the app then takes its place with the same highlights', async () => {
  // Scripts off: what the HTML alone shows, and what a reader sees before the wasm has come and run.
  const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const still = await off.newPage();
  await still.goto(`${origin}/`);
  const before = await spans(still, '#chugiai-prerendered');
  assert.ok(before.length > 40, `the sample's highlights are in the HTML (${before.length})`);
  const places = await still.$$eval('#chugiai-prerendered mark[data-label="LOCATION"]', (els) => els.map((e) => e.textContent));
  assert.ok(places.includes('Yên Bái'));
  assert.equal(await still.getAttribute('#chugiai-prerendered', 'inert'), '', 'nothing in it can be typed into or clicked');
  const text = await still.textContent('#chugiai-prerendered .reading-view');
  assert.ok(text.startsWith('Yên Bái tăng cường phối hợp'));
  await off.close();
  // Scripts on: the app replaces it, with the same highlights on the same text.
  const { page, context, errors } = await open(`${origin}/`);
  assert.equal(await page.$('#chugiai-prerendered'), null, 'the pre-rendered screen is gone');
  assert.equal(await page.$$eval('.app', (els) => els.length), 1, 'one app on the page');
  assert.deepEqual(await spans(page, 'body > .app'), before);
  assert.equal(await page.textContent('body > .app .reading-view'), text);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the pre-rendered highlights are painted before the app takes their place', async () => {
  // Regression: the wasm could be ready before the page's first frame, and the app's start, one long task,
  // then held the pre-rendered highlights back until its own. Now the app starts after that frame.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__afterFirstFrame = null;
    const seen = new MutationObserver(() => {
      if (!document.querySelector('#chugiai-prerendered mark[data-label]')) return;
      seen.disconnect();
      requestAnimationFrame(() => setTimeout(() => {
        window.__afterFirstFrame = !!document.getElementById('chugiai-prerendered');
      }, 0));
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector(APP_MARK, { timeout: 30_000 });
  assert.equal(await page.evaluate(() => window.__afterFirstFrame), true, 'still there when the first frame was painted');
  await context.close();
});

test('with an article saved in this browser, the pre-rendered sample is never shown: the saved one comes back', async () => {
  const { page, context, errors } = await open(`${origin}/`);
  const article = 'Ủy ban nhân dân tỉnh Lào Cai họp phiên thường kỳ.';
  await page.fill('textarea', article);
  await page.waitForFunction((a) => (localStorage.getItem('chugiai.base') || '').includes(a), article);
  // How the pre-rendered screen was styled when the parser put it in, before any paint.
  await page.addInitScript(() => {
    window.__prerendered = null;
    new MutationObserver(() => {
      const el = document.getElementById('chugiai-prerendered');
      if (el && window.__prerendered === null) window.__prerendered = getComputedStyle(el).display;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await page.waitForFunction((a) => document.querySelector('body > .app .reading-view')?.textContent === a, article);
  assert.equal(await page.evaluate(() => window.__prerendered), 'none');
  assert.equal(await page.$('#chugiai-prerendered'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('from file://, the single file alone shows the sample highlighted and requests nothing else', async () => {
  const url = pathToFileURL(single).href;
  const { page, context, requests, errors } = await open(url);
  await assertSampleHighlighted(page);
  assert.deepEqual(requests.filter((u) => u !== url && !u.startsWith('data:') && !u.startsWith('blob:')), [], 'only the file itself');
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasting another article replaces the highlights', async () => {
  const { page, context, requests } = await open(`${origin}/`);
  const article = 'Sáng 5/3, đoàn công tác của Hà Nội làm việc tại Đà Nẵng.';
  // A real paste: the clipboard holds the article, the user selects everything and presses Ctrl+V.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), article);
  await page.focus('textarea');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => !document.querySelector('.reading-view').textContent.includes('Yên Bái'));
  assert.equal(await page.inputValue('textarea'), article);
  assert.equal(await page.textContent('.reading-view'), article);
  assert.ok((await marks(page, 'LOCATION')).includes('Hà Nội'), '"Hà Nội" highlighted as LOCATION');
  assert.deepEqual(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  await context.close();
});

test('short strings from the wasm keep every letter (the glue decodes them itself, scripts/glue_strings.py)', async () => {
  const { page, context } = await open(`${origin}/`);
  // One-, two-, three- and four-byte UTF-8 in pieces shorter than 64 bytes, between highlights.
  const article = 'Sáng 5/3 tại Hà Nội 😀 ½ ℃ Ω, rồi Đà Nẵng.';
  await page.fill('textarea', article);
  await page.waitForFunction(() => !document.querySelector('.reading-view').textContent.includes('Yên Bái'));
  assert.equal(await page.textContent('.reading-view'), article);
  const place = await page.$eval('.reading-view mark[data-label="LOCATION"]', (m) => ({
    text: m.textContent, role: m.getAttribute('aria-roledescription'), title: m.getAttribute('title') }));
  assert.equal(place.text, 'Hà Nội');
  assert.equal(place.role, 'Địa danh');
  assert.ok(place.title.startsWith('Địa danh · '), place.title);
  await context.close();
});

test('a long paste shows its first screen of highlights first, in blocks of whole lines, the rest follows, and a correction keeps them', async () => {
  const { page, context } = await open(`${origin}/`);
  const sample = fs.readFileSync(path.join(root, 'static', 'sample.txt'), 'utf8');
  const article = Array.from({ length: 80 }, () => sample).join('\n\n'); // about 400 KB: annotated in the background
  // From the paste on, note how many chunks the reading view shows while the article is annotated, and when
  // the highlights first appear.
  await page.evaluate(() => {
    window.__firstMarked = null;
    window.__mostWhileAnnotating = 0;
    new MutationObserver((_, obs) => {
      const view = document.querySelector('.reading-view');
      if (view && document.querySelector('progress.annotating')) {
        window.__mostWhileAnnotating = Math.max(window.__mostWhileAnnotating, Number(view.dataset.shown));
      }
      if (view && !document.querySelector('progress.annotating') && view.querySelector('[data-label]')
        && view.textContent.length > 100000) {
        window.__firstMarked = { shown: Number(view.dataset.shown), chunks: Number(view.dataset.chunks) };
        obs.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), article);
  await page.focus('textarea');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => window.__firstMarked !== null, null, { timeout: 60_000 });
  const first = await page.evaluate(() => window.__firstMarked);
  // Its plain text waits at one batch while it is annotated: the rest would only be replaced.
  assert.ok(await page.evaluate(() => window.__mostWhileAnnotating) <= 8);
  assert.ok(first.chunks > 8, `${first.chunks} chunks`);
  assert.equal(first.shown, 8, 'the first screen of highlights waits for no more than the first batch');
  await page.waitForFunction(() => { const v = document.querySelector('.reading-view'); return v.dataset.shown === v.dataset.chunks; },
    null, { timeout: 60_000 });
  assert.equal(await page.textContent('.reading-view'), article);
  const blocks = await page.$$eval('.reading-view > .chunk', (els) => els.map((e) => e.textContent));
  assert.equal(blocks.length, first.chunks);
  assert.ok(blocks.slice(0, -1).every((b) => b.endsWith('\n')), 'every block but the last ends after a line break');
  // Blocks far from the screen are skipped by layout, but not the first: the article opens with it, and on
  // a skipped first block Chromium lays out the first frame twice.
  const visibility = await page.$$eval('.reading-view > .chunk', (els) => els.map((e) => getComputedStyle(e).contentVisibility));
  assert.equal(visibility[0], 'visible');
  assert.ok(visibility.slice(1).every((v) => v === 'auto'), `later blocks: ${[...new Set(visibility.slice(1))]}`);
  // A correction is the same text: what is on the page stays (no second progressive render from the top).
  const before = await page.$$eval('.reading-view mark[data-label]', (els) => els.length);
  await page.evaluate(() => {
    window.__fewestShown = Infinity;
    new MutationObserver(() => {
      const v = document.querySelector('.reading-view');
      window.__fewestShown = Math.min(window.__fewestShown, Number(v.dataset.shown));
    }).observe(document.querySelector('.reading-view'), { attributes: true, childList: true, subtree: true });
  });
  await page.hover('.reading-view mark[data-label]');
  await page.click('.details button.delete');
  await page.waitForFunction((n) => document.querySelectorAll('.reading-view mark[data-label]').length === n - 1, before);
  assert.equal(await page.evaluate(() => window.__fewestShown), first.chunks);
  await context.close();
});

test('pasted markup is shown as text, never run or loaded', async () => {
  const { page, context, requests } = await open(`${origin}/`);
  const article = 'Hà Nội <img src="http://192.0.2.1/x.png" onerror="window.__ran=1"><b>đậm</b><script>window.__ran=2</script>';
  await page.fill('textarea', article);
  await page.waitForFunction(() => !document.querySelector('.reading-view').textContent.includes('Yên Bái'));
  assert.equal(await page.textContent('.reading-view'), article);
  assert.equal(await page.$$eval('.reading-view img, .reading-view b, .reading-view script', (e) => e.length), 0);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.deepEqual(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  await context.close();
});
