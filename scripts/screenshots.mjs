// Screenshots of the workspace in the light and dark themes, 1366×900: `node scripts/screenshots.mjs [DIST] [OUTDIR]`
// (defaults: dist/ from `trunk build --release`, docs/screenshots/). Serves DIST itself on 127.0.0.1, opens the
// page in the system Chromium (playwright-core, nothing downloaded), steps to the first person of the summary
// and writes OUTDIR/light.png and OUTDIR/dark.png.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dist = path.resolve(process.argv[2] || 'dist');
const out = path.resolve(process.argv[3] || 'docs/screenshots');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = http.createServer((req, res) => {
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
const url = `http://127.0.0.1:${server.address().port}/`;
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const theme of ['light', 'dark']) {
    // A fresh context: nothing saved, the sample article, the theme from the system setting.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('.reading-view mark[data-label]', { timeout: 60_000 });
    await page.click('.summary .item[data-label="PERSON"]');
    await page.waitForSelector('.reading-view .current');
    await page.screenshot({ path: path.join(out, `${theme}.png`) });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`wrote ${path.join(out, 'light.png')} and ${path.join(out, 'dark.png')}`);
