// Offline and installable: the service worker keeps every page for phones on poor Wi-Fi, and a
// new version is offered, not forced. These tests publish the build on their own server (a
// copy of dist/ they can change) so they can "deploy" a new version.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

test.describe.configure({ mode: 'serial' });

let server;
let site;
let origin;

test.beforeAll(async ({}, info) => {
  const port = 4180 + info.workerIndex + (info.project.name === 'phone' ? 0 : 10);
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'gpa2021-site-'));
  fs.cpSync('dist', site, { recursive: true });
  server = spawn(process.execPath, ['scripts/server.mjs', '--dir', site, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.on('data', (d) => String(d).includes('Serving') && resolve()));
  origin = `http://127.0.0.1:${port}`;
});

test.afterAll(() => {
  server?.kill();
  fs.rmSync(site, { recursive: true, force: true });
});

async function controlled(page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active && navigator.serviceWorker.controller;
  });
}

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

test('a new build is offered, and taken on reload', async ({ page }) => {
  await page.goto(origin + '/about');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await controlled(page);
  await expect(page.locator('.update-ready')).toHaveCount(0);
  const before = await page.evaluate(async () => (await caches.keys()).join());

  // Publish a changed build: any change to any file gives the service worker a new version.
  const swFile = path.join(site, 'sw.js');
  fs.writeFileSync(swFile, fs.readFileSync(swFile, 'utf8').replace(/const VERSION = ["'][^"']+["']/, "const VERSION = 'republished'"));
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  const banner = page.locator('.update-ready');
  await expect(banner).toContainText('A new version of the programme is ready.');
  await banner.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('.update-ready')).toHaveCount(0);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).join())).toBe('gpa2021-republished');
  expect(before).not.toContain('republished');
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
