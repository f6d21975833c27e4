// Takes the README's screenshot: `node scripts/screenshot.mjs [URL] [OUT]` with the page served by
// scripts/serve.sh (default http://127.0.0.1:8080/, docs/screenshot.png). Uses the system Chromium.
import { chromium } from 'playwright-core';

const url = process.argv[2] || 'http://127.0.0.1:8080/';
const out = process.argv[3] || 'docs/screenshot.png';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
await page.goto(url);
await page.waitForSelector('mark[data-label]', { timeout: 60_000 });
// The side pane fills in the frame after the article's first one.
await page.waitForSelector('.summary .item', { timeout: 60_000 });
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
