import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
for (const u of process.argv.slice(2)) {
  await page.goto('http://127.0.0.1:4173' + u);
  await page.waitForTimeout(2500);
  console.log(u, await page.evaluate(() => [document.documentElement.outerHTML.slice(0, 300), [...document.querySelectorAll('main h1')].map(h => h.textContent + ':' + (h.offsetParent !== null)).join(' | '), document.getElementById('view')?.getAttribute('data-key')]));
}
await browser.close();
