// Prints the largest-contentful-paint entries of a page load (for finding what Lighthouse
// counts as LCP): node tests/tools/lcp-probe.mjs http://127.0.0.1:8080/questions
import { chromium } from 'playwright-core';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let i = 0; i < 4; i++) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push(`${Math.round(e.startTime)}ms ${e.size} ${e.element ? e.element.tagName + '.' + e.element.className + ' «' + (e.element.textContent || '').slice(0, 30) + '»' : '(removed)'}`); }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url);
  await page.waitForTimeout(2500);
  console.log(await page.evaluate(() => window.__lcp.join(' | ')));
  await ctx.close();
}
await browser.close();
