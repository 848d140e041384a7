// The foundation: every page renders, navigation works, deep links reload (also under a
// sub-path), and the seed's facts are on the pages.
import { test, expect } from '@playwright/test';
import { watchErrors, appReady, seed, norm, seedQuestions } from './helpers.mjs';

const ROUTES = [
  ['/', /Agenda/],
  ['/session?id=panel-1', /Panel Discussion 1/],
  ['/speakers', /Speakers/],
  ['/speakers?id=ghada-waly', /Ghada Waly/],
  ['/questions', /Panels and guiding questions/],
  ['/timer', /Speaking timer/],
  ['/about', /High-level meeting/],
];

for (const [path, heading] of ROUTES) {
  test(`${path} renders its content without console errors`, async ({ page }) => {
    const watch = watchErrors(page);
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(heading);
    await expect(page).toHaveTitle(/GPA 2021 appraisal/);
    // Landmarks and a skip link on every page.
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('nav[aria-label="Main"]')).toHaveCount(1);
    await expect(page.locator('footer')).toHaveCount(1);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    // Nothing wider than the viewport (320–360 px phones scroll only vertically).
    // (Compared with the configured width: on a phone the layout viewport grows to fit overflow.)
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(page.viewportSize().width);
    watch.check();
  });
}

test('an unknown path shows a helpful not-found page', async ({ page }) => {
  // The static host answers with status 404 (that is the point), which Chromium logs.
  const watch = watchErrors(page, { allow: [/status of 404/] });
  await page.goto('/no-such-page');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(/can’t find/);
  await page.getByRole('link', { name: 'Agenda of both days' }).click();
  await expect(page.locator('main h1')).toHaveText('Agenda');
  watch.check();
});

for (const base of ['', '/gpa-2021']) {
  test(`a "pretty" nested link${base ? ' under a sub-path' : ''} reaches a working not-found page whose links lead back`, async ({ page }) => {
    const watch = watchErrors(page, { allow: [/status of 404/] });
    await page.goto(`${base}/session/panel-1`);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(/can’t find/);
    await expect(page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Questions' }))
      .toHaveAttribute('href', new RegExp(`^(${base}/questions|\\.?/?questions)$`));
    await page.getByRole('link', { name: 'Agenda of both days' }).click();
    await expect(page.locator('main h1')).toHaveText('Agenda');
    expect(new URL(page.url()).pathname).toBe(`${base}/`);
    watch.check();
  });
}

test('a malformed address does not stop the server', async ({ request }) => {
  const bad = await request.get('/%E0%A4%A');
  // nginx refuses a malformed escape as a bad request; the test server calls it missing.
  expect([400, 404]).toContain(bad.status());
  expect((await request.get('/')).status()).toBe(200);
});

test('a host that answers every address with index.html still leads to the page, query and all', async ({ page }) => {
  // A single-page fallback: /session and /no-such-page get the agenda's file.
  const index = await (await page.request.get('/')).text();
  await page.route(/\/(session|no-such-page)(\?.*)?$/, (route) => route.fulfill({ body: index, contentType: 'text/html' }));
  await page.goto('/no-such-page');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Open the page directly' }).click();
  await expect(page).toHaveURL(/\/404\.html$/);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(/can’t find that page/);
  await page.goto('/session?id=panel-1&lang=fr');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('main h1')).toHaveText('Cette page ne s’est pas chargée');
  await page.getByRole('link', { name: 'Ouvrir la page directement' }).click();
  await expect(page).toHaveURL(/\/session\.html\?id=panel-1&lang=fr$/);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Panel Discussion 1');
});

test('inside a host\'s frame, on a host that answers every address with index.html, "Open the page directly" still leads to the page', async ({ page }) => {
  const index = await (await page.request.get('/')).text();
  await page.route(/\/session(\?.*)?$/, (route) => route.fulfill({ body: index, contentType: 'text/html' }));
  await page.goto('/session?id=panel-1&embed=1');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Open the page directly' }).click();
  await expect(page).toHaveURL(/\/session\.html\?id=panel-1&embed=1$/);
  await appReady(page);
  await expect(page.locator('main h1:visible')).toHaveText('Panel Discussion 1');
  await expect(page.locator('html[data-embed]')).toHaveCount(1);
});

test('an unknown session id says so and offers a way back', async ({ page }) => {
  await page.goto('/session?id=nope');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(/can’t find that session/);
  await expect(page.getByRole('link', { name: 'Agenda of both days' })).toBeVisible();
});

test('navigation moves between pages and marks the current one', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await appReady(page);
  const nav = page.locator('nav[aria-label="Main"]');
  for (const [name, heading, url] of [
    ['Questions', /Panels and guiding questions/, /\/questions$/],
    ['Timer', /Speaking timer/, /\/timer(\?t=[^&]+)?$/],
    ['About', /High-level meeting/, /\/about$/],
    ['Agenda', /Agenda/, /\/$/],
  ]) {
    await nav.getByRole('link', { name }).click();
    await expect(page).toHaveURL(url);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(heading);
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  }
  // Back returns to the previous page.
  await page.goBack();
  await expect(page).toHaveURL(/\/about$/);
  watch.check();
});

for (const prefix of ['', '/gpa-2021']) {
  test(`deep links reload to the same page at "${prefix || '/'}"`, async ({ page }) => {
    const watch = watchErrors(page);
    await page.goto(`${prefix}/session?id=panel-2`);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText('Panel Discussion 2');
    await page.reload();
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText('Panel Discussion 2');
    // In-app links stay under the prefix.
    await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Agenda' }).click();
    await expect(page).toHaveURL(new RegExp(`^http://[^/]+${prefix}/$`));
    // Another bundle (a page load): not a click while the app takes the page over.
    await appReady(page);
    await page.getByRole('link', { name: 'Opening Plenary Meeting' }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/session\\?id=opening-plenary$`));
    await page.reload();
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText('Opening Plenary Meeting');
    await page.goto(`${prefix}/speakers?id=malaika-oringo`);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText('Ms. Malaika Oringo');
    watch.check();
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/about');
  await appReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/\/about$/);
});

test('every seed fact is on some page', async ({ page }) => {
  let text = '';
  for (const path of ['/', '/questions', '/about', '/speakers', '/session?id=closing-plenary']) {
    await page.goto(path);
    await appReady(page);
    // The explorer's second panel and the background papers are laid out only near the
    // screen (`content-visibility: auto`), and innerText reads only what is laid out: lay them
    // out, as scrolling to them does.
    await page.evaluate(() => document.querySelectorAll('main .panel, main .paper').forEach((p) => { p.style.contentVisibility = 'visible'; }));
    text += ' ' + norm(await page.locator('main').innerText());
  }
  const questions = seedQuestions().flat();
  expect(questions).toHaveLength(13);
  for (const q of questions) expect(text.includes(q), q).toBe(true);
  // The six speakers with their roles, as printed in the opening plenary.
  const speakerLines = seed.split('\n').filter((l) => /^(H\.E\. )?M(r|s)\. .*, \*/.test(l));
  expect(speakerLines).toHaveLength(6);
  for (const line of speakerLines) {
    const [name, role] = line.replace(/\*/g, '').split(', ');
    const full = norm(line.replace(/\*/g, ''));
    expect(text.includes(norm(name)), name).toBe(true);
    expect(text.includes(full.slice(name.length + 2)), full).toBe(true);
    expect(role.length).toBeGreaterThan(5);
  }
  for (const fact of [
    'General Assembly Hall', '74/176', '18 December 2019', '75/283', '7 June 2021', '64/293',
    'quadrennial', '#endhumantrafficking', 'Kendall Alaimo', 'Presidency of Hope',
    '76th session of the United Nations General Assembly',
    'Summaries by the Chairs of the two Panel Discussions',
    'Final remarks by the President of the General Assembly',
    'Statements by Member States and observers of the General Assembly',
    'The political declaration on the implementation of the Global Plan of Action to Combat Trafficking in Persons will be adopted at the opening plenary.',
    'does not name the chair',
  ]) {
    expect(text.includes(fact), fact).toBe(true);
  }
  // Both background papers, paragraph by paragraph.
  for (const title of ['Background Paper: Interactive Panel Discussion 1', 'Background Paper: Interactive Panel Discussion 2']) {
    const body = seed.split(title)[1].split('\nBackground\n')[1].split('Background Paper:')[0];
    const paragraphs = body.split('\n\n').map(norm).filter((p) => p && !p.startsWith('Artist:'));
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const p of paragraphs) {
      const clean = p.replace(/\[|\]\(#\)/g, '');
      expect(text.includes(clean), clean).toBe(true);
    }
  }
});
