import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const w of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 }, colorScheme: 'dark' });
  await page.goto('http://127.0.0.1:4190/questions?panel=1');
  await page.waitForSelector('html[data-app="ready"]');
  await page.locator('figure.figures').screenshot({ path: `/tmp/shots/dfig-${w}.png` });
  await page.goto('http://127.0.0.1:4190/?at=2021-11-22T17:00:00-05:00');
  await page.waitForSelector('html[data-app="ready"]');
  await page.locator('.now').screenshot({ path: `/tmp/shots/dnow-${w}.png` });
  await page.close();
}
await browser.close();
