// Screenshots of the workspace in both themes: `node scripts/screenshot-workspace.mjs URL OUTDIR`
// (page served from a release build). Writes OUTDIR/light.png and OUTDIR/dark.png. Uses the system Chromium.
import { chromium } from 'playwright-core';

const url = process.argv[2] || 'http://127.0.0.1:8080/';
const out = process.argv[3] || '.';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
for (const theme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, colorScheme: theme });
  await page.goto(url);
  await page.waitForSelector('mark[data-label]', { timeout: 60_000 });
  await page.evaluate(() => localStorage.clear());
  await page.hover('.reading-view mark[data-label="PERSON"]');
  if (process.env.STEP) await page.click('.summary li button');
  await page.screenshot({ path: `${out}/${theme}.png`, fullPage: !!process.env.FULL });
  await page.close();
}
await browser.close();
console.log(`wrote ${out}/light.png ${out}/dark.png`);
