// Screenshots of app routes at phone and desktop widths, for a person to look at.
//   node tests/tools/shoot.mjs http://127.0.0.1:8080 out-dir /path1 /path2 ...
//   SIZES=1920x1080,320x640 (default 360x800,1280x800), FULL=1 (the whole page), SCHEME=dark
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const [base, out, ...paths] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const scheme = process.env.SCHEME || 'light';
const sizes = (process.env.SIZES || '360x800,1280x800').split(',').map((s) => s.split('x').map(Number));
for (const [w, h] of sizes) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  page.on('console', (m) => m.type() === 'error' && console.log(`console error on ${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => console.log(`page error: ${e}`));
  for (const p of paths) {
    await page.goto(base + p);
    await page.waitForSelector('html[data-app="ready"] main h1', { timeout: 10000 }).catch(() => console.log('app not ready on', p));
    await page.waitForTimeout(200);
    const name = `${out}/${(p.replace(/[^a-z0-9]+/gi, '_') || 'home')}-${w}${scheme === 'dark' ? '-dark' : ''}.png`;
    await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
    console.log(name);
  }
  await page.close();
}
await browser.close();
