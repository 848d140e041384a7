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
