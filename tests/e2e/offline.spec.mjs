// Offline and installable: the service worker keeps every page for phones on poor Wi-Fi. These
// tests publish the build on an nginx of their own (tests/hosts/nginx.mjs, as the README
// configures it). A new version, offered and taken, is tests/e2e/hosting.spec.mjs's.
import { test, expect } from '@playwright/test';
import { publish, controlled } from './helpers.mjs';

test.describe.configure({ mode: 'serial' });

let site;
let origin;

test.beforeAll(async () => {
  site = await publish({ '/': 'app' });
  origin = site.origin;
});

test.afterAll(() => site?.stop());

test('every page works offline, with my agenda and the speakers queue kept', async ({ page, context }) => {
  await page.goto(origin + '/');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await controlled(page);
  // Star a session and queue a speaker while online.
  await page.locator('#s-panel-1').getByRole('button', { name: /Add to my agenda/ }).click();
  await page.goto(origin + '/timer');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await page.getByLabel('Delegation or group').fill('Ghana');
  await page.getByRole('button', { name: 'Add to queue' }).click();

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Speaking timer');
  await expect(page.locator('.queue__name')).toHaveText(['Ghana']);
  for (const [route, heading] of [
    ['/', 'Agenda'],
    ['/?mine=1', 'Agenda'],
    ['/session?id=panel-2', 'Panel Discussion 2'],
    ['/speakers?id=ghada-waly', 'Ms. Ghada Waly'],
    ['/questions?theme=children', 'Panels and guiding questions'],
    ['/about', /High-level meeting/],
    ['/no-such-page', /can’t find/],
  ]) {
    await page.goto(origin + route);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await expect(page.locator('main h1')).toHaveText(heading);
  }
  await page.goto(origin + '/?mine=1');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('main li.session')).toHaveCount(1);
  await expect(page.locator('main li.session')).toContainText('Panel Discussion 1');
  // Every language's text was precached too.
  for (const [route, code, english] of [
    ['/questions?lang=zh', 'zh', 'Panels and guiding questions'],
    ['/?mine=1&lang=ar', 'ar', 'Agenda'],
  ]) {
    await page.goto(origin + route);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('main h1')).not.toHaveText(english);
  }
  await expect(page.locator('main li.session')).toHaveCount(1);
  await context.setOffline(false);
});

test('the app is installable: a manifest with a maskable icon', async ({ page }) => {
  await page.goto(origin + '/');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await page.request.get(new URL(href, origin + '/').href)).json();
  expect(manifest.short_name).toBe('GPA 2021');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
  for (const icon of manifest.icons) {
    const res = await page.request.get(new URL(icon.src, origin + '/').href);
    expect(res.status(), icon.src).toBe(200);
  }
});
