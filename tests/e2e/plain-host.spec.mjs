// A plain static host (issue 18): the build at the site root with no headers at all (as GitHub
// Pages, or nginx and Apache without the README's headers), 404.html for unknown paths. Here
// the pages' own policy is all the protection there is, and hostile addresses must never load
// another site's script, leave the origin, or freeze the page.
import { test, expect } from '@playwright/test';
import { appReady, watchErrors } from './helpers.mjs';

// A real other origin that serves the app's files, so a page that took its base from the
// address would load (and run) them from there.
const OTHER = '127.0.0.1:4173';

/** Every request the page makes, by origin. */
function requests(page) {
  const seen = [];
  page.on('request', (r) => seen.push(new URL(r.url())));
  return seen;
}

test('no header is sent, and every page carries its policy itself', async ({ page, request }) => {
  const res = await request.get('/');
  expect(res.headers()['content-security-policy']).toBeUndefined();
  for (const path of ['/', '/session?id=panel-1', '/speakers', '/questions', '/timer', '/about', '/no/such/page']) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; style-src 'self'/);
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("object-src 'none'");
    await appReady(page);
  }
});

test('the page policy refuses a script it does not know, and a base on another host', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const blocked = await page.evaluate(() => new Promise((resolve) => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(e.violatedDirective);
      if (seen.length === 2) resolve(seen);
    });
    window.injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.head.appendChild(s);
    const b = document.createElement('base');
    b.href = 'https://evil.example/';
    document.head.prepend(b);
    setTimeout(() => resolve(seen), 3000);
  }));
  expect(await page.evaluate(() => window.injected)).toBe(false);
  expect(blocked.join()).toMatch(/script-src/);
});

for (const path of [
  `//${OTHER}/session/x`,
  `///${OTHER}/session/x`,
  `/\\${OTHER}/session/x`,
  `/%2F%2F${OTHER}/session/x`,
  `/%5C${OTHER}/session/x`,
  `//${OTHER}/x`,
  `//${OTHER}/a/b/c`,
  `//${OTHER}/x?embed=1`,
  `//${OTHER}/questions/x?embed=1&theme=dark`,
  `/..%2F..%2F${OTHER}/session/x`,
  `/%2e%2e/${OTHER}/timer/x`,
]) {
  test(`the address ${path} loads nothing from another host, and no link leaves the origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL).origin;
    const seen = requests(page);
    const watch = watchErrors(page, { allow: [/404 \(Not Found\)/] });
    const res = await page.goto(`${origin}${path}`);
    const away = () => seen.filter((u) => u.origin !== origin).map((u) => u.href);
    if (res.status() === 400) {
      // An address that climbs above the site's root is refused by the host itself.
      expect(away()).toEqual([]);
      return;
    }
    expect(res.status()).toBe(404);
    await appReady(page);
    expect(away()).toEqual([]);
    // The links of the page, and where a click on "Agenda" goes.
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.filter((a) => !a.target).map((a) => a.href));
    for (const href of hrefs) expect(new URL(href).origin, href).toBe(origin);
    const agenda = path.includes('embed=1')
      ? page.getByRole('link', { name: /Agenda/ }).first()
      : page.locator('.site-nav').getByRole('link', { name: 'Agenda' });
    await agenda.click();
    await expect(page.locator('main h1')).toHaveText('Agenda');
    expect(new URL(page.url()).origin).toBe(origin);
    expect(away()).toEqual([]);
    watch.check();
  });
}

test('a link of 3,500 list values builds a small page that answers at once, and says what it ignored', async ({ page }) => {
  // As long as nginx takes by default (8 KB of request line).
  const long = `/?kind=${',a'.repeat(3_500)}&theme=${',b'.repeat(200)}`;
  expect(long.length).toBeGreaterThan(7_000);
  await page.goto(long);
  await appReady(page);
  const notice = page.locator('main .notice');
  await expect(notice).toContainText('more values in this link were ignored');
  await expect(notice).toContainText('its end was ignored');
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  expect(elements).toBeLessThan(2_500);
  // The six language links carry a bounded copy of the address.
  const longest = await page.locator('.langs a').evaluateAll((as) => Math.max(...as.map((a) => a.getAttribute('href').length)));
  expect(longest).toBeLessThan(4_200);
  // And the page answers: a filter click is taken at once.
  await page.getByRole('radio', { name: /Tue/ }).check({ force: true });
  await expect(page.locator('main .results__count')).toContainText('of 7');
});
