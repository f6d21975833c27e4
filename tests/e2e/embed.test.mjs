// End-to-end tests of chugiai embedded in another site's page (node --test; playwright-core drives the system
// Chromium). Build first: `trunk build --release --dist DIR` (writes DIR/embed/ and DIR/demo-host.html through
// scripts/embed_bundle.py), then `DIST_DIR=DIR node --test tests/e2e/embed.test.mjs`.
//
// The demo host page (static/demo-host.html: a news article page with its own aggressive CSS) is served under
// a strict Content-Security-Policy without eval, with the script + wasm pair and with the single
// self-contained script. On both:
// - the element with its own content renders highlights (mark[data-label]) inside its shadow root;
// - the element with for= draws highlights over the host article, whose text and markup stay as they were;
// - the host's CSS does not change the widget, and the widget's CSS does not change the host;
// - window.chugiai.annotate gives the annotation JSON; chugiai.mount mounts another widget;
// - no request leaves the page's origin, nothing violates the policy, nothing is logged as an error.
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
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css' };

// The policy the README asks a host to allow, nothing more for chugiai: its script from the host's own origin,
// and 'wasm-unsafe-eval' to compile the wasm. ('unsafe-inline' in style-src is for the demo page's own
// <style>; chugiai's styles are constructable stylesheets, which style-src does not restrict.)
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";
// The minimal policy of the README, everything else forbidden (no style-src at all): chugiai still works
// and is still styled.
const CSP_MINIMAL = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

let browser, server, origin;
const served = [];

before(async () => {
  for (const f of ['demo-host.html', 'embed/chugiai.js', 'embed/chugiai_bg.wasm', 'embed/chugiai-embed.js']) {
    assert.ok(fs.existsSync(path.join(dist, f)), `${f} missing in ${dist}: run trunk build --release first`);
  }
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    served.push(url.pathname + url.search);
    if (url.pathname === '/favicon.ico') { // the host site's icon, not chugiai's business
      res.writeHead(204).end();
      return;
    }
    const file = path.join(dist, path.normalize(url.pathname));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    let body = fs.readFileSync(file);
    // ?variant=single: the demo page with the single self-contained script instead of the pair.
    if (url.pathname === '/demo-host.html' && url.searchParams.get('variant') === 'single') {
      body = Buffer.from(body.toString('utf8').replace('embed/chugiai.js', 'embed/chugiai-embed.js'));
    }
    const csp = url.searchParams.get('csp') === 'minimal' ? CSP_MINIMAL : CSP;
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'content-security-policy': csp });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The demo page, with every request, error and CSP violation recorded; waits until every element is up. */
async function open(query = '') {
  // Tall enough for the whole article to be in view (elementFromPoint sees only the viewport).
  const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/demo-host.html${query}`);
  await page.waitForFunction(() => {
    const els = [...document.querySelectorAll('chu-giai')];
    return els.length > 0 && els.every((e) => e.hasAttribute('data-ready') || e.hasAttribute('data-error'));
  }, null, { timeout: 30_000 });
  // The in-place overlay draws on the next frame.
  await page.waitForFunction(() =>
    document.querySelector('chu-giai[for]').shadowRoot.querySelectorAll('mark[data-label]').length > 0);
  return { page, context, requests, errors };
}

/** Labels and texts of the highlights in the shadow root of `#id`. */
const shadowMarks = (page, id) => page.evaluate((id) =>
  [...document.getElementById(id).shadowRoot.querySelectorAll('mark[data-label]')]
    .map((m) => [m.dataset.label, m.textContent]), id);

async function assertEmbedWorks(query) {
  served.length = 0;
  const { page, context, requests, errors } = await open(query);
  const hostBefore = await page.evaluate(() => document.body.innerHTML);

  // Nothing failed to mount.
  assert.deepEqual(await page.evaluate(() =>
    [...document.querySelectorAll('chu-giai[data-error]')].map((e) => e.dataset.error)), []);

  // The element with content: highlights with data-label inside its shadow root, none in the light DOM.
  const tinVan = await shadowMarks(page, 'tin-van');
  assert.ok(tinVan.some(([l, t]) => l === 'LOCATION' && t === 'Lào Cai'), `Lào Cai as LOCATION: ${tinVan}`);
  assert.ok(tinVan.some(([l, t]) => l === 'ORGANIZATION' && t.includes('Sở Giáo dục và Đào tạo')));
  // (document.querySelectorAll: Playwright's own selectors would pierce the shadow roots.)
  assert.equal(await page.evaluate(() => document.querySelectorAll('mark').length), 0, 'no mark in the host document');
  // Read-only: no paste area; the reading view has the element's text.
  const view = await page.evaluate(() => {
    const r = document.getElementById('tin-van').shadowRoot;
    return { textarea: r.querySelectorAll('textarea').length, text: r.querySelector('.reading-view').textContent };
  });
  assert.equal(view.textarea, 0);
  assert.ok(view.text.startsWith('Chiều 12/3, Ban Thường vụ Tỉnh ủy Lào Cai'), view.text);
  // Several elements: the English one shows only the labels asked for, with an English interface.
  const english = await shadowMarks(page, 'english');
  assert.ok(english.some(([l, t]) => l === 'LOCATION' && t === 'Đà Nẵng'), `${english}`);
  const hidden = await page.evaluate(() =>
    document.getElementById('english').shadowRoot.querySelector('.reading-view').dataset.hidden.split(' '));
  assert.deepEqual(hidden.sort(), ['DATE', 'DOCUMENT', 'EVENT', 'MISC', 'ORGANIZATION', 'POSITION']);
  assert.equal(await page.evaluate(() =>
    document.getElementById('english').shadowRoot.querySelector('.app').getAttribute('lang')), 'en');

  // In place: boxes over the host article's own words, and the article itself untouched.
  const inPlace = await page.evaluate(() => {
    const article = document.getElementById('bai-viet');
    const boxes = [...document.getElementById('tai-cho').shadowRoot.querySelectorAll('mark[data-label]')];
    // The host text under each box's centre (the boxes let the pointer through).
    const under = boxes.map((b) => {
      const r = b.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const at = document.elementFromPoint(x, y);
      return [b.dataset.label, b.title, article.contains(at)];
    });
    return { under, count: boxes.length };
  });
  assert.ok(inPlace.count >= 5, `highlights over the article: ${inPlace.count}`);
  assert.ok(inPlace.under.every(([, , inside]) => inside), 'every box lies over the article, which stays on top for the pointer');
  const titles = inPlace.under.map(([l, t]) => `${l} ${t}`);
  assert.ok(titles.some((t) => t.startsWith('PERSON') && t.endsWith('Nguyễn Văn Sơn')), titles.join(' | '));
  assert.ok(titles.some((t) => t.startsWith('DOCUMENT') && t.includes('06/QĐ-TTg')), titles.join(' | '));
  // The host's article is exactly as served: same markup, text readable, selectable, in its own font.
  const served0 = fs.readFileSync(path.join(dist, 'demo-host.html'), 'utf8');
  const articleHtml = await page.evaluate(() => document.getElementById('bai-viet').outerHTML);
  assert.ok(served0.includes(articleHtml), 'the article markup is unchanged');
  const articleStyle = await page.evaluate(() => {
    const p = document.querySelector('#bai-viet p:nth-of-type(3)');
    const s = getComputedStyle(p);
    return { font: s.fontFamily, color: s.color, visible: p.checkVisibility(), text: p.innerText };
  });
  assert.match(articleStyle.font, /Georgia/);
  assert.equal(articleStyle.color, 'rgb(34, 34, 34)');
  assert.ok(articleStyle.visible);
  assert.ok(articleStyle.text.startsWith('Chủ trì hội nghị có đồng chí Nguyễn Văn Sơn'));

  // Host CSS does not reach the widget: not the * font, not `mark { background: red }`, not `.app { display:
  // none }`, not the button colours.
  const widget = await page.evaluate(() => {
    const r = document.getElementById('tin-van').shadowRoot;
    const mark = r.querySelector('mark[data-label="LOCATION"]');
    const button = r.querySelector('button');
    const ms = getComputedStyle(mark);
    const bs = button && getComputedStyle(button);
    return { app: getComputedStyle(r.querySelector('.app')).display, font: ms.fontFamily,
      background: ms.backgroundColor, size: ms.fontSize, button: bs && bs.color };
  });
  assert.notEqual(widget.app, 'none');
  assert.doesNotMatch(widget.font, /Georgia|Times/);
  assert.match(widget.font, /system-ui/);
  assert.notEqual(widget.background, 'rgb(255, 0, 0)');
  assert.notEqual(widget.size, '30px');
  if (widget.button) assert.notEqual(widget.button, 'rgb(0, 255, 0)');
  // The widget's CSS does not reach the host: no stylesheet added to the document, the host's own rules hold.
  const host = await page.evaluate(() => ({
    sheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    body: getComputedStyle(document.body).backgroundColor,
    h2: getComputedStyle(document.querySelector('article h2')).fontFamily,
  }));
  assert.deepEqual(host.sheets, 1);
  assert.deepEqual(host.adopted, 0);
  assert.equal(host.body, 'rgb(251, 247, 239)');
  assert.match(host.h2, /Georgia/);
  assert.equal(await page.evaluate(() => document.body.innerHTML), hostBefore, 'the host DOM did not change');

  // The JavaScript API: annotate (no interface) and mount.
  const api = await page.evaluate(async () => {
    const a = await window.chugiai.annotate('Sáng 5/3, đoàn công tác của Hà Nội làm việc tại Đà Nẵng.');
    const div = document.createElement('div');
    document.querySelector('footer').append(div);
    const m = await window.chugiai.mount(div, { text: 'Ông Trần Văn Nam về thăm Huế.', readOnly: true });
    await new Promise((ok) => setTimeout(ok, 50));
    const marks = [...div.shadowRoot.querySelectorAll('mark[data-label]')].map((e) => e.textContent);
    m.unmount();
    return { a, marks, after: div.shadowRoot.querySelectorAll('mark').length };
  });
  assert.equal(api.a.text, 'Sáng 5/3, đoàn công tác của Hà Nội làm việc tại Đà Nẵng.');
  assert.ok(api.a.entities.some((e) => e.label === 'LOCATION' && e.text === 'Hà Nội' && e.start === 28));
  // Offsets in code points of the text, as annotation-format.md says.
  for (const e of api.a.entities) assert.equal([...api.a.text].slice(e.start, e.end).join(''), e.text);
  assert.ok(api.marks.includes('Huế'), `${api.marks}`);
  assert.equal(api.after, 0, 'unmount removes the widget');

  // Nothing outside the origin, no CSP violation, no error.
  const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request leaves the page origin');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
}

test('script + wasm pair: the demo news page under a strict CSP', async () => {
  await assertEmbedWorks('');
  assert.ok(served.includes('/embed/chugiai_bg.wasm'), 'the wasm came from beside the script');
});

test('single self-contained script: the same page, one request for chugiai', async () => {
  await assertEmbedWorks('?variant=single');
  assert.ok(served.includes('/embed/chugiai-embed.js'));
  assert.ok(!served.some((p) => p.endsWith('.wasm') || p === '/embed/chugiai.js'), served.join(' '));
});

for (const variant of ['pair', 'single']) {
  test(`${variant}: under the README's minimal policy (default-src 'none'), the widget works and is styled`, async () => {
    const { page, context, errors } = await open(`?csp=minimal&variant=${variant}`);
    assert.ok((await shadowMarks(page, 'tin-van')).some(([l, t]) => l === 'LOCATION' && t === 'Lào Cai'));
    const bg = await page.evaluate(() => getComputedStyle(
      document.getElementById('tin-van').shadowRoot.querySelector('mark[data-label="LOCATION"]')).backgroundColor);
    assert.equal(bg, 'rgb(187, 247, 208)', 'the LOCATION colour of style.css');
    const inPlace = await page.evaluate(() =>
      document.getElementById('tai-cho').shadowRoot.querySelectorAll('mark[data-label]').length);
    assert.ok(inPlace >= 5);
    // The only violations are the host page's own <style>.
    const v = await page.evaluate(() => window.__violations);
    assert.ok(v.every((x) => x.startsWith('style-src') && x.endsWith('inline')), v.join(' | '));
    assert.ok(errors.every((e) => /Content Security Policy/.test(e) && /style/.test(e)), errors.join(' | '));
    await context.close();
  });
}

test('an editable widget leaves the host page keys alone: Ctrl+Z in a contenteditable editor is the editor\'s', async () => {
  const { page, context, errors } = await open('');
  const prevented = await page.evaluate(async () => {
    const div = document.createElement('div');
    document.querySelector('footer').append(div);
    await window.chugiai.mount(div, { text: 'Ông Trần Văn Nam về thăm Huế.' }); // editable: has keyboard corrections
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.textContent = 'Bài của biên tập viên';
    document.querySelector('footer').append(editor);
    editor.focus();
    const out = {};
    for (const key of ['z', 'y', '1', 'Delete']) {
      const e = new KeyboardEvent('keydown', { key, ctrlKey: key === 'z' || key === 'y', bubbles: true, cancelable: true });
      editor.dispatchEvent(e);
      out[key] = e.defaultPrevented;
    }
    return out;
  });
  assert.deepEqual(prevented, { z: false, y: false, 1: false, Delete: false });
  assert.deepEqual(errors, []);
  await context.close();
});
