// End-to-end tests of legacy Vietnamese text in the built page (headless Chromium; node --test). Build first:
// `trunk build --release --dist DIR`, then `DIST_DIR=DIR node --test tests/e2e/legacy.test.mjs`.
//
// An article typed in TCVN3 (.VnTime) or VNI (VNI-Times), pasted as text, is highlighted on the text as pasted
// (people and bodies found, each highlight's text the pasted slice); a notice names the encoding and offers the
// repaired Unicode text; taking it replaces the article, and "back" brings the pasted text again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = process.env.DIST_DIR || path.join(root, 'dist');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// A highlight of the running app. The page's HTML holds the sample pre-rendered (src/prerender.rs: inert, in
// #chugiai-prerendered) until the app, mounted on the body itself, takes its place.
const APP_MARK = 'body > .app .reading-view mark[data-label]';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css' };
const fixture = (name) => fs.readFileSync(path.join(root, 'tests/fixtures', name), 'utf8');
const UNICODE_START = 'Chiều 22/2, đồng chí Trần Huy Tuấn, Chủ tịch';

let browser, server, origin;

before(async () => {
  assert.ok(fs.existsSync(path.join(dist, 'index.html')), `index.html missing in ${dist}: build first`);
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
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
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Pastes `text` as plain text into the text box (a paste event, everything selected). */
async function paste(page, text) {
  await page.evaluate((t) => {
    const area = document.querySelector('textarea');
    area.focus();
    area.select();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const marks = (page, label) => page.$$eval(`.reading-view mark[data-label="${label}"]`,
  (els) => els.map((e) => e.textContent));

for (const [encoding, file, person, org] of [
  ['tcvn3', 'legacy-tcvn3.txt', 'TrÇn Huy TuÊn', 'Së Y tÕ'],
  ['vni', 'legacy-vni.txt', 'Traàn Huy Tuaán', 'Sôû Y teá'],
]) {
  test(`a ${encoding} article is highlighted on the text as pasted and the repaired text is offered`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/`);
    await page.waitForSelector(APP_MARK, { timeout: 30_000 });
    const pasted = fixture(file);
    await paste(page, pasted);
    await page.waitForFunction((t) => document.querySelector('.reading-view').textContent === t, pasted);
    assert.equal(await page.inputValue('textarea'), pasted, 'the text stays as pasted until the user chooses');

    // Highlights on the pasted text: the legacy slices of the people and bodies.
    assert.ok((await marks(page, 'PERSON')).includes(person), `person ${person}: ${await marks(page, 'PERSON')}`);
    assert.ok((await marks(page, 'ORGANIZATION')).includes(org),
      `organisation ${org}: ${await marks(page, 'ORGANIZATION')}`);

    // The notice names the encoding and offers the repaired text.
    const offer = page.locator(`.legacy-offer[data-encoding="${encoding}"]`);
    await offer.waitFor();
    assert.match(await offer.textContent(), encoding === 'tcvn3' ? /TCVN3/ : /VNI/);
    await offer.locator('button.use-repaired').click();
    await page.waitForFunction((s) => document.querySelector('textarea').value.startsWith(s), UNICODE_START);
    assert.ok((await marks(page, 'PERSON')).includes('Trần Huy Tuấn'), 'the repaired text is highlighted');
    assert.ok((await marks(page, 'ORGANIZATION')).includes('Sở Y tế'));

    // And back to the text as pasted.
    await page.locator('.legacy-offer.used button.back-to-original').click();
    await page.waitForFunction((t) => document.querySelector('textarea').value === t, pasted);
    assert.ok((await marks(page, 'PERSON')).includes(person));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('an ordinary Unicode article gets no legacy notice', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector(APP_MARK, { timeout: 30_000 });
  await paste(page, `${UNICODE_START} Ủy ban nhân dân tỉnh Yên Bái.`);
  await page.waitForFunction((s) => document.querySelector('.reading-view').textContent.startsWith(s),
    UNICODE_START);
  assert.equal(await page.locator('.legacy-offer').count(), 0);
  await context.close();
});
