// What visitors hit (issue 24): high contrast, touch, screen-reader wording, print and the
// explorer's ways back, each as a visitor meets it.
import { test, expect } from '@playwright/test';
import { appReady } from './helpers.mjs';

const before = (loc) => loc.evaluate((el) => getComputedStyle(el, '::before').content);
const style = (loc, ...props) => loc.evaluate((el, props) => props.map((p) => getComputedStyle(el)[p]), props);

test('in forced colours every state keeps a cue that is not a fill', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/?day=mon');
  await appReady(page);
  // The chosen day: a tick and the system's highlight, the others neither.
  const days = page.locator('.segmented__option > span');
  const chosen = page.locator('.segmented__option input:checked + span');
  await expect(chosen).toHaveCount(1);
  expect(await before(chosen)).toContain('✓');
  const other = page.locator('.segmented__option input:not(:checked) + span').first();
  expect(await before(other)).toBe('none');
  expect((await style(chosen, 'backgroundColor'))[0]).not.toBe((await style(other, 'backgroundColor'))[0]);
  expect(await days.count()).toBeGreaterThan(1);
  // Only the current page's link is underlined: the others' line is the colour behind it.
  const links = await page.locator('.site-nav a').evaluateAll((as) => as.map((a) => {
    const s = getComputedStyle(a);
    return { current: a.getAttribute('aria-current') === 'page', line: s.borderBottomColor !== s.backgroundColor && s.borderBottomWidth !== '0px' };
  }));
  expect(links.filter((l) => l.current)).toEqual([{ current: true, line: true }]);
  expect(links.filter((l) => !l.current).every((l) => !l.line)).toBe(true);
  // The kind's shape is drawn, not a fill of the background's colour.
  const badge = page.locator('main .badge').first();
  const [glyph, behind] = await badge.evaluate((b) => [getComputedStyle(b, '::before').backgroundColor, getComputedStyle(b).backgroundColor]);
  expect(glyph).not.toBe(behind);
  // The timer's progress shows against its track.
  await page.goto('/timer');
  await appReady(page);
  await page.getByRole('button', { name: 'Start' }).click();
  const bar = page.locator('.timer-display__bar');
  const [fill, track] = await bar.evaluate((b) => [getComputedStyle(b.firstElementChild).backgroundColor, getComputedStyle(b).backgroundColor]);
  expect(fill).not.toBe(track);
  await page.screenshot({ path: `test-results/forced-colours-${test.info().project.name}.png` });
});

test('a theme tag far down the explorer takes the visitor to the result, with the focus on its count', async ({ page }) => {
  await page.goto('/questions');
  await appReady(page);
  const tag = page.locator('#q1-6 a.tag', { hasText: 'Children' });
  await tag.scrollIntoViewIfNeeded();
  const far = await page.evaluate(() => scrollY);
  expect(far).toBeGreaterThan(500);
  if (test.info().project.name === 'phone') await tag.tap(); else await tag.focus().then(() => page.keyboard.press('Enter'));
  await expect(page).toHaveURL(/theme=children/);
  const count = page.locator('#explorer-count');
  await expect(count).toBeFocused();
  await expect(count).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBeLessThan(far);
  // The next Tab goes on from the result, not from the top of the page.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement.closest('header.site-header') === null)).toBe(true);
  // "Clear all filters" does the same.
  await page.getByRole('button', { name: 'Clear all filters' }).first().click();
  await expect(page).not.toHaveURL(/theme=/);
  await expect(count).toBeFocused();
});

test('present mode says where each question is as it changes, and names keys only where there is a keyboard', async ({ page }) => {
  await page.goto('/questions?present=q1-3');
  await appReady(page);
  const live = page.locator('.present [aria-live="polite"]');
  await expect(live).toHaveCount(1);
  await expect(live.locator('h1')).toContainText('Question 1.3 · 3 of 13');
  await expect(live.locator('.present__text')).not.toBeEmpty();
  await page.getByRole('button', { name: /Next/ }).click();
  await expect(live.locator('h1')).toContainText('Question 1.4 · 4 of 13');
  const leave = page.locator('.present').getByRole('button', { name: /^(Leave|Leave \(Esc\))$/ });
  if (test.info().project.name === 'phone') {
    await expect(leave).toHaveText('Leave', { useInnerText: true });
    await expect(leave).toHaveAccessibleName('Leave');
    await expect(page.locator('.present__keys')).toBeHidden();
  } else {
    await expect(leave).toHaveText('Leave (Esc)', { useInnerText: true });
  }
});

for (const [route, box] of [['/', 'Search the programme'], ['/questions', 'Search the questions']]) {
  test(`on ${route} the results count is said once typing pauses, not at every keystroke`, async ({ page }) => {
    await page.goto(route);
    await appReady(page);
    const count = page.locator('main .results__count');
    await expect(count).toHaveAttribute('role', 'status');
    await count.evaluate((el) => {
      window.__said = [];
      new MutationObserver(() => window.__said.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
    });
    const search = page.getByRole('searchbox').first();
    await search.click();
    await search.pressSequentially('children', { delay: 40 });
    // The list follows every keystroke…
    await expect(page.locator('main mark').first()).toBeVisible();
    // …and the count is written once, when typing has paused.
    await expect.poll(() => page.evaluate(() => window.__said.length)).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    const said = await page.evaluate(() => window.__said);
    // Once (twice at most, should a loaded machine pause between two keys for longer than
    // the wait), not at each of the keystrokes that changed it; and the last is the result.
    expect(said.length, said.join(' | ')).toBeLessThanOrEqual(2);
    expect(said.at(-1)).toMatch(/^Showing \d+ of \d+/);
    await expect(count).toHaveText(said.at(-1));
  });
}

test('the way back from a session is a target as large as the other controls', async ({ page }) => {
  await page.goto('/session?id=panel-1');
  await appReady(page);
  const back = page.locator('main .breadcrumb a:visible').first();
  const box = await back.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
});

test('a session\'s page says "On now" and "Next", as its card in the agenda does', async ({ page }) => {
  const live = page.locator('main .session__meta .live');
  await page.goto('/session?id=panel-1&at=2021-11-22T15:40');
  await appReady(page);
  await expect(live).toHaveText('On now');
  await expect(live).toHaveClass(/live--now/);
  await page.goto('/session?id=panel-2&at=2021-11-22T15:40');
  await appReady(page);
  await expect(live).toHaveText('Next');
  await page.goto('/session?id=closing-plenary&at=2021-11-22T15:40');
  await appReady(page);
  await expect(live).toBeHidden();
});

test('back from a session, the focus is on the link the visitor left from', async ({ page }) => {
  await page.goto('/?day=mon');
  await appReady(page);
  await page.locator('#s-panel-2 .session__title a').click();
  await expect(page.locator('main h1:visible')).toHaveText('Panel Discussion 2');
  await page.goBack();
  await appReady(page);
  await expect(page).toHaveURL(/day=mon/);
  await expect(page.locator('#s-panel-2 .session__title a')).toBeFocused();
  // The page's own way back does the same.
  await page.locator('#s-panel-1 .session__title a').click();
  await expect(page.locator('main h1:visible')).toHaveText('Panel Discussion 1');
  await page.locator('main .breadcrumb a:visible').first().click();
  await appReady(page);
  await expect(page.locator('#s-panel-1 .session__title a')).toBeFocused();
});

test('"My agenda" has a way in from the agenda\'s head, which shows it with its share button', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.locator('#s-panel-1 button[data-star]').click();
  await page.getByRole('link', { name: 'My agenda' }).click();
  await expect(page).toHaveURL(/mine=1/);
  await expect(page.locator('li.session')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Share my agenda' })).toBeVisible();
});

test('"Present questions" from a filtered list starts at its first question', async ({ page }) => {
  await page.goto('/questions?theme=children');
  await appReady(page);
  const first = await page.locator('main li.question').first().getAttribute('id');
  expect(first).not.toBe('q1-1');
  await page.getByRole('link', { name: 'Present questions' }).click();
  await expect(page).toHaveURL(new RegExp(`present=${first}`));
  await expect(page.locator('.present h1')).toContainText(`Question ${first.slice(1).replace('-', '.')} · 1 of`);
});

test('a star tapped before any script file has arrived is marked at once and kept', async ({ page }) => {
  // guard.js and the wasm held back, as on a slow connection where the page paints first:
  // the page's own first script (inline) marks the star and hands it to the app.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\/guard\.js|_bg\.wasm|\/boot-/, async (route) => { await held; await route.continue(); });
  // (guard.js is deferred, so the document does not finish loading while it is held.)
  await page.goto('/', { waitUntil: 'commit' });
  const star = page.locator('#s-panel-1 button[data-star]');
  await expect(star).toBeVisible();
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(star.locator('.star__icon')).toHaveText('★');
  release();
  await appReady(page);
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#agenda-starred')).toHaveText('Only my agenda (1 starred)');
});
