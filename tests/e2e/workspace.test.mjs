// End-to-end tests of the annotation workspace on the built page in headless Chromium (node --test;
// playwright-core drives the system Chromium). Build first: `trunk build --release` (scripts/test.sh does).
// Pasting itself is in page.test.mjs; here every test starts from an article typed into the text box.
//
// - the summary steps through an item's mentions (the marked mention moves on, by click and by Enter) and a
//   directive of the numbered list goes to its sentence;
// - a legend toggle hides and shows a label's highlights;
// - corrections from the keyboard: select text and press a digit (add), a digit on a focused highlight
//   (relabel), Delete (delete), Ctrl+Z / Ctrl+Y; a reload keeps the article and its corrections;
// - each export's content (downloaded files: json, jsonld, csv, md, brat; the clipboard), made from the
//   corrected annotation; importing an annotation JSON restores its text and spans, a bad file says why.
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
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm' };

// The same person twice, a place twice, a date, and one directive by that person.
const ARTICLE = 'Đồng chí Hoàng Thị Vĩnh - Trưởng Ban Dân vận Tỉnh ủy Yên Bái chủ trì hội nghị tại Yên Bái. ' +
  'Đồng chí Hoàng Thị Vĩnh yêu cầu các địa phương hoàn thành trước ngày 15/7/2025.';

let browser, server, origin;

before(async () => {
  assert.ok(fs.existsSync(path.join(dist, 'index.html')), `index.html missing in ${dist}: run trunk build --release`);
  server = http.createServer((req, res) => {
    const p = new URL(req.url, 'http://localhost').pathname;
    const file = path.join(dist, p === '/' ? 'index.html' : path.normalize(p));
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

/** A fresh browser profile on the page, with ARTICLE (or the given text) in the text box. */
async function open(text = ARTICLE) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/`);
  await page.waitForSelector(APP_MARK, { timeout: 30_000 });
  await page.fill('textarea', text);
  await page.waitForFunction((t) => document.querySelector('.reading-view').textContent === t, text);
  return { page, context, errors };
}

/** Texts of the highlights with this label. */
const marks = (page, label) =>
  page.$$eval(`.reading-view mark[data-label="${label}"]`, (els) => els.map((e) => e.textContent));

/** The marked mention (the one stepped to): its text and start offset. */
const current = (page) =>
  page.$eval('.reading-view .current', (e) => ({ text: e.textContent, start: Number(e.dataset.s) }));

/** Selects the first occurrence of `needle` in the reading view, as a reader dragging over it would. */
async function select(page, needle) {
  await page.evaluate((needle) => {
    const view = document.querySelector('.reading-view');
    view.focus(); // a reader's drag leaves the text box
    const walk = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const i = n.data.indexOf(needle);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + needle.length);
        getSelection().removeAllRanges();
        getSelection().addRange(r);
        return;
      }
    }
    throw new Error(`not in the reading view: ${needle}`);
  }, needle);
}

/** Chooses an export format and downloads it: the file's name and content. */
async function download(page, format) {
  await page.selectOption('.export select.format', format);
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('.export button.download')]);
  return { name: file.suggestedFilename(), content: fs.readFileSync(await file.path(), 'utf8') };
}

test('a summary item steps through its mentions; a directive of the list goes to its sentence', async () => {
  const { page, context, errors } = await open();
  const person = page.locator('.summary .item[data-label="PERSON"]').first();
  assert.equal(await person.locator('.name').textContent(), 'Hoàng Thị Vĩnh');
  const count = Number(await person.getAttribute('data-count'));
  assert.equal(count, (await marks(page, 'PERSON')).filter((t) => t === 'Hoàng Thị Vĩnh').length);
  assert.ok(count >= 2, 'the person is mentioned twice');
  // Each activation marks the next mention, in text order, then back to the first.
  const seen = [];
  for (let i = 0; i <= count; i++) {
    await person.click();
    const c = await current(page);
    assert.equal(c.text, 'Hoàng Thị Vĩnh');
    seen.push(c.start);
  }
  assert.deepEqual(seen.slice(0, count), [...seen.slice(0, count)].sort((a, b) => a - b));
  assert.equal(new Set(seen.slice(0, count)).size, count, 'every mention is visited');
  assert.equal(seen[count], seen[0], 'after the last, the first again');
  assert.match(await person.textContent(), /1 trên \d/, 'the item says which mention is marked');
  // By keyboard: the focus stays on the item, Enter steps on.
  await person.focus();
  await page.keyboard.press('Enter');
  assert.equal((await current(page)).start, seen[1]);
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('item')), true);
  // The details panel describes the mention stepped to.
  assert.equal(await page.textContent('.details .quote'), '“Hoàng Thị Vĩnh”');
  // A place with its 2025 mapping.
  const place = page.locator('.summary .item[data-label="LOCATION"]', { hasText: 'Yên Bái' });
  assert.match(await place.locator('.sub').textContent(), /nay thuộc Lào Cai/);
  // The directive: numbered, issuer → addressee, deadline; activating it marks its sentence.
  const task = page.locator('.summary .tasks li').first();
  assert.equal(await task.getAttribute('value'), '1');
  assert.match(await task.locator('.who').textContent(), /Hoàng Thị Vĩnh.*→/);
  assert.match(await task.locator('.deadline').textContent(), /2025-07-15/);
  await task.locator('button').click();
  const marked = await page.$eval('.reading-view .current', (e) => [e.dataset.directive, e.textContent]);
  assert.ok(marked[0], 'a directive is marked');
  assert.ok(marked[1].startsWith('Đồng chí Hoàng Thị Vĩnh yêu cầu'), marked[1]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a legend toggle hides a label\'s highlights and shows them again', async () => {
  const { page, context } = await open();
  const toggle = page.locator('.legend li[data-label="LOCATION"] button');
  const colour = () => page.$eval('.reading-view mark[data-label="LOCATION"]',
    (e) => getComputedStyle(e).backgroundColor);
  const shown = await colour();
  assert.notEqual(shown, 'rgba(0, 0, 0, 0)');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await colour(), 'rgba(0, 0, 0, 0)', 'no colour while hidden');
  assert.deepEqual(await marks(page, 'LOCATION'), ['Yên Bái', 'Yên Bái'], 'the text and its offsets stay');
  await toggle.click();
  assert.equal(await colour(), shown);
  await context.close();
});

test('add, relabel and delete from the keyboard, undo and redo, and a reload keeps the corrections', async () => {
  const { page, context, errors } = await open();
  const legendCount = (label) => page.getAttribute(`.legend li[data-label="${label}"]`, 'data-count');
  const misc = Number(await legendCount('MISC'));
  // Add: select "chủ trì", press 8 (MISC).
  await select(page, 'chủ trì');
  await page.keyboard.press('8');
  assert.deepEqual(await marks(page, 'MISC'), ['chủ trì']);
  assert.equal(Number(await legendCount('MISC')), misc + 1, 'the legend counts it');
  // Relabel: focus it, press 7 (EVENT).
  await page.focus('.reading-view mark[data-label="MISC"]');
  await page.keyboard.press('7');
  assert.deepEqual(await marks(page, 'MISC'), []);
  assert.ok((await marks(page, 'EVENT')).includes('chủ trì'));
  // Delete it.
  await page.focus('.reading-view mark[data-label="EVENT"]:text-is("chủ trì")');
  await page.keyboard.press('Delete');
  assert.ok(!(await marks(page, 'EVENT')).includes('chủ trì'));
  // Undo twice: EVENT, then MISC; redo: EVENT again.
  await page.keyboard.press('Control+z');
  assert.ok((await marks(page, 'EVENT')).includes('chủ trì'));
  await page.keyboard.press('Control+z');
  assert.deepEqual(await marks(page, 'MISC'), ['chủ trì']);
  await page.keyboard.press('Control+y');
  assert.ok((await marks(page, 'EVENT')).includes('chủ trì'));
  assert.equal(await page.isEnabled('.app-toolbar .redo'), true, 'the delete can still be redone');
  // Reload: the article and its corrections are back, and the undo history with them.
  await page.reload();
  await page.waitForSelector(APP_MARK);
  assert.equal(await page.textContent('.reading-view'), ARTICLE);
  assert.ok((await marks(page, 'EVENT')).includes('chủ trì'));
  await page.keyboard.press('Control+z');
  assert.deepEqual(await marks(page, 'MISC'), ['chủ trì']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('each export is the corrected annotation in its format, downloaded or copied', async () => {
  const { page, context, errors } = await open();
  await select(page, 'chủ trì');
  await page.keyboard.press('8');
  // The annotation JSON: the article and every highlight, the correction included.
  const json = await download(page, 'json');
  assert.equal(json.name, 'chugiai.json');
  const a = JSON.parse(json.content);
  assert.equal(a.text, ARTICLE);
  const inView = await page.$$eval('.reading-view mark[data-label]',
    (els) => els.filter((e) => !e.classList.contains('cont')).map((e) => `${e.dataset.label}:${e.textContent}`));
  assert.deepEqual(a.entities.map((e) => `${e.label}:${e.text}`).sort(), inView.sort());
  assert.ok(a.entities.some((e) => e.label === 'MISC' && e.text === 'chủ trì' && e.rule === 'manual'));
  assert.equal(a.directives.length, 1);
  // W3C Web Annotation: one annotation per span, both selectors on the correction.
  const jsonld = await download(page, 'jsonld');
  assert.equal(jsonld.name, 'chugiai.jsonld');
  const w3c = JSON.parse(jsonld.content);
  assert.equal(w3c['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(w3c.total, a.entities.length + a.directives.length);
  const fixed = w3c.first.items.find((it) => it.body[0].value === 'MISC');
  assert.equal(fixed.target.selector[1].exact, 'chủ trì');
  const start = [...ARTICLE.slice(0, ARTICLE.indexOf('chủ trì'))].length;
  assert.equal(fixed.target.selector[0].start, start);
  // CSV: a header, one row per entity and directive.
  const csv = await download(page, 'csv');
  assert.equal(csv.name, 'chugiai.csv');
  const lines = csv.content.trimEnd().split('\r\n');
  assert.equal(lines[0], 'kind,start,end,label,text,value,issuer,addressee,deadline,strength,rule');
  assert.equal(lines.length, 1 + a.entities.length + a.directives.length);
  assert.ok(lines.includes(`entity,${start},${start + 7},MISC,chủ trì,,,,,,manual`), csv.content);
  // Markdown brief: the person, the place, the task.
  const md = await download(page, 'md');
  assert.equal(md.name, 'chugiai.md');
  assert.match(md.content, /^# Tóm tắt/);
  assert.match(md.content, /Hoàng Thị Vĩnh/);
  assert.match(md.content, /Yên Bái/);
  assert.match(md.content, /1\. .*Hoàng Thị Vĩnh/);
  // brat standoff.
  const brat = await download(page, 'brat');
  assert.equal(brat.name, 'chugiai.ann');
  assert.match(brat.content, new RegExp(`\\tMISC ${start} ${start + 7}\\tchủ trì\\n`));
  // Copy: the chosen format lands on the clipboard, and the page says so.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.selectOption('.export select.format', 'conll');
  await page.click('.export button.copy');
  await page.waitForSelector('.notice.info');
  assert.equal(await page.textContent('.notice .message'), 'Đã sao chép vào bộ nhớ tạm.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^# chugiai CoNLL/);
  assert.match(copied, /\nchủ\tB-MISC\tB-MISC\ntrì\tI-MISC\tI-MISC\n/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('importing an annotation JSON restores its text and spans; a bad file says what is wrong', async () => {
  const { page, context, errors } = await open();
  const text = 'Bài nhập: Sở Y tế và Hà Nội.';
  const imported = {
    id: 'bai-nhap',
    text,
    entities: [{ start: 10, end: 17, label: 'ORGANIZATION', text: 'Sở Y tế', rule: 'manual' },
      { start: 21, end: 27, label: 'EVENT', text: 'Hà Nội' }],
  };
  await page.setInputFiles('.export input[type=file]',
    { name: 'bai-nhap.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(imported)) });
  await page.waitForFunction((t) => document.querySelector('.reading-view').textContent === t, text);
  assert.equal(await page.inputValue('textarea'), text);
  assert.deepEqual(await marks(page, 'ORGANIZATION'), ['Sở Y tế']);
  assert.deepEqual(await marks(page, 'EVENT'), ['Hà Nội'], 'the file\'s spans, not the engine\'s');
  assert.equal(await page.textContent('.notice .message'), 'Đã khôi phục phiên làm việc.');
  // Exports now name the imported article.
  assert.equal((await download(page, 'json')).name, 'bai-nhap.json');
  // A span that does not fit its text: refused, the article stays, the message says which span and why.
  const bad = { text: 'Hà Nội', entities: [{ start: 0, end: 9, label: 'LOCATION', text: 'Hà Nội' }] };
  await page.setInputFiles('.export input[type=file]',
    { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await page.waitForSelector('.notice.error[role=alert]');
  const message = await page.textContent('.notice .message');
  assert.match(message, /^Không đọc được tệp JSON chú giải\. \(entity #1 \(0–9\): ends after the text/);
  assert.equal(await page.textContent('.reading-view'), text);
  // Not JSON at all.
  await page.setInputFiles('.export input[type=file]',
    { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('Hà Nội') });
  await page.waitForFunction(() => /not JSON/.test(document.querySelector('.notice .message').textContent));
  assert.deepEqual(errors, []);
  await context.close();
});
