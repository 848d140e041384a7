import { chromium } from 'playwright-core';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
await page.goto(url);
await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
await page.waitForTimeout(800);
await cdp.send('Tracing.end');
await done;
for (const e of events.filter((e) => e.name === "EvaluateScript" && e.dur > 5000)) console.log("eval", (e.dur/1000).toFixed(0), JSON.stringify(e.args).slice(0, 200));
const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 30000).sort((a, b) => a.ts - b.ts);
for (const t of tasks) {
  const inside = events.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur && e.name !== 'RunTask' && e.tid === t.tid);
  const agg = {};
  for (const e of inside) agg[e.name] = (agg[e.name] || 0) + e.dur;
  console.log(`task ${(t.dur / 1000).toFixed(0)} ms:`, Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(', '));
}
await browser.close();
