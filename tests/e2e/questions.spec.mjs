// The guiding-question explorer: filter by theme, search, deep links, present mode.
import { test, expect } from '@playwright/test';
import { watchErrors, appReady } from './helpers.mjs';

const questions = (page) => page.locator('li.question');

/** On phones the themes fold away behind a "Themes" button. */
async function openThemes(page) {
  const toggle = page.getByRole('button', { name: /^Themes/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

test('filter by theme and panel, with counts, in the URL', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/questions');
  await appReady(page);
  await expect(questions(page)).toHaveCount(13);
  await openThemes(page);
  const children = page.getByRole('checkbox', { name: /^Children/ });
  await expect(page.locator('label.chip', { has: children })).toContainText('(3)');
  await children.check();
  await expect(page).toHaveURL(/theme=children/);
  await expect(questions(page)).toHaveCount(3);
  await expect(questions(page).locator('.question__number')).toHaveText(['1.4', '1.6', '2.3']);
  await page.getByRole('radio', { name: 'Panel 2' }).check();
  await expect(questions(page)).toHaveCount(1);
  await expect(page.locator('.results__count')).toHaveText('Showing 1 of 13 questions');
  await page.reload();
  await expect(questions(page)).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'Panel 2' })).toBeChecked();
  await expect(page.locator('#explorer-themes-label')).toHaveText('Themes (1 on)');
  // A theme tag on a question is a link to that theme.
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(questions(page)).toHaveCount(13);
  await page.locator('#q2-2').getByRole('link', { name: 'Migrants and refugees' }).click();
  await expect(page).toHaveURL(/theme=migrants/);
  await expect(questions(page).locator('.question__number')).toHaveText(['2.2']);
  watch.check();
});

test('search finds questions and the background paragraph it was found in', async ({ page }) => {
  await page.goto('/questions');
  await appReady(page);
  await page.getByRole('searchbox', { name: 'Search questions and background papers' }).fill('Impunity');
  await expect(questions(page).locator('.question__number')).toHaveText(['1.3']);
  await expect(questions(page).first().locator('mark')).toHaveText(['impunity']);
  const paper = page.locator('#panel-1 .paper');
  await expect(paper.locator('p')).toHaveCount(1);
  await expect(paper).toContainText('Paragraph 5');
  await expect(paper.locator('mark')).toHaveText(['impunity']);
  await page.getByRole('searchbox').fill('cryptocurrencies');
  await expect(questions(page)).toHaveCount(0);
  await expect(page.locator('#panel-2 .paper')).toContainText('Paragraph 8');
});

test("a question's link opens it marked, focused and in view", async ({ page }) => {
  await page.goto('/questions?question=q2-5');
  await appReady(page);
  const q = page.locator('#q2-5');
  await expect(q).toHaveClass(/question--selected/);
  await expect(q).toBeFocused();
  await expect(q).toBeInViewport();
  await expect(page.locator('.question--selected')).toHaveCount(1);
});

test('share link copies the question link', async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.addInitScript(() => { delete Navigator.prototype.share; });
  await page.goto('http://127.0.0.1:4173/gpa-2021/questions');
  await appReady(page);
  await page.locator('#q1-6').getByRole('button', { name: /Share link/ }).click();
  await expect(page.locator('.share-status')).toHaveText('Link to question 1.6 copied.');
  // Also said beside the button, where the visitor is looking.
  const beside = page.locator('#q1-6 .question__actions .share__status');
  await expect(beside).toHaveText('Link copied.');
  await expect(beside).toBeInViewport();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // Sharing another question moves the word there.
  await page.locator('#q1-7').getByRole('button', { name: /Share link/ }).click();
  await expect(page.locator('#q1-7 .question__actions .share__status')).toHaveText('Link copied.');
  await expect(beside).toBeEmpty();
  expect(link).toBe('http://127.0.0.1:4173/gpa-2021/questions?question=q1-6');
  // Opening it in a fresh page finds the question.
  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.locator('#q1-6')).toHaveClass(/question--selected/);
  await context.close();
});

test('present mode steps with the keyboard and returns to the question', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/questions?panel=1');
  await appReady(page);
  await page.locator('#q1-6').getByRole('link', { name: /Present/ }).click();
  const present = page.locator('.present');
  await expect(present).toBeFocused();
  await expect(present.locator('h1')).toContainText('Question 1.6 · 6 of 7');
  await page.keyboard.press('ArrowRight');
  await expect(present.locator('h1')).toContainText('Question 1.7 · 7 of 7');
  await page.keyboard.press('ArrowRight');
  await expect(present.locator('h1')).toContainText('Question 1.7', { timeout: 2000 });
  await page.keyboard.press('Home');
  await expect(present.locator('h1')).toContainText('Question 1.1 · 1 of 7');
  await page.keyboard.press('End');
  await expect(present.locator('.present__text')).toContainText('promising practices');
  await page.keyboard.press('ArrowLeft');
  await expect(present.locator('h1')).toContainText('Question 1.6');
  await expect(page).toHaveURL(/present=q1-6/);
  // Space on a focused button presses it, not the page's "next" shortcut.
  await present.getByRole('button', { name: /Previous/ }).focus();
  await page.keyboard.press('Space');
  await expect(present.locator('h1')).toContainText('Question 1.5');
  await page.keyboard.press('Escape');
  await expect(page.locator('.present')).toHaveCount(0);
  await expect(page.locator('#q1-5')).toBeFocused();
  await expect(page).toHaveURL(/panel=1/);
  watch.check();
});

test('present mode shows every question whole on a hall screen, without scrolling', async ({ page }) => {
  for (const [width, height] of [[1920, 1080], [1280, 720]]) {
    await page.setViewportSize({ width, height });
    await page.goto('/questions?present=q1-1');
    await appReady(page);
    const text = page.locator('.present__text');
    for (let i = 1; i <= 13; i++) {
      await expect(page.locator('.present__pos')).toContainText(`${i} of 13`);
      const over = await page.locator('.present').evaluate((p) => p.scrollHeight - p.clientHeight);
      expect(over, `question ${i} at ${width}×${height}`).toBeLessThanOrEqual(0);
      // Large enough to read across a hall.
      const size = await text.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(size).toBeGreaterThanOrEqual(width >= 1920 ? 40 : 30);
      await page.keyboard.press('ArrowRight');
    }
  }
});

test('present mode for a question the programme lacks says so and starts at the first', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/questions?present=q9-9');
  await appReady(page);
  const present = page.locator('.present');
  await expect(present.locator('.notice')).toHaveText('There is no guiding question “q9-9”; the panels have questions 1.1–1.7 and 2.1–2.6.');
  await expect(present.locator('h1')).toContainText('Question 1.1 · 1 of 13');
  await page.keyboard.press('ArrowRight');
  await expect(present.locator('h1')).toContainText('Question 1.2');
  await expect(present.locator('.notice')).toHaveCount(0);
  watch.check();
});

test('present mode keeps Tab on the slide, and says when there is no previous or next question', async ({ page }) => {
  await page.goto('/questions?present=q1-1');
  await appReady(page);
  const present = page.locator('.present');
  await expect(present.getByRole('button', { name: /Previous/ })).toHaveAttribute('aria-disabled', 'true');
  await expect(present.getByRole('button', { name: /Next/ })).not.toHaveAttribute('aria-disabled', /.*/);
  // The page behind the slide takes no focus.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement.closest('.present'))).toBe(true);
  }
  await page.keyboard.press('End');
  await expect(present.getByRole('button', { name: /Next/ })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await expect(page.locator('.frame-top')).not.toHaveAttribute('inert', /.*/);
});

test('key figures are drawn with a text equivalent and their source', async ({ page }) => {
  await page.goto('/questions?panel=1');
  await appReady(page);
  const fig = page.locator('figure.figures');
  await expect(fig.locator('svg.pictogram')).toHaveAttribute('role', 'img');
  await expect(fig.locator('svg.pictogram g[transform^="translate("]')).toHaveCount(10);
  await expect(fig.locator('figcaption')).toContainText('about five were adult women and two were girls');
  await expect(fig.locator('figcaption')).toContainText('Global Report, January 2021');
  // The rest of the ten is drawn but given no number: the paper states none.
  await expect(fig).toContainText('The rest of the ten (not broken down in the paper)');
  await expect(fig).not.toContainText('3 of 10');
  await expect(fig.locator('svg.bars .bar-more')).toHaveCount(1);
});

test('a bad question link says so and offers all questions', async ({ page }) => {
  await page.goto('/questions?question=q3-9&theme=cats');
  await appReady(page);
  await expect(page.locator('.notice')).toContainText('There is no guiding question “q3-9”');
  await expect(page.locator('.notice')).toContainText('“cats” is not one of the themes');
  await page.locator('.notice').getByRole('link', { name: 'Show all questions' }).click();
  await expect(questions(page)).toHaveCount(13);
});

test('a background paper, laid out only near the screen, reads in full when scrolled to and when printed', async ({ page }) => {
  await page.goto('/questions');
  await appReady(page);
  const paper = page.locator('#panel-1 .paper');
  const first = 'In the nearly two decades since the adoption of the Protocol';
  // Far below the first screen: not laid out yet (content-visibility: auto).
  expect(await paper.innerText()).not.toContain(first);
  await paper.scrollIntoViewIfNeeded();
  await expect.poll(() => paper.innerText()).toContain(first);
  await page.goto('/questions');
  await appReady(page);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('#panel-1 .paper').innerText()).toContain(first);
});
