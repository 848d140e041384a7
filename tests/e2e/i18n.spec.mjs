// The interface language (issue 7, first part: the frame of every page). The language comes
// from `lang=`, else the one remembered on the device, else the browser's preferences.
import { test, expect } from '@playwright/test';
import { watchErrors, appReady } from './helpers.mjs';

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
      await expect(page.locator('.lang-note')).toHaveCount(code === 'en' ? 0 : 1);
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
  const count = await page.locator('.results__count').innerText();
  await page.locator('.langs').getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\?day=mon&q=panel&lang=fr$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.site-nav a').first()).toHaveText('Programme');
  await expect(page.getByRole('searchbox').first()).toHaveValue('panel');
  await expect(page.locator('.results__count')).toHaveText(count);
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
