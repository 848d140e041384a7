// Hosted as the README says (issue 22): Debian's nginx with the README's configuration, at the
// site root and under a sub-path; one version per page load after a deploy, for a returning
// visitor and for a tab left open; two copies of the app side by side on one origin.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { appReady, watchErrors, publish, deploy, controlled } from './helpers.mjs';

for (const base of ['', '/gpa-2021']) {
  test(`the README's nginx at "${base}/": the home page, deep links, and unknown addresses at any depth`, async ({ page }) => {
    const watch = watchErrors(page, { allow: [/404 \(Not Found\)/] });
    let res = await page.goto(`${base}/`);
    expect(res.status()).toBe(200);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText('Agenda');
    res = await page.goto(`${base}/session?id=panel-1`);
    expect(res.status()).toBe(200);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText('Panel Discussion 1');
    for (const missing of ['/no-such-page', '/a/b/c', '/no-such-page/', '/session/panel-1/extra', '/a/b/c/d/e/f/g/h/i/j']) {
      res = await page.goto(`${base}${missing}`);
      expect(res.status(), missing).toBe(404);
      // The page works (its app started, so its files were found) and its links lead back.
      await appReady(page);
      await expect(page.locator('main h1')).toHaveText(/can’t find/);
      await page.locator('.site-nav').getByRole('link', { name: 'Questions' }).click();
      await expect(page.locator('main h1')).toHaveText('Panels and guiding questions');
      expect(new URL(page.url()).pathname).toBe(`${base}/questions`);
      await page.goto(`${base}${missing}`);
      await appReady(page);
      // A language link leads to a page that exists, in that language.
      const french = page.locator('.langs').getByRole('link', { name: 'Français' });
      const href = await french.evaluate((a) => a.href);
      const r = await page.request.get(href);
      expect(r.status(), href).toBe(200);
    }
    const bare = await page.request.get(`${base || '/gpa-2021'}`, { maxRedirects: 0 });
    if (base) expect(bare.status()).toBe(301);
    watch.check();
  });
}

test('headers as the README says: a year for files named by their content, no-cache for the rest, the policy on every response', async ({ request }) => {
  const index = await request.get('/');
  expect(index.headers()['cache-control']).toBe('no-cache');
  // The header says what a page's own policy cannot, and never changes from build to build.
  expect(index.headers()['content-security-policy']).toBe("object-src 'none'; base-uri 'self'; form-action 'self'");
  expect(index.headers()['x-content-type-options']).toBe('nosniff');
  const html = await index.text();
  const boot = /src="\.\/(boot-agenda-[0-9a-f]{16}\.js)"/.exec(html)[1];
  expect((await request.get(`/${boot}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const f of fs.readdirSync('dist').filter((f) => /_bg\.wasm$|-[0-9a-f]{16}\.js$/.test(f))) {
    expect((await request.get(`/${f}`)).headers()['cache-control'], f).toBe('public, max-age=31536000, immutable');
  }
  for (const f of ['guard.js', 'sw.js', 'embed.js', 'manifest.webmanifest', 'i18n-agenda.fr.txt', 'favicon.svg', '404.html', 'session']) {
    expect((await request.get(`/${f}`)).headers()['cache-control'], f).toBe('no-cache');
  }
  const missing = await request.get('/no/such/page');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-security-policy']).toBeTruthy();
  // Netlify's and Cloudflare's file says the same, and names no placeholder.
  const file = fs.readFileSync('dist/_headers', 'utf8');
  expect(file).not.toContain('FRAME_ANCESTORS');
  expect(file).toContain(`/${boot}\n  Cache-Control: public, max-age=31536000, immutable`);
  expect(file).toContain('/guard.js\n  Cache-Control: no-cache');
});

test.describe('after a deploy', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(({ isMobile }) => isMobile, 'one browser size is enough for the service worker');

  test('a page load runs the files of one build: the returning visitor, then the reload', async ({ page }) => {
    const site = await publish({ '/': 'app' });
    try {
      await page.goto(`${site.origin}/?lang=fr`);
      await appReady(page);
      await expect(page.locator('.site-nav')).toContainText('Programme');
      await controlled(page);
      // A new build differs in a page, in guard.js and in a language file.
      const before = await page.locator('html').getAttribute('data-build');
      deploy(site.folders.app, 'b2b2b2b2b2b2b2b2', {
        'guard.js': (t) => `${t};window.gpaGuardBuild='b2';`,
        'i18n-agenda.fr.txt': (t) => t.replace('\nProgramme\n', '\nProgramme (b2)\n'),
      });
      await page.reload();
      await appReady(page);
      // The returning visitor gets the build they had, whole: its page, its guard, its text.
      await expect(page.locator('html')).toHaveAttribute('data-build', before);
      expect(await page.evaluate(() => window.gpaGuardBuild)).toBeUndefined();
      await expect(page.locator('.site-nav')).not.toContainText('(b2)');
      await expect(page.locator('.site-nav')).toContainText('Programme');
      // And is offered the new one, which is then whole too.
      const banner = page.locator('.update-ready');
      await expect(banner).toBeVisible({ timeout: 30_000 });
      await banner.getByRole('button').click();
      await expect(page.locator('html')).toHaveAttribute('data-build', 'b2b2b2b2b2b2b2b2');
      await appReady(page);
      expect(await page.evaluate(() => window.gpaGuardBuild)).toBe('b2');
      await expect(page.locator('.site-nav')).toContainText('Programme (b2)');
    } finally {
      site.stop();
    }
  });

  test('a tab left open on the build before keeps its files after another tab took the new one', async ({ page, context }) => {
    const site = await publish({ '/': 'app' });
    try {
      await page.goto(`${site.origin}/about`);
      await appReady(page);
      await controlled(page);
      deploy(site.folders.app, 'c3c3c3c3c3c3c3c3', {
        'i18n-agenda.fr.txt': (t) => t.replace('\nProgramme\n', '\nProgramme (c3)\n'),
      });
      const other = await context.newPage();
      await other.goto(`${site.origin}/`);
      await appReady(other);
      const banner = other.locator('.update-ready');
      await expect(banner).toBeVisible({ timeout: 30_000 });
      await banner.getByRole('button').click();
      await expect(other.locator('html[data-build="c3c3c3c3c3c3c3c3"]')).toHaveCount(1);
      // The first tab, still on the old build, now loads a language file: the old one.
      await page.locator('.langs').getByRole('link', { name: 'Français' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page.locator('.site-nav')).toContainText('Programme');
      await expect(page.locator('.site-nav')).not.toContainText('(c3)');
      // And it is told that a new version is there.
      await expect(page.locator('.update-ready')).toBeVisible();
    } finally {
      site.stop();
    }
  });

  test('two copies on one origin keep their own caches: updating one leaves the other working offline', async ({ page, context }) => {
    const site = await publish({ '/gpa-2021/': 'main', '/copy/': 'copy' });
    try {
      for (const at of ['/gpa-2021/', '/copy/']) {
        await page.goto(`${site.origin}${at}timer`);
        await appReady(page);
        await controlled(page);
      }
      const caches = await page.evaluate(async () => caches.keys());
      expect(caches.filter((k) => k.includes('/gpa-2021/'))).toHaveLength(1);
      expect(caches.filter((k) => k.includes('/copy/'))).toHaveLength(1);
      deploy(site.folders.copy, 'd4d4d4d4d4d4d4d4');
      await page.goto(`${site.origin}/copy/`);
      await appReady(page);
      const banner = page.locator('.update-ready');
      await expect(banner).toBeVisible({ timeout: 30_000 });
      await banner.getByRole('button').click();
      await expect(page.locator('html[data-build="d4d4d4d4d4d4d4d4"]')).toHaveCount(1);
      await context.setOffline(true);
      for (const route of ['/gpa-2021/', '/gpa-2021/questions', '/gpa-2021/session?id=panel-2']) {
        await page.goto(`${site.origin}${route}`);
        await appReady(page);
      }
      await context.setOffline(false);
    } finally {
      site.stop();
    }
  });
});
