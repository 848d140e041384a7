// Embedded in the event's webpage: a host page on another origin (port 4174) loads embed.js.
import { test, expect } from '@playwright/test';
import { holdWasm, appReady } from './helpers.mjs';

const HOST = 'http://127.0.0.1:4174/';

async function openHost(page) {
  await page.goto(HOST);
  const frameEl = page.locator('iframe[src^="http://127.0.0.1:4173/"]');
  await expect(frameEl).toHaveAttribute('allow', 'fullscreen; screen-wake-lock; clipboard-write; web-share');
  const frame = page.frameLocator('iframe[src^="http://127.0.0.1:4173/"]');
  await expect(frame.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(frame.locator('main h1')).toHaveText('Agenda');
  return { frameEl, frame };
}

const height = (el) => el.evaluate((f) => f.getBoundingClientRect().height);

test('the frame shows the chosen view without site chrome and follows its content height', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { frameEl, frame } = await openHost(page);
  await expect(frame.locator('header.site-header')).toBeHidden();
  await expect(frame.locator('footer.site-footer')).toBeHidden();
  await expect(frame.locator('li.session')).toHaveCount(4); // data-view="?day=mon"
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  // The frame is resized to its content.
  await expect.poll(async () => Math.abs((await height(frameEl)) - (await frame.locator('body').evaluate((b) => b.offsetHeight)))).toBeLessThan(2);
  const before = await height(frameEl);
  expect(before).not.toBe(600);
  // Fewer sessions, a shorter frame.
  await frame.getByRole('radio', { name: 'Tue 23' }).check();
  await expect(frame.locator('li.session')).toHaveCount(3);
  await frame.getByRole('searchbox').fill('closing');
  await expect(frame.locator('li.session')).toHaveCount(1);
  await expect.poll(() => height(frameEl)).toBeLessThan(before - 100);
  expect(errors).toEqual([]);
});

test('height messages from anywhere else are ignored', async ({ page }) => {
  const { frameEl } = await openHost(page);
  await expect.poll(() => height(frameEl)).not.toBe(600);
  const settled = await height(frameEl);
  // From the host page itself (wrong source) and from another frame of the host's origin.
  await page.evaluate(() => window.postMessage({ type: 'gpa2021:height', height: 222 }, '*'));
  await page.evaluate(() => {
    const other = document.createElement('iframe');
    other.srcdoc = "<script>parent.postMessage({type:'gpa2021:height',height:333},'*')<\/script>";
    document.body.appendChild(other);
  });
  await page.waitForTimeout(300);
  expect(await height(frameEl)).toBe(settled);
});

test('links stay in the frame and keep embed mode; one link opens the full app', async ({ page }) => {
  const { frame } = await openHost(page);
  await frame.getByRole('link', { name: 'Panel Discussion 1' }).click();
  await expect(frame.locator('main h1:visible')).toHaveText('Panel Discussion 1');
  expect(page.url()).toBe(HOST);
  await expect(frame.locator('header.site-header')).toBeHidden();
  // Into another bundle (the question explorer), still embedded.
  await frame.getByRole('link', { name: /Explore the questions/ }).click();
  await expect(frame.locator('main h1')).toHaveText('Panels and guiding questions');
  await expect(frame.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(frame.locator('header.site-header')).toBeHidden();
  const full = frame.getByRole('link', { name: /Open the full programme/ });
  await expect(full).toHaveAttribute('target', '_blank');
  const href = await full.evaluate((a) => a.href);
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:4173\/questions\?panel=1$/);
});

test('opening another page inside the frame brings the frame\'s top into view on the host', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const { frameEl, frame } = await openHost(page);
  const top = () => frameEl.evaluate((f) => f.getBoundingClientRect().top);
  // Once the frame has its content's height, the host page scrolls (not the frame)…
  await expect.poll(async () => Math.abs((await height(frameEl)) - (await frame.locator('body').evaluate((b) => b.offsetHeight)))).toBeLessThan(2);
  // …to its end, far below the frame's top; there the visitor opens a session.
  const toBottom = () => page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await toBottom();
  expect(await top()).toBeLessThan(-200);
  await frame.getByRole('link', { name: 'Panel Discussion 1' }).evaluate((a) => a.click());
  await expect(frame.locator('main h1:visible')).toHaveText('Panel Discussion 1');
  await expect.poll(top).toBeGreaterThanOrEqual(-1);
  // Into yet another bundle, the same.
  await expect.poll(async () => Math.abs((await height(frameEl)) - (await frame.locator('body').evaluate((b) => b.offsetHeight)))).toBeLessThan(2);
  await toBottom();
  expect(await top()).toBeLessThan(-200);
  await frame.getByRole('link', { name: /Explore the questions/ }).evaluate((a) => a.click());
  await expect(frame.locator('main h1')).toHaveText('Panels and guiding questions');
  await expect.poll(top).toBeGreaterThanOrEqual(-1);
});

test('keyboard focus moves into the frame and through its controls', async ({ page }) => {
  const { frame } = await openHost(page);
  await page.locator('#before').focus();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    if (await frame.locator('#agenda-q').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(frame.locator('#agenda-q')).toBeFocused();
  await page.keyboard.type('waly');
  await expect(frame.locator('li.session')).toHaveCount(1);
});

test('a bad accent or theme is ignored with a console warning, never a crash', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('http://127.0.0.1:4173/?embed=1&theme=neon&accent=url(x)');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('main h1')).toHaveText('Agenda');
  expect(warnings.join('\n')).toContain('theme "neon"');
  expect(warnings.join('\n')).toContain('accent "url(x)"');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('an embedded page never paints the site header or the other theme, even before the app starts', async ({ page }) => {
  // Inside a frame, every move between bundles (agenda → session) is a page load.
  const release = await holdWasm(page);
  await page.goto('/session?id=panel-1&embed=1&theme=dark');
  await expect(page.locator('main h1:visible')).toHaveText('Panel Discussion 1');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  release();
  // `theme=` of the question explorer is a topic, not a colour scheme.
  await page.goto('/questions?theme=children');
  await expect(page.locator('header.site-header')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('a link clicked in an embedded page before its app starts keeps embed mode', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/session?id=panel-1&embed=1&theme=dark');
  await expect(page.locator('main h1:visible')).toHaveText('Panel Discussion 1');
  await page.locator('main').getByRole('link', { name: /Explore the questions/ }).click();
  await expect(page).toHaveURL(/\/questions\?panel=1&embed=1&theme=dark$/);
  await expect(page.locator('html[data-embed]')).toHaveCount(1);
  release();
  await appReady(page);
  await expect(page.locator('header.site-header')).toBeHidden();
});

// A host page made from its address (tests/e2e/host/made.html): the embed's view and offset,
// and a sticky header of that height.
async function hostWith(page, params) {
  await page.goto(`http://127.0.0.1:4174/made.html?${new URLSearchParams(params)}`);
  const frameEl = page.locator('iframe[src^="http://127.0.0.1:4173/"]');
  const frame = page.frameLocator('iframe[src^="http://127.0.0.1:4173/"]');
  await expect(frame.locator('html[data-app="ready"]')).toHaveCount(1, { timeout: 30_000 });
  return { frameEl, frame };
}

async function viewerLink(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/timer');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Start' }).click();
  const link = await page.getByLabel('Link for viewers').inputValue();
  await context.close();
  return link.replace('http://127.0.0.1:4173/', '');
}

for (const width of [360, 1280]) {
  test(`at ${width} px every view fits its frame exactly: no inner scroll, and a still page sends no more heights`, async ({ page, browser }) => {
    await page.setViewportSize({ width, height: 800 });
    const views = ['', 'questions', 'timer', 'session?id=panel-1', 'speakers', 'about', await viewerLink(browser)];
    for (const view of views) {
      const { frameEl, frame } = await hostWith(page, { view });
      // Heights the app sends, counted in the frame's host.
      await page.evaluate(() => {
        window.__heights = 0;
        addEventListener('message', (e) => { if (e.data && e.data.type === 'gpa2021:height') window.__heights++; });
      });
      const inner = () => frame.locator('html').evaluate((h) => {
        const s = document.scrollingElement;
        return { over: s.scrollHeight - s.clientHeight, body: Math.ceil(document.body.getBoundingClientRect().height), bar: innerWidth - document.documentElement.clientWidth };
      });
      await expect.poll(async () => (await inner()).over, { message: `${view}: the frame scrolls inside` }).toBeLessThanOrEqual(0);
      await expect.poll(async () => Math.round(await height(frameEl)), { message: view }).toBe((await inner()).body);
      expect((await inner()).bar, `${view}: no scrollbar inside the frame`).toBe(0);
      // Still for a while (the timer's view ticks): a resize loop would send a height a frame.
      const before = await page.evaluate(() => window.__heights);
      await frame.locator('body').evaluate(() => new Promise((r) => { let n = 0; const f = () => (++n < 60 ? requestAnimationFrame(f) : r()); requestAnimationFrame(f); }));
      expect(await page.evaluate(() => window.__heights) - before, `${view}: heights sent by a still page`).toBeLessThanOrEqual(2);
    }
  });
}

test('a host page with a sticky header: a new page in the frame is brought to just below it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const { frameEl, frame } = await hostWith(page, { view: '', offset: 64, header: 1 });
  await expect.poll(async () => Math.abs((await height(frameEl)) - (await frame.locator('body').evaluate((b) => b.offsetHeight)))).toBeLessThan(2);
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  const top = () => frameEl.evaluate((f) => f.getBoundingClientRect().top);
  expect(await top()).toBeLessThan(-200);
  await frame.getByRole('link', { name: 'Panel Discussion 1' }).evaluate((a) => a.click());
  await expect(frame.locator('main h1:visible')).toHaveText('Panel Discussion 1');
  // The frame's top (its "open the full programme" bar and breadcrumb) is under the header, not behind it.
  await expect.poll(top).toBeGreaterThanOrEqual(63);
  expect(await top()).toBeLessThanOrEqual(66);
});

test('a visitor of the host page who never uses the frame downloads only the page they see; using it makes it work offline', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => { if (r.url().startsWith('http://127.0.0.1:4173/')) requests.push(r.url()); });
  const { frame } = await hostWith(page, { view: '' });
  // Long enough for the app's own timer to have registered the worker, were it not embedded.
  await page.waitForTimeout(4000);
  const registered = () => frame.locator('html').evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  const cached = () => frame.locator('html').evaluate(async () => {
    let n = 0;
    for (const k of await caches.keys()) n += (await (await caches.open(k)).keys()).length;
    return n;
  });
  expect(await registered()).toBe(0);
  expect(await cached()).toBe(0);
  expect(requests.filter((u) => /questions|timer|details|i18n-/.test(u)), 'no other page or language is fetched').toEqual([]);
  // The visitor uses the frame: now the app keeps itself for offline use.
  await frame.getByRole('radio', { name: 'Tue 23' }).check();
  await expect.poll(registered, { timeout: 30_000 }).toBe(1);
  await expect.poll(cached, { timeout: 30_000 }).toBeGreaterThan(20);
});
