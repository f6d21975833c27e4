// End-to-end tests of the input side of the built page in headless Chromium (node --test; playwright-core
// drives the system Chromium). Build first: `trunk build --release --dist DIR`, then
// `DIST_DIR=DIR node --test tests/e2e/input.test.mjs`.
//
// - every payload of tests/fixtures/xss-payloads.txt, pasted as HTML (a paste event carrying it) and as plain
//   text (a real Ctrl+V), adds no element, runs nothing, opens no dialog and makes no request;
// - HTML copied from Word keeps its paragraphs and nothing else;
// - a 10 MB paste shows its size and progress, the page keeps answering while it is annotated (in a Web
//   Worker), and the highlights come at the end; the same from the single file opened over file://;
// - a failure (a Rust panic) shows the error box, in Vietnamese, and the article stays in the text box.
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
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css' };

const PAYLOADS = fs.readFileSync(path.join(root, 'tests/fixtures/xss-payloads.txt'), 'utf8')
  .split('\n').filter((l) => l !== '' && !l.startsWith('# '));
const SAMPLE = fs.readFileSync(path.join(root, 'static/sample.txt'), 'utf8');
// Elements a payload could smuggle in; their number in the page must never grow.
const DANGEROUS = 'script, img, svg, iframe, object, embed, style, link, meta, base, math, video, audio, form, ' +
  'input, select, frameset, frame, template, picture, source, details, marquee, keygen, isindex, x, xmp, noembed';
// What the reading view is made of: the app's own elements.
const ALLOWED_IN_VIEW = new Set(['MARK', 'SPAN', 'DIV', 'P', 'BR', 'SECTION']);

// Policies without 'unsafe-eval' ('unsafe-inline' is for Trunk's inline loader script, 'wasm-unsafe-eval' to
// compile the wasm at all): one allowing workers from blob: URLs, one allowing no worker.
const STRICT = "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";
const CSP = { workers: `${STRICT}; worker-src blob:`, noworker: `${STRICT}; worker-src 'none'` };

let browser, server, origin, singleDir;
const served = [];

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
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' };
    // `?csp=NAME` serves the page under a Content Security Policy without eval (see CSP below).
    if (CSP[url.searchParams.get('csp')]) headers['content-security-policy'] = CSP[url.searchParams.get('csp')];
    res.writeHead(200, headers);
    res.end(fs.readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;
  singleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chugiai-input-'));
  fs.copyFileSync(path.join(dist, 'chugiai.html'), path.join(singleDir, 'chugiai.html'));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (singleDir) fs.rmSync(singleDir, { recursive: true, force: true });
});

/** A fresh page (fresh storage) that records requests, dialogs, workers, errors and console messages. */
async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const log = { requests: [], dialogs: [], workers: 0, errors: [], console: [] };
  context.on('request', (r) => log.requests.push(r.url()));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('worker', () => { log.workers += 1; });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => log.console.push(`${m.type()}: ${m.text()}`));
  await page.goto(url);
  await page.waitForSelector(APP_MARK, { timeout: 30_000 });
  if (url.startsWith('http')) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
  return { page, context, log };
}

const foreign = (log, base) => log.requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') &&
  !u.startsWith('blob:'));

/** A paste event carrying this clipboard, dispatched on the text box with everything in it selected. */
async function pasteEvent(page, kinds) {
  await page.evaluate((kinds) => {
    const area = document.querySelector('textarea');
    area.focus();
    area.select();
    const data = new DataTransfer();
    for (const [k, v] of Object.entries(kinds)) data.setData(k, v);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, kinds);
}

/** A real paste: the clipboard holds `text`, the user selects everything and presses Ctrl+V. */
async function keyboardPaste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('textarea');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

const viewText = (page) => page.textContent('.reading-view');

test('no XSS payload, pasted as HTML or as text, adds an element, runs, opens a dialog or asks the network',
  async () => {
    assert.ok(PAYLOADS.length >= 50, `at least 50 payloads (${PAYLOADS.length})`);
    const { page, context, log } = await open(`${origin}/`);
    const dangerousBefore = await page.$$eval(DANGEROUS, (els) => els.length);
    let round = 0;
    for (const payload of PAYLOADS) {
      for (const kind of ['text/html', 'text/plain']) {
        round += 1;
        // A marker line makes each paste's text differ from the one before, so every paste is seen.
        const marker = `Lần ${round}.`;
        if (kind === 'text/html') {
          await pasteEvent(page, { 'text/html': `<p>${marker}</p>${payload}`, 'text/plain': 'không dùng' });
        } else {
          await keyboardPaste(page, `${marker}\n${payload}`);
        }
        await page.waitForFunction((m) => document.querySelector('.reading-view').textContent.startsWith(m),
          marker, { timeout: 10_000 });
        const value = await page.inputValue('textarea');
        if (kind === 'text/plain') assert.equal(value, `${marker}\n${payload}`, 'plain text goes in unchanged');
        assert.equal(await viewText(page), value, `the view shows the text only (${kind}: ${payload})`);
        const strange = await page.$$eval('.reading-view *', (els, allowed) => els
          .filter((e) => !allowed.includes(e.tagName) ||
            e.getAttributeNames().some((a) => a.startsWith('on') || ['href', 'src', 'style', 'srcdoc'].includes(a)))
          .map((e) => e.outerHTML.slice(0, 80)), [...ALLOWED_IN_VIEW]);
        assert.deepEqual(strange, [], `no foreign element in the view (${kind}: ${payload})`);
        assert.equal(await page.$$eval(DANGEROUS, (els) => els.length), dangerousBefore,
          `no new dangerous element in the page (${kind}: ${payload})`);
      }
    }
    // Give planted timers, loads and error handlers their chance.
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
    assert.deepEqual(log.dialogs, [], 'no dialog opened');
    assert.deepEqual(foreign(log, `${origin}/`), [], 'no request left the page');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"><meta name=Generator
content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm; font-family:"Times New Roman"} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=VI style='tab-interval:36.0pt'><!--StartFragment-->
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt'>ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI<o:p></o:p></span></b></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Chiều 22/2, đồng chí Trần Huy Tuấn, Chủ tịch UBND tỉnh chủ trì hội nghị.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Giao
Sở Y tế chủ trì, phối hợp với các đơn vị liên quan.<o:p></o:p></p>
<p class=MsoNormal>Hoàn thành trước ngày 30/6/2024.<img src="http://192.0.2.1/logo.png"><o:p></o:p></p>
<!--EndFragment--></body></html>`;
const WORD_TEXT = 'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n' +
  'Chiều 22/2, đồng chí Trần Huy Tuấn, Chủ tịch UBND tỉnh chủ trì hội nghị.\n' +
  'Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan.\n' +
  'Hoàn thành trước ngày 30/6/2024.';

test('HTML copied from Word keeps its paragraphs and nothing else', async () => {
  const { page, context, log } = await open(`${origin}/`);
  await pasteEvent(page, { 'text/html': WORD_HTML, 'text/plain': 'không dùng' });
  await page.waitForFunction(() => document.querySelector('.reading-view').textContent.startsWith('ỦY BAN'));
  assert.equal(await page.inputValue('textarea'), WORD_TEXT);
  assert.equal(await viewText(page), WORD_TEXT);
  const dates = await page.$$eval('.reading-view mark[data-label="DATE"]', (els) => els.map((e) => e.textContent));
  assert.ok(dates.some((t) => t.includes('30/6/2024')), `the deadline is highlighted: ${dates}`);
  assert.ok(await page.isVisible('.paste-note.html'), 'the reader is told only the text was kept');

  // The same through the real clipboard and Ctrl+V (Chromium's clipboard may tidy the HTML first).
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.evaluate(async (html) => {
    await navigator.clipboard.write([new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob(['không dùng'], { type: 'text/plain' }),
    })]);
  }, WORD_HTML);
  await page.focus('textarea');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.waitForFunction(() => document.querySelector('textarea').value === '');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => document.querySelector('textarea').value.startsWith('ỦY BAN'));
  assert.equal(await page.inputValue('textarea'), WORD_TEXT);
  assert.deepEqual(foreign(log, `${origin}/`), [], 'the image in the HTML was never loaded');
  await context.close();
});

/** The sample repeated to at least `bytes` bytes of UTF-8. */
function bigText(bytes) {
  const one = `${SAMPLE.trimEnd()}\n`;
  return one.repeat(Math.ceil(bytes / Buffer.byteLength(one)));
}

async function assertLargePaste(page, log, text, { responsive }) {
  if (responsive) await assertProgressShown(page, text);
  // The highlights come at the end.
  await page.waitForFunction(() => !document.querySelector('progress.annotating'), null, { timeout: 240_000 });
  await assertHeld(page, text);
  await page.waitForSelector('.reading-view mark[data-label="LOCATION"]', { timeout: 60_000 });
  const first = await page.$$eval('.reading-view mark[data-label="LOCATION"]', (els) =>
    els.slice(0, 20).map((e) => e.textContent));
  assert.ok(first.includes('Yên Bái'), `"Yên Bái" highlighted: ${first}`);
  assert.ok(log.workers >= 1, 'the annotation ran in a Web Worker');
  assert.deepEqual(log.console.filter((m) => m.includes('in chunks')), [], 'no fallback to the main thread');
  assert.deepEqual(log.errors, []);
}

/**
 * The article is `text`: in the text box, or, from 1 MB on, not in the box (its layout alone would freeze the
 * page) but named by a note with its size, and counted.
 */
async function assertHeld(page, text) {
  const chars = [...text].length;
  assert.ok(/^\d+ /.test(await page.textContent('.paste-area .chars')));
  assert.equal(Number((await page.textContent('.paste-area .chars')).split(' ')[0]), chars);
  if (Buffer.byteLength(text) < 1e6) {
    assert.equal(await page.inputValue('textarea'), text);
  } else {
    assert.equal(await page.inputValue('textarea'), '', 'a text this large is not put in the box');
    assert.ok(await page.isVisible('.paste-area .large-text'), 'a note says where the text is');
  }
}

/** While a 10 MB text is annotated: its size and a progress bar are shown, and the page answers clicks. */
async function assertProgressShown(page, text) {
  await page.waitForSelector('.paste-note.large', { timeout: 60_000 });
  const note = await page.textContent('.paste-note.large');
  const bytes = Buffer.byteLength(text);
  const size = bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;
  assert.ok(note.includes(size.replace('.', ',')), `the note gives the size (${size}): ${note}`);
  assert.ok(await page.isVisible('progress.annotating'), 'a progress bar is shown');
  // While the text is annotated, the page answers: a click on the language switch is handled before the
  // annotation ends (a page blocked by the work would handle it only afterwards), and takes effect.
  await page.evaluate(() => document.addEventListener('click', () => {
    window.__clickedWhileAnnotating = document.querySelector('progress.annotating') !== null;
  }, { capture: true, once: true }));
  await page.click('button.lang');
  await page.waitForSelector('.app[lang="en"]', { timeout: 60_000 });
  assert.equal(await page.evaluate(() => window.__clickedWhileAnnotating), true,
    'the click was handled while the annotation ran');
}

test('a 10 MB paste shows its size and progress, the page keeps answering, and the highlights come', async () => {
  const { page, context, log } = await open(`${origin}/`);
  const text = bigText(10 * 1024 * 1024);
  await keyboardPaste(page, text);
  await assertLargePaste(page, log, text, { responsive: true });
  // A paste into the (empty) box replaces the large article, and the box holds the new one.
  const article = 'Sáng 5/3, đoàn công tác của Hà Nội làm việc tại Đà Nẵng.';
  await keyboardPaste(page, article);
  await page.waitForFunction((a) => document.querySelector('.reading-view').textContent === a, article);
  assert.equal(await page.inputValue('textarea'), article);
  assert.equal(await page.$('.paste-area .large-text'), null);
  assert.deepEqual(foreign(log, `${origin}/`), []);
  await context.close();
});

test('from file://, the single file annotates a large paste in a worker too', async () => {
  const url = pathToFileURL(path.join(singleDir, 'chugiai.html')).href;
  const { page, context, log } = await open(url);
  const text = bigText(600 * 1024);
  await pasteEvent(page, { 'text/plain': text });
  await assertLargePaste(page, log, text, { responsive: false });
  assert.deepEqual(log.requests.filter((u) => u !== url && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  await context.close();
});

test('under a Content Security Policy without eval, a large paste is annotated in a worker', async () => {
  const { page, context, log } = await open(`${origin}/?csp=workers`);
  const text = bigText(300 * 1024);
  await pasteEvent(page, { 'text/plain': text });
  await assertLargePaste(page, log, text, { responsive: false });
  await context.close();
});

test('when no worker may start, a large paste is annotated on the page in chunks, and still completes',
  async () => {
    const { page, context, log } = await open(`${origin}/?csp=noworker`);
    const text = bigText(300 * 1024);
    await pasteEvent(page, { 'text/plain': text });
    await page.waitForFunction(() => !document.querySelector('progress.annotating'), null, { timeout: 240_000 });
    await page.waitForSelector('.reading-view mark[data-label="LOCATION"]', { timeout: 60_000 });
    await assertHeld(page, text);
    assert.ok(log.console.some((m) => m.includes('in chunks')), 'the fallback ran');
    const marks = await page.$$eval('.reading-view mark[data-label="LOCATION"]', (els) =>
      els.slice(0, 20).map((e) => e.textContent));
    assert.ok(marks.includes('Yên Bái'), `"Yên Bái" highlighted: ${marks}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

test('a failure shows the error box in Vietnamese and the article stays in the text box', async () => {
  const { page, context, log } = await open(`${origin}/`);
  const article = 'Sáng 5/3, đoàn công tác của Hà Nội làm việc tại Đà Nẵng.';
  await keyboardPaste(page, article);
  await page.waitForFunction((a) => document.querySelector('.reading-view').textContent === a, article);
  const thrown = await page.evaluate(() => {
    try { window.wasmBindings.chugiai_test_panic(); return null; } catch (e) { return String(e); }
  });
  assert.ok(thrown, 'the panic stopped the call');
  await page.waitForSelector('#chugiai-panic[role="alert"]');
  const box = await page.textContent('#chugiai-panic');
  assert.ok(box.includes('Đã xảy ra lỗi'), box);
  assert.ok(box.includes('Văn bản của bạn vẫn được giữ'), box);
  assert.ok(await page.isVisible('#chugiai-panic a.reload'));
  assert.equal(await page.inputValue('textarea'), article, 'the article is still there');
  assert.ok(log.console.some((m) => m.startsWith('error:') && m.includes('test panic requested')), 'logged');
  await context.close();
});
