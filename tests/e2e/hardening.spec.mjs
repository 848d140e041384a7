// Hardened: no request leaves this machine, the strict CSP the server sends is never violated,
// bad stored data never breaks the app, and a wasm that fails shows a banner, not a dead page.
import { test, expect } from '@playwright/test';
import { watchErrors, appReady, holdWasm } from './helpers.mjs';

const ROUTES = ['/', '/?at=2021-11-22T15:40:00-05:00', '/session?id=panel-1', '/speakers', '/speakers?id=ghada-waly', '/questions', '/questions?present=q1-2', '/timer', '/timer?projector=1', '/about', '/nope'];

test('no request leaves localhost and the CSP is never violated', async ({ page, context }) => {
  const outside = [];
  context.on('request', (r) => {
    if (!/^(http:\/\/127\.0\.0\.1:|data:|blob:)/.test(r.url())) outside.push(r.url());
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const route of ROUTES) {
    const response = await page.goto(route);
    expect(response.headers()['content-security-policy'], route).toContain("object-src 'none'");
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), route).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    await appReady(page);
    expect(await page.evaluate(() => window.__csp), route).toEqual([]);
  }
  // Also what the agenda does on demand: a calendar file, a QR code, a share.
  await page.goto('/?day=mon');
  await appReady(page);
  await page.getByRole('button', { name: /to your calendar/ }).click();
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(outside).toEqual([]);
});

test('corrupted stored data never breaks the app', async ({ page }) => {
  const watch = watchErrors(page);
  await page.addInitScript(() => {
    localStorage.setItem('gpa2021.my-agenda', '\u0000{"not":"ids"},,panel-9,<script>');
    localStorage.setItem('gpa2021.timer', '1rd.zz.%%%.x.yyy');
    localStorage.setItem('gpa2021.queue', 'gpa2021-queue 1\nw\tq\t\nl\td\tNaN\t-\t\u0000\n' + 'w\td\t' + 'x'.repeat(5000));
    localStorage.setItem('gpa2021.timer-options', '\ud800');
    localStorage.setItem('gpa2021.lang', 'xx"><script>');
  });
  await page.goto('/?mine=1');
  await appReady(page);
  // A stored language that is not one of the six falls back to the browser's (English here).
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.empty')).toContainText('Your agenda is empty.');
  await page.goto('/timer');
  await appReady(page);
  await expect(page.locator('.timer-display__digits')).toHaveText('2:00');
  await expect(page.locator('.queue__name')).toHaveCount(1);
  expect((await page.locator('.queue__name').textContent()).length).toBeLessThanOrEqual(120); // MAX_LABEL
  watch.check();
});

test('when the wasm cannot start, a banner says so and offers a reload', async ({ page }) => {
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' }));
  await page.goto('/about');
  const banner = page.locator('#app-error[role=alert]');
  await expect(banner).toContainText('Something went wrong.');
  await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
  // The static page stays readable underneath.
  await expect(page.locator('main h1')).toHaveText(/High-level meeting/);
});

test('the banner speaks the interface language set on <html lang>', async ({ page }) => {
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' }));
  // As if the app had set the language before it stopped.
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => { document.documentElement.lang = 'ru'; }));
  await page.goto('/');
  const banner = page.locator('#app-error[role=alert]');
  await expect(banner).toContainText('Что-то пошло не так.');
  await expect(banner.getByRole('button', { name: 'Обновить' })).toBeVisible();
});

test('without JavaScript the static programme is still there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4173/');
  await expect(page.locator('main li.session')).toHaveCount(7);
  await expect(page.locator('main')).toContainText('Ms. Siobhán Mullally');
  await page.goto('http://127.0.0.1:4173/questions');
  await expect(page.locator('li.question')).toHaveCount(13);
  await expect(page.locator('noscript')).toHaveCount(1);
  await context.close();
});

// A shared link to one session or speaker: its static file holds every variant, and a one-line
// script in the head picks the one the address names before the first paint (render::variants).
for (const route of ['/session?id=panel-1', '/session?id=closing-plenary', '/session?id=no-such-session', '/session', '/speakers', '/speakers?id=siobhan-mullally', '/speakers?id=nobody']) {
  test(`the static ${route} shows what the app will show, before it starts`, async ({ page }) => {
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    await page.goto(route);
    const headings = () => page.locator('main :is(h1, h2):visible').allInnerTexts();
    const staticHeadings = await headings();
    await expect(page.locator('main h1:visible')).toHaveCount(1);
    expect(staticHeadings.length).toBeGreaterThan(0);
    release();
    await appReady(page);
    expect(await headings()).toEqual(staticHeadings);
    errors.check();
  });
}

test('without JavaScript a session link shows every session, and a speaker link the list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4173/session?id=panel-1');
  await expect(page.locator('main article.session-page:visible')).toHaveCount(7);
  await expect(page.getByText('find that session')).toBeHidden();
  await page.goto('http://127.0.0.1:4173/speakers?id=siobhan-mullally');
  await expect(page.locator('main h1:visible')).toHaveText('Speakers');
  await expect(page.locator('main li.person:visible').first()).toBeVisible();
  await context.close();
});

// In the meeting's own zone no local time is shown; in any other its line is kept before the
// app writes it (a zone with half hours writes the longest).
for (const [zone, routes] of [
  ['UTC', ['/', '/questions', '/timer', '/about', '/session?id=panel-1', '/speakers?id=siobhan-mullally']],
  ['Asia/Kolkata', ['/', '/session?id=panel-1', '/speakers?id=siobhan-mullally']],
  ['America/New_York', ['/', '/speakers?id=siobhan-mullally']],
]) test.describe(`in ${zone}`, () => {
  test.use({ timezoneId: zone });
  for (const route of routes) test(`the app takes over the static ${route} without a layout shift`, async ({ page }) => {
    await page.addInitScript(() => {
      window.__cls = 0;
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (!e.hadRecentInput) {
            window.__cls += e.value;
            window.__shifts.push(e.sources.map((s) => (s.node && (s.node.className || s.node.nodeName)) + ' ' + s.previousRect.y + '>' + s.currentRect.y + ' h' + s.previousRect.height + '>' + s.currentRect.height).join(','));
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The static page paints first, as on a slow phone, then the app adopts it.
    const release = await holdWasm(page);
    await page.goto(route);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    release();
    await appReady(page);
    await page.waitForTimeout(500);
    const { cls, shifts } = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
    expect(cls, `shifted: ${shifts.join(' | ')}`).toBeLessThan(0.01);
    // The app adopted the static page's <main>: there is one, shown.
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('main#main')).toBeVisible();
    if (route !== '/timer' && route !== '/questions' && route !== '/about') {
      const local = page.locator('main .time__local:visible');
      if (zone === 'America/New_York') await expect(local).toHaveCount(0);
      else await expect(local.first()).toContainText('Your time');
    }
  });
});
