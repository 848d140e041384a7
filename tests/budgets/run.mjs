// Budgets: first-load transfer size, axe-core violations and Lighthouse scores of the release
// build, measured against budgets.json and printed on every run. Exits non-zero on a miss.
import { chromium } from 'playwright-core';
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';

const run = promisify(execFile);
const budgets = JSON.parse(fs.readFileSync('budgets.json', 'utf8'));
const PORT = 4190;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const failures = [];
const fail = (msg) => { failures.push(msg); console.log(`  ✗ ${msg}`); };
const ok = (msg) => console.log(`  ✓ ${msg}`);

const server = spawn(process.execPath, ['scripts/server.mjs', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
process.on('exit', () => server.kill()); // also when a check throws
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => String(d).includes('Serving') && resolve());
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

// BUDGETS=lighthouse (or firstLoad, search, axe; comma-separated) runs only those, and
// LH_ROUTE=/timer only that route of Lighthouse, while working on one budget; the test
// command runs them all.
const only = (name) => !process.env.BUDGETS || process.env.BUDGETS.split(',').includes(name);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROME_ARGS });
try {
  if (only('firstLoad')) await firstLoad();
  if (only('search')) await searchBenchmark();
  if (only('axe')) await axe();
} finally {
  await browser.close();
}
if (only('lighthouse')) await lighthouse();
server.kill();

console.log(failures.length ? `\nBudgets missed: ${failures.length}` : '\nAll budgets met.');
process.exit(failures.length ? 1 : 0);

async function firstLoad() {
  const { path, maxKB } = budgets.firstLoad;
  console.log(`\nFirst load of ${path} (brotli transfer, budget ${maxKB} KB)`);
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor();
  let total = 0;
  const rows = [];
  for (const r of responses) {
    const sizes = await r.request().sizes().catch(() => null);
    if (!sizes) continue;
    const bytes = sizes.responseBodySize;
    total += bytes;
    rows.push([new URL(r.url()).pathname, r.headers()['content-encoding'] || '-', bytes]);
  }
  for (const [p, enc, bytes] of rows.sort((a, b) => b[2] - a[2])) {
    console.log(`    ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${enc.padEnd(3)} ${p}`);
  }
  const kb = total / 1024;
  (kb <= maxKB ? ok : fail)(`first load ${kb.toFixed(1)} KB of ${maxKB} KB`);
  await context.close();
}

// From a keystroke in the agenda's search box to the updated, laid-out list, under 4x CPU
// throttling (a mid-range phone). Measured in the page with performance.now(); the budget is a
// median, so one slow sample on a busy machine does not fail the run.
async function searchBenchmark() {
  const { path, cpuSlowdown, keystrokes, targetMs, maxMedianMs } = budgets.searchBenchmark;
  console.log(`\nSearch keystroke to updated list, ${cpuSlowdown}x CPU throttling (target ${targetMs} ms, budget median ${maxMedianMs} ms)`);
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(ORIGIN + path);
  // The app, not the static page: wait until it has taken the page over.
  await page.locator('html[data-app="ready"] #agenda-q').waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const times = await page.evaluate(async (words) => {
    const input = document.getElementById('agenda-q');
    const list = document.querySelector('.agenda-days');
    const out = [];
    for (const w of words) {
      const changed = new Promise((resolve) => {
        const mo = new MutationObserver(() => { mo.disconnect(); list.offsetHeight; resolve(performance.now()); });
        mo.observe(list, { childList: true, subtree: true, characterData: true });
        setTimeout(() => { mo.disconnect(); resolve(null); }, 2000);
      });
      const t0 = performance.now();
      input.value = w;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = await changed;
      out.push(t1 === null ? null : t1 - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }, keystrokes);
  await context.close();
  const measured = times.filter((t) => t !== null).sort((a, b) => a - b);
  if (measured.length < times.length) fail(`${times.length - measured.length} keystroke(s) did not update the list`);
  const median = measured[Math.floor(measured.length / 2)];
  const max = measured[measured.length - 1];
  console.log(`    ${times.length} keystrokes: median ${median.toFixed(1)} ms, max ${max.toFixed(1)} ms (${median <= targetMs ? 'within' : 'over'} the one-frame target)`);
  (median <= maxMedianMs ? ok : fail)(`search median ${median.toFixed(1)} ms (max ${maxMedianMs})`);
}

async function axe() {
  const { tags, maxViolations, widths, schemes, routes } = budgets.axe;
  console.log(`\naxe-core ${tags.join(', ')} (budget ${maxViolations} violations)`);
  const source = fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  let total = 0;
  for (const scheme of schemes) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      for (const route of routes) {
        await page.goto(ORIGIN + route);
        await page.locator('html[data-app="ready"] main h1').first().waitFor();
        // Another language's text arrives after the app starts: audit the page in it.
        const lang = new URL(ORIGIN + route).searchParams.get('lang');
        if (lang) await page.locator(`html[lang="${lang}"]`).waitFor();
        await page.evaluate(source);
        const result = await page.evaluate((t) => window.axe.run(document, { runOnly: { type: 'tag', values: t } }), tags);
        const n = result.violations.length;
        total += n;
        const where = `${route} @${width}px ${scheme}`;
        if (n === 0) {
          ok(`${where}: 0 violations`);
        } else {
          fail(`${where}: ${n} violation(s)`);
          for (const v of result.violations) {
            console.log(`      ${v.id} (${v.impact}): ${v.help}`);
            for (const node of v.nodes.slice(0, 3)) console.log(`        ${node.target.join(' ')}  ${node.failureSummary.split('\n').slice(1, 2).join(' ')}`);
          }
        }
      }
      await context.close();
    }
  }
  if (total > maxViolations) fail(`axe: ${total} violations in all`);
}

// Performance is measured in runs of its own: gathering the accessibility, best-practices and
// SEO audits in the same page load adds work of Lighthouse's own to the trace (its LCP moved
// from 1.0 s to 2.0 s on an unchanged page). Those three are gathered in one more run.
async function lighthouseRun(url, categories, i) {
  const { stdout } = await run('node_modules/.bin/lighthouse', [
    url,
    '--output=json', '--output-path=stdout', '--quiet',
    `--only-categories=${categories}`,
    `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')} --user-data-dir=/tmp/lh-profile-${process.pid}-${i}-${categories.length}`,
  ], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(stdout);
  for (const [id, cat] of Object.entries(report.categories)) {
    if (cat.score < 1) {
      for (const ref of cat.auditRefs) {
        const a = report.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`      ${id}: ${a.id} = ${a.score} ${a.displayValue || ''}`);
      }
    }
  }
  return report;
}

async function lighthouse() {
  const { runs, routes, minScores, maxLcpMs, maxTbtMs } = budgets.lighthouse;
  console.log(`\nLighthouse 12 mobile: performance as the median of ${runs} runs, the other categories in one`);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const route of routes.filter((r) => !process.env.LH_ROUTE || r === process.env.LH_ROUTE)) {
    const scores = { performance: [] };
    const lcps = [];
    const tbts = [];
    for (let i = 0; i < runs; i++) {
      const r = await lighthouseRun(ORIGIN + route, 'performance', i);
      scores.performance.push(Math.round(r.categories.performance.score * 100));
      lcps.push(r.audits['largest-contentful-paint'].numericValue);
      tbts.push(r.audits['total-blocking-time'].numericValue);
    }
    const rest = await lighthouseRun(ORIGIN + route, 'accessibility,best-practices,seo', runs);
    for (const [id, cat] of Object.entries(rest.categories)) scores[id] = [Math.round(cat.score * 100)];
    const lcp = median(lcps);
    const tbt = median(tbts);
    const line = Object.entries(scores).map(([k, v]) => `${k} ${median(v)}`).join(', ');
    console.log(`    ${route}: ${line}, LCP ${(lcp / 1000).toFixed(2)} s, TBT ${Math.round(tbt)} ms (runs: performance ${scores.performance.join('/')}, LCP ${lcps.map((l) => (l / 1000).toFixed(2)).join('/')} s, TBT ${tbts.map((x) => Math.round(x)).join('/')} ms)`);
    for (const [cat, min] of Object.entries(minScores)) {
      const got = median(scores[cat] || [0]);
      (got >= min ? ok : fail)(`${route} ${cat} ${got} (min ${min})`);
    }
    if (maxLcpMs) (lcp <= maxLcpMs ? ok : fail)(`${route} LCP ${Math.round(lcp)} ms (max ${maxLcpMs})`);
    if (maxTbtMs !== undefined) (tbt <= maxTbtMs ? ok : fail)(`${route} total blocking time ${Math.round(tbt)} ms (max ${maxTbtMs})`);
  }
}
