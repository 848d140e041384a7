// Prints the long main-thread tasks of a page load at 4x CPU slowdown (what Lighthouse's total
// blocking time counts): node tests/tools/longtasks.mjs http://127.0.0.1:4190/
import { chromium } from 'playwright-core';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let i = 0; i < 3; i++) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__lt = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.waitForTimeout(1500);
  const lt = await page.evaluate(() => window.__lt);
  const tbt = lt.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
  console.log(`TBT ${tbt} ms; tasks ${lt.map(([s, d]) => `${d}ms@${s}`).join(', ')}`);
  await ctx.close();
}
await browser.close();
