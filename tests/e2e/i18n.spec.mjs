// The interface language (issue 7): every page's interface in the six languages. The language
// comes from `lang=`, else the one remembered on the device, else the browser's preferences.
// The agenda's and the explorer's bundles carry English and load another language's text from a
// file of the build (`i18n-<bundle>.<code>.txt`).
import { test, expect } from '@playwright/test';
import { watchErrors, appReady, holdWasm } from './helpers.mjs';

const NAV = {
  ar: ['البرنامج', 'الأسئلة', 'المؤقت', 'حول الاجتماع'],
  zh: ['日程', '问题', '计时器', '关于'],
  en: ['Agenda', 'Questions', 'Timer', 'About'],
  fr: ['Programme', 'Questions', 'Chronomètre', 'À propos'],
  ru: ['Программа', 'Вопросы', 'Таймер', 'О совещании'],
  es: ['Programa', 'Preguntas', 'Cronómetro', 'Acerca de'],
};
const ROUTES = ['/', '/session?id=panel-1', '/speakers', '/about', '/questions', '/timer', '/no-such-page'];

for (const [code, labels] of Object.entries(NAV)) {
  test(`${code}: the frame of every route, with lang and dir on <html>`, async ({ page }) => {
    const watch = watchErrors(page, { allow: [/404/] });
    for (const route of ROUTES) {
      await page.goto(route + (route.includes('?') ? '&' : '?') + `lang=${code}`);
      await appReady(page);
      const html = page.locator('html');
      await expect(html).toHaveAttribute('lang', code);
      await expect(html).toHaveAttribute('dir', code === 'ar' ? 'rtl' : 'ltr');
      await expect(page.locator('.site-nav a')).toHaveText(labels);
      // No text left unfilled, and the programme's own text is said to be English.
      const frame = await page.locator('.frame-top, .frame-bottom').allInnerTexts();
      expect(frame.join(' ')).not.toMatch(/[{}]/);
      // (Not on the timer, which shows none of the programme's text.)
      await expect(page.locator('.lang-note')).toHaveCount(code === 'en' || route === '/timer' ? 0 : 1);
      await expect(page.locator('.langs a[aria-current="true"]')).toHaveAttribute('lang', code);
    }
    watch.check();
  });
}

test('Arabic mirrors the layout', async ({ page }) => {
  await page.goto('/?lang=en');
  await appReady(page);
  const boxes = async () => ({
    brand: await page.locator('.brand-link').boundingBox(),
    first: await page.locator('.langs li').nth(0).boundingBox(),
    second: await page.locator('.langs li').nth(1).boundingBox(),
  });
  const ltr = await boxes();
  await page.goto('/?lang=ar');
  await appReady(page);
  // Arabic's text arrives just after the app starts (a file of the build), and the frame with it.
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.site-nav a').first()).toHaveText(NAV.ar[0]);
  const rtl = await boxes();
  const width = page.viewportSize().width;
  // The brand starts at the left edge in English and ends at the right edge in Arabic.
  expect(ltr.brand.x).toBeLessThan(width / 4);
  expect(rtl.brand.x + rtl.brand.width).toBeGreaterThan(width * 3 / 4);
  // The language list runs the other way.
  expect(ltr.first.x).toBeLessThan(ltr.second.x);
  expect(rtl.first.x).toBeGreaterThan(rtl.second.x);
  await page.screenshot({ path: test.info().outputPath('arabic.png') });
});

test('switching language keeps the view and its filters, and is remembered', async ({ page }) => {
  await page.goto('/?day=mon&q=panel');
  await appReady(page);
  await expect(page.locator('.results__count')).toHaveText('Showing 2 of 7 sessions');
  await page.locator('.langs').getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\?day=mon&q=panel&lang=fr$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.site-nav a').first()).toHaveText('Programme');
  // The same view, in French: the filters as they were, and the same two sessions.
  await expect(page.getByRole('searchbox').first()).toHaveValue('panel');
  await expect(page.locator('input[name="day"][value="mon"]')).toBeChecked();
  await expect(page.locator('main li.session')).toHaveCount(2);
  await expect(page.locator('.results__count')).toHaveText(/2 sur 7/);
  await expect(page.locator('.day__title')).toHaveText('lundi 22 novembre 2021');
  // Back goes back to English.
  await page.goBack();
  await expect(page).toHaveURL(/\?day=mon&q=panel$/);
  // The choice is kept on the device: a page opened without `lang=` is in French.
  await page.goto('/questions');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveText('Questions');
});

test('a first visit follows the browser\'s languages; a bad lang= is ignored', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await page.goto('/timer');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveText('Cronómetro');
  await page.goto('/timer?lang=klingon');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await context.close();
  const other = await browser.newContext({ locale: 'de-DE' });
  const page2 = await other.newPage();
  await page2.goto('/');
  await appReady(page2);
  await expect(page2.locator('html')).toHaveAttribute('lang', 'en');
  await other.close();
});

test('the timer keeps the language in its address, and the Arabic footer keeps its hashtag', async ({ page }) => {
  await page.goto('/timer?lang=fr');
  await appReady(page);
  await expect(page).toHaveURL(/\/timer\?lang=fr&t=[^&]+$/);
  await page.goto('/about?lang=ar');
  await appReady(page);
  const tag = page.locator('.site-footer__tag bdi');
  await expect(tag).toHaveAttribute('dir', 'ltr');
  await expect(tag).toHaveText('#endhumantrafficking');
  await expect(page.locator('.site-footer')).toContainText('بتوقيت نيويورك');
});

test('the timer speaks the interface language: controls, phases, spoken time, queue, projector', async ({ page }) => {
  await page.clock.install({ time: new Date('2021-11-22T20:30:00Z') });
  await page.clock.pauseAt(new Date('2021-11-22T20:30:01Z'));
  await page.goto('/timer?lang=ru');
  await appReady(page);
  await expect(page.locator('main')).not.toHaveAttribute('lang', 'en');
  await expect(page.locator('main h1')).toHaveText('Таймер выступлений');
  await expect(page.locator('.timer-display__phase')).toContainText('Готов');
  const digits = page.locator('.timer-display__digits');
  await expect(digits).toHaveAttribute('aria-label', 'Осталось: 2 минуты');
  await page.getByRole('button', { name: 'Старт' }).click();
  await page.clock.runFor(95_000);
  await expect(digits).toHaveText('0:25');
  await expect(page.locator('.timer-display__phase')).toContainText('Последние 30 секунд');
  await expect(digits).toHaveAttribute('aria-label', 'Осталось: 25 секунд');
  await page.getByRole('button', { name: 'Пауза' }).click();
  await page.getByLabel('Делегация или группа').fill('Гана');
  await page.getByRole('button', { name: 'Добавить в список' }).click();
  await expect(page.getByRole('button', { name: 'Следующий: Гана' })).toBeVisible();
  // Switching language rebuilds the page and keeps the timer as it was.
  await page.locator('.langs').getByRole('link', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.timer-display__phase')).toContainText('متوقف مؤقتًا');
  await expect(digits).toHaveText('0:25');
  await expect(digits).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('button', { name: 'المتكلم التالي: Гана' })).toBeVisible();
});

test('a projector window and a bad timer link in French', async ({ page }) => {
  await page.goto('/timer?projector=1&lang=fr');
  await appReady(page);
  await expect(page.locator('.projector')).toHaveAttribute('aria-label', 'Chronomètre des interventions, vue projecteur');
  await expect(page.getByRole('button', { name: 'Plein écran (F)' })).toBeVisible();
  await page.goto('/timer?t=bogus&lang=fr');
  await appReady(page);
  await expect(page.locator('.notice[role="alert"]')).toContainText('Cette application ne peut pas lire ce lien de chronomètre.');
});

// Interface phrases of the English catalogues that must not be left on a page in another
// language (the programme's own text, marked lang="en", is taken out first).
const ENGLISH_UI = [
  'Search the', 'Both days', 'Session type', 'More filters', 'Showing', 'Add to', 'Your time',
  'New York time', 'Guiding questions', 'How the panel', 'Background', 'Resolutions', 'We can',
  'Both panels', 'Present questions', 'Share link', 'Themes', 'Clear all', 'Jump to', 'took place',
  'has not started', 'Keys:', 'Previous', 'Leave (Esc)', 'Any speaker', 'Only my agenda', 'Print',
  'Speakers named', 'Explore the', 'What this app', 'Artwork', 'Scan for', 'Filter the',
];
const PAGES = [
  '/', '/?day=tue&kind=closing', '/session?id=panel-1', '/speakers', '/speakers?id=siobhan-mullally',
  '/about', '/no-such-page', '/session?id=nope', '/questions', '/questions?q=children&theme=technology',
  '/questions?present=q2-3',
];

for (const code of ['ar', 'zh', 'fr', 'ru', 'es']) {
  test(`${code}: every page's interface is translated, with the programme's text marked English`, async ({ page }) => {
    const watch = watchErrors(page, { allow: [/404/] });
    for (const route of PAGES) {
      await page.goto(route + (route.includes('?') ? '&' : '?') + `lang=${code}`);
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('.site-nav a').first()).toHaveText(NAV[code][0]);
      const left = await page.evaluate(() => {
        const main = document.querySelector('main').cloneNode(true);
        for (const el of main.querySelectorAll('[lang="en"], .visually-hidden:empty')) el.remove();
        return main.innerText;
      });
      for (const phrase of ENGLISH_UI) expect(left, `${route}: "${phrase}"`).not.toContain(phrase);
      expect(left, `${route}: a placeholder left`).not.toMatch(/[{}]/);
      expect(await page.title(), route).not.toMatch(/^(Agenda|Session|Speakers|About|Not found|Panels)/);
      // Every element marked English holds English, and under Arabic runs left to right.
      if (code === 'ar') {
        const wrong = await page.locator('main [lang="en"]:not([dir="ltr"])').count();
        expect(wrong, `${route}: English text left to right`).toBe(0);
      }
    }
    watch.check();
  });
}

test('the agenda in Arabic: mirrored cards, dates and counts in Arabic, English titles left to right', async ({ page }) => {
  await page.goto('/?lang=ar&day=mon');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.day__title')).toContainText('22');
  await expect(page.locator('.day__title')).toContainText('الاثنين');
  const title = page.locator('.session__title').first();
  await expect(title).toHaveAttribute('lang', 'en');
  await expect(title).toHaveAttribute('dir', 'ltr');
  // The kind badge sits on the right of its card, as Arabic reads.
  const card = await page.locator('li.session').first().boundingBox();
  const badge = await page.locator('li.session .badge').first().boundingBox();
  expect(badge.x + badge.width).toBeGreaterThan(card.x + card.width * 0.6);
  await page.screenshot({ path: test.info().outputPath('agenda-ar.png') });
});

test('in Arabic, English prose starts at the left and English headings keep the right edge', async ({ page }) => {
  await page.goto('/about?lang=ar');
  await appReady(page);
  // The Arabic text arrives from its file after the app has started.
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const align = (loc) => loc.evaluate((el) => getComputedStyle(el).textAlign);
  const prose = page.locator('main div[lang="en"] p').first();
  expect(await prose.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  expect(['left', 'start']).toContain(await align(prose));
  const heading = page.locator('main h1[lang="en"]');
  expect(await align(heading)).toBe('right');
  // A one-line English label, such as a day's venue, keeps the right edge under its heading.
  await page.goto('/?lang=ar');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await align(page.locator('.day__venue').first())).toBe('right');
  // The time zone in brackets never splits over two lines.
  await expect(page.locator('footer')).toContainText('(EST,\u00a0UTC−05:00)', { useInnerText: true });
});

test('a language whose text cannot be loaded leaves the interface in English, working', async ({ page }) => {
  await page.route(/\/i18n-agenda\.fr\.txt(\?|$)/, (route) => route.fulfill({ status: 200, body: 'not a catalogue' }));
  await page.route(/\/i18n-questions\.fr\.txt(\?|$)/, (route) => route.abort());
  for (const route of ['/?lang=fr', '/questions?lang=fr']) {
    await page.goto(route);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.site-nav a').first()).toHaveText('Agenda');
    await expect(page.locator('#app-error')).toHaveCount(0);
    // The page waited for French, and shows as soon as French cannot be had.
    await expect(page.locator('html')).not.toHaveAttribute('data-lang-wait');
  }
  // Still works: the filters answer.
  await page.getByRole('searchbox').first().fill('children');
  await expect(page).toHaveURL(/q=children/);
});

test('a page in another language is never shown in English first, and shows even if the app never starts', async ({ browser }) => {
  // French by the browser's languages; the static page is English, and the app is held back
  // (no service worker, which would hand the pages the app past the held requests).
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-lang-wait', 'fr');
  await expect(page.locator('main h1')).toBeHidden();
  release();
  await appReady(page);
  await expect(page.locator('html')).not.toHaveAttribute('data-lang-wait');
  await expect(page.locator('.site-nav a').first()).toHaveText('Programme');
  // English asked for by the address: nothing waits.
  const english = await context.newPage();
  await holdWasm(english);
  await english.goto('/questions?lang=en');
  await expect(english.locator('main h1')).toBeVisible();
  await expect(english.locator('html')).not.toHaveAttribute('data-lang-wait');
  // An app that never starts: the page shows after a few seconds all the same …
  const stuck = await context.newPage();
  await holdWasm(stuck);
  await stuck.goto('/about?lang=ru');
  await expect(stuck.locator('html')).toHaveAttribute('data-lang-wait', 'ru');
  await expect(stuck.locator('main h1')).toBeVisible({ timeout: 10_000 });
  // … and one that fails shows it at once, with the error banner in the visitor's language.
  const broken = await context.newPage();
  await broken.route('**/*_bg.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' }));
  await broken.goto('/about?lang=ru');
  await expect(broken.locator('#app-error')).toContainText('Что-то пошло не так.');
  await expect(broken.locator('html')).not.toHaveAttribute('data-lang-wait');
  await expect(broken.locator('main h1')).toBeVisible();
  await context.close();
});

test('a language is loaded once, and switching back to English needs no request', async ({ page }) => {
  const asked = [];
  page.on('request', (r) => { if (r.url().includes('/i18n-')) asked.push(new URL(r.url()).pathname); });
  await page.goto('/?lang=ru');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.locator('.langs').getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('.langs').getByRole('link', { name: 'Русский' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1')).not.toHaveText('Agenda');
  expect(asked).toEqual(['/i18n-agenda.ru.txt']);
});
