// The agenda as visitors use it: filter, search, open a session, star it, calendar, now/next.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { watchErrors, appReady, holdWasm, openTab } from './helpers.mjs';

const cards = (page) => page.locator('main li.session');
const count = (page) => page.locator('.results__count');

/** Opens the "More filters" panel where it is collapsed (phones). */
async function moreFilters(page) {
  const toggle = page.getByRole('button', { name: /More filters/ });
  if (await toggle.isVisible()) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
  // Nothing on the page is wider than the screen, with every filter open.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize().width);
}

test('filter by day, kind and speaker; the URL is the view', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await appReady(page);
  await expect(cards(page)).toHaveCount(7);
  await expect(count(page)).toHaveText('Showing all 7 sessions');

  await page.getByRole('radio', { name: 'Tue 23' }).check();
  await expect(page).toHaveURL(/\?day=tue$/);
  await expect(cards(page)).toHaveCount(3);
  await expect(count(page)).toHaveText('Showing 3 of 7 sessions');

  await page.getByRole('radio', { name: 'Mon 22' }).check();
  await moreFilters(page);
  await page.getByRole('checkbox', { name: 'Panel discussion' }).check();
  await expect(page).toHaveURL(/day=mon&kind=panel/);
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).first()).toContainText('Panel Discussion 1');

  // Back and forward move between views.
  await page.goBack();
  await expect(cards(page)).toHaveCount(4);
  await page.goForward();
  await expect(cards(page)).toHaveCount(2);

  // A reload restores the same view, controls included.
  await page.reload();
  await expect(cards(page)).toHaveCount(2);
  await expect(page.getByRole('radio', { name: 'Mon 22' })).toBeChecked();
  await moreFilters(page);
  await expect(page.getByRole('checkbox', { name: 'Panel discussion' })).toBeChecked();

  await page.getByRole('button', { name: 'Clear all filters' }).first().click();
  await expect(cards(page)).toHaveCount(7);
  await expect(page).toHaveURL(/\/$/);

  await moreFilters(page);
  await page.getByLabel('Speaker').selectOption('abdulla-shahid');
  await expect(page).toHaveURL(/speaker=abdulla-shahid/);
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).nth(1)).toContainText('Closing Plenary Meeting');
  watch.check();
});

test('search is accent- and case-insensitive and highlights matches', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const box = page.getByRole('searchbox', { name: 'Search the programme' });
  await box.fill('SIOBHAN');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first().locator('mark')).toHaveText(['Siobhán']);
  await expect(page).toHaveURL(/q=SIOBHAN/);
  await box.fill('covid');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('Panel Discussion 2');
  await expect(cards(page).first().locator('mark').first()).toHaveText('COVID');
  // A panel by its number.
  await box.fill('panel 2');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('Panel Discussion 2');
  // UN shorthand finds the words it stands for: every session is in the General Assembly Hall.
  await box.fill('GA hall');
  await expect(cards(page)).toHaveCount(7);
  await expect(cards(page).first().locator('.session__meta mark')).toHaveText(['General Assembly', 'Hall']);
  // Typing replaces the history entry instead of adding one per keystroke.
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
});

test('an empty result explains itself and offers the way back', async ({ page }) => {
  await page.goto('/?q=zebra&day=tue');
  await appReady(page);
  await expect(cards(page)).toHaveCount(0);
  const empty = page.locator('.empty');
  await expect(empty).toContainText('No session matches “zebra”');
  await empty.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(cards(page)).toHaveCount(7);
});

test('bad link values get a friendly notice, never a dead page', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/?day=sunday&kind=party&at=not-a-time&q=%E0%A4%A');
  await appReady(page);
  const notice = page.locator('.notice');
  await expect(notice).toContainText('There is no day “sunday”');
  await expect(notice).toContainText('“party” is not a kind of session');
  await expect(notice).toContainText('not a date and time like 2021-11-22T15:40 (New York time)');
  await notice.getByRole('button', { name: 'Open the agenda without it' }).click();
  await expect(page.locator('.notice')).toHaveCount(0);
  watch.check();
});

test('now and next during panel 1 with at=', async ({ page }) => {
  await page.goto('/?at=2021-11-22T15:40:00-05:00');
  await appReady(page);
  const banner = page.locator('.now');
  await expect(banner).toContainText('On now Panel Discussion 1 until 16:30');
  await expect(banner).toContainText('Next: Panel Discussion 2 at 16:30');
  await expect(page.locator('#s-panel-1 .live')).toHaveText('On now');
  await expect(page.locator('#s-panel-2 .live')).toHaveText('Next');
  await page.getByRole('button', { name: 'Jump to now' }).click();
  await expect(page.locator('#s-panel-1 h3 a')).toBeFocused();
  await expect(page.locator('#s-panel-1')).toBeInViewport();
});

// The programme as it was at a moment, written as people write it (README, "The programme as
// it was"): without seconds, in UTC, or without a zone (New York time).
for (const at of ['2021-11-22T20:40Z', '2021-11-22T15:40', '2021-11-22%2015:40', '2021-11-22T15:40-05:00']) {
  test(`at=${at} shows the programme as it was at 15:40 in New York on Monday`, async ({ page }) => {
    await page.goto(`/?at=${at}`);
    await appReady(page);
    await expect(page.locator('.now')).toContainText('On now Panel Discussion 1 until 16:30');
    await expect(page.locator('main .notice')).toHaveCount(0);
  });
}

test('before and after the meeting', async ({ page }) => {
  await page.goto('/?at=2021-11-20T12:00:00Z');
  await expect(page.locator('.now')).toContainText('The meeting has not started. It opens with the Opening Plenary Meeting on Monday, 22 November 2021, 10:00 New York time (in 2 days)');
  await page.goto('/');
  await expect(page.locator('.now')).toContainText('This meeting took place on 22–23 November 2021.');
});

test('local time is shown beside New York time when the zones differ', async ({ browser }) => {
  const paris = await browser.newContext({ timezoneId: 'Europe/Paris', locale: 'en-GB' });
  const p1 = await paris.newPage();
  await p1.goto('http://127.0.0.1:4173/session?id=panel-1');
  await appReady(p1);
  await expect(p1.locator('.time__official')).toContainText('15:00–16:30');
  await expect(p1.locator('.time__local')).toContainText('21:00');
  await paris.close();
  const ny = await browser.newContext({ timezoneId: 'America/New_York' });
  const p2 = await ny.newPage();
  await p2.goto('http://127.0.0.1:4173/session?id=panel-1');
  await appReady(p2);
  await expect(p2.locator('.time__official')).toContainText('15:00–16:30');
  await expect(p2.locator('.time__local')).toBeHidden();
  await ny.close();
});

test('star a session, reload, see it in my agenda, share it to another device', async ({ page, browser }) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await appReady(page);
  // The star names its session for a screen reader, as one phrase.
  await expect(page.locator('#s-panel-2 button.star')).toHaveAccessibleName('Add to my agenda (Panel Discussion 2, 16:30–18:00)');
  await page.getByRole('link', { name: 'Panel Discussion 2' }).click();
  await expect(page.locator('main h1:visible')).toHaveText('Panel Discussion 2');
  const star = page.getByRole('button', { name: /Add to my agenda/ });
  await star.click();
  await expect(page.getByRole('button', { name: /In my agenda/ })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: /In my agenda/ })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/?mine=1');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('Panel Discussion 2');
  // Star one more from the list (once the app runs: the static page's buttons wait for it).
  await page.goto('/');
  await appReady(page);
  await page.locator('#s-opening-plenary').getByRole('button', { name: /Add to my agenda/ }).click();
  await page.goto('/?mine=1');
  await expect(cards(page)).toHaveCount(2);

  // The shared link opens the same selection elsewhere.
  const context = await page.context().browser().newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const other = await context.newPage();
  const shareUrl = 'http://127.0.0.1:4173/?picks=opening-plenary,panel-2';
  await other.goto(shareUrl);
  await expect(other.locator('.notice--info')).toContainText('Someone shared 2 sessions with you.');
  await expect(cards(other)).toHaveCount(2);
  await other.getByRole('button', { name: 'Add them to my agenda' }).click();
  await other.goto('http://127.0.0.1:4173/?mine=1');
  await expect(cards(other)).toHaveCount(2);
  await context.close();
  watch.check();
});

test('stars from two tabs of one browser are one agenda, not the last tab\'s', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const other = await openTab(page, '/session?id=panel-2');
  await page.locator('#s-panel-1').getByRole('button', { name: /Add to my agenda/ }).click();
  await other.getByRole('button', { name: /Add to my agenda/ }).click();
  // Each tab shows both at once…
  await expect(page.locator('#s-panel-2').getByRole('button', { name: /In my agenda/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#s-panel-1').getByRole('button', { name: /In my agenda/ })).toHaveAttribute('aria-pressed', 'true');
  // …and both are kept.
  await page.goto('/?mine=1');
  await expect(cards(page)).toHaveCount(2);
});

test('a star made while another tab\'s star has not reached this tab yet keeps both', async ({ page }) => {
  // localStorage reaches another tab's process late: on a busy machine a tab can read the
  // store before the other tab's write arrives. The second tab is made to read it stale.
  await page.goto('/');
  await appReady(page);
  const other = await openTab(page, '/session?id=panel-2');
  await other.evaluate(() => {
    const real = Storage.prototype.getItem;
    Storage.prototype.getItem = function (k) { return k.endsWith('.my-agenda') ? '' : real.call(this, k); };
  });
  await page.locator('#s-panel-1').getByRole('button', { name: /Add to my agenda/ }).click();
  await other.getByRole('button', { name: /Add to my agenda/ }).click();
  await expect(page.locator('#s-panel-2').getByRole('button', { name: /In my agenda/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#s-panel-1').getByRole('button', { name: /In my agenda/ })).toHaveAttribute('aria-pressed', 'true');
  await other.goto('/?mine=1');
  await expect(cards(other)).toHaveCount(2);
});

test('the speakers directory is reached from the agenda\'s filters', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const more = page.getByRole('button', { name: /More filters/ });
  if (await more.isVisible()) await more.click();
  await page.getByRole('link', { name: 'All speakers and their roles' }).click();
  // Another bundle: a page load, whose static page paints at once (the heading it shows).
  await expect(page.locator('main h1:visible')).toHaveText('Speakers');
  await expect(page.locator('main li.person').first()).toBeVisible();
});

test('what "share my agenda" said goes when my agenda changes', async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4173/');
  await appReady(page);
  await page.locator('#s-opening-plenary').getByRole('button', { name: /Add to my agenda/ }).click();
  await page.locator('#s-panel-2').getByRole('button', { name: /Add to my agenda/ }).click();
  await page.goto('http://127.0.0.1:4173/?mine=1');
  await appReady(page);
  await page.getByRole('button', { name: 'Share my agenda' }).click();
  const status = page.locator('#agenda-share-status');
  await expect(status).toHaveText('Link to your agenda copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('picks=opening-plenary,panel-2');
  // The copied link no longer matches "my agenda": the line does not vouch for it.
  await page.locator('#s-panel-2').getByRole('button', { name: /In my agenda/ }).click();
  await expect(status).toHaveText('');
  await context.close();
});

test('the share button hands over the session link', async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  // Headless Chromium has no share sheet: the link goes to the clipboard.
  await page.addInitScript(() => { delete Navigator.prototype.share; });
  await page.goto('http://127.0.0.1:4173/gpa-2021/session?id=closing-plenary');
  await appReady(page);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.locator('.share__status')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe('http://127.0.0.1:4173/gpa-2021/session?id=closing-plenary');
  await context.close();
});

test('calendar files for one session and for the filtered view', async ({ page }) => {
  await page.goto('/session?id=panel-1');
  await appReady(page);
  const [one] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar' }).click()]);
  expect(one.suggestedFilename()).toBe('gpa2021-panel-1.ics');
  const text = fs.readFileSync(await one.path(), 'utf8');
  expect(text).toContain('BEGIN:VCALENDAR\r\n');
  expect(text).toContain('DTSTART:20211122T200000Z\r\n');
  expect(text).toContain('UID:panel-1@gpa2021-appraisal.programme\r\n');
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);

  await page.goto('/?day=tue');
  const [many] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add these 3 to your calendar' }).click()]);
  const all = fs.readFileSync(await many.path(), 'utf8');
  expect(all.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  // The file says what it holds: Tuesday's sessions.
  expect(many.suggestedFilename()).toBe('gpa2021-2021-11-23.ics');
});

test('printing gives the content only, a page per day, and a QR code back to the app', async ({ page }) => {
  const qrRequests = [];
  page.on('request', (r) => /\/qr-[0-9a-f]+/.test(r.url()) && qrRequests.push(r.url()));
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => { window.print = () => { window.printed = (window.printed || 0) + 1; }; });
  // The QR encoder is a module of its own, not part of the agenda's first load.
  expect(qrRequests).toEqual([]);
  await expect(page.locator('.print-qr svg')).toHaveCount(0);
  // A print from the browser's menu before the module is loaded: the address as text (no
  // "scan"), and the module is loaded for the next print.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.print-qr')).toContainText('The live programme');
  await expect(page.locator('.print-qr svg')).toHaveCount(0);
  await expect.poll(() => qrRequests.length).toBe(2);
  await expect.poll(() => page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    return document.querySelectorAll('.print-qr svg').length;
  })).toBe(1);
  await expect(page.locator('.print-qr')).toContainText('Scan for the live programme');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('form.filters')).toBeHidden();
  await expect(page.locator('.print-qr svg')).toBeVisible();
  await expect(page.locator('.print-qr')).toContainText('http://127.0.0.1:4173/');
  const breaks = await page.locator('section.day').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  expect(breaks).toEqual(['auto', 'page']);
});

test('Ctrl+P and the Print button print with the QR code, loading its module first', async ({ page }) => {
  for (const how of ['keys', 'button']) {
    await page.goto('/');
    await appReady(page);
    await page.evaluate(() => {
      window.print = () => {
        window.prints = (window.prints || 0) + 1;
        window.printed = document.querySelectorAll('.print-qr svg').length;
      };
    });
    if (how === 'keys') await page.keyboard.press('Control+p');
    else {
      // On a slow network, presses while the module loads add no second print.
      await page.route(/\/qr-[0-9a-f]+/, async (route) => { await new Promise((r) => setTimeout(r, 700)); await route.continue(); });
      const print = page.getByRole('button', { name: 'Print' });
      await print.click();
      await print.click();
      await page.keyboard.press('Control+p');
    }
    // print() was called, and the code was there when it was.
    await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);
    await expect(page.locator('.print-qr svg')).toHaveAttribute('aria-label', 'QR code linking to the online programme');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.prints)).toBe(1);
  }
});

test('a star pressed before the app starts is kept in my agenda', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('main li.session')).toHaveCount(7);
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  const star = (id) => page.locator(`#s-${id} button[data-star]`);
  await star('panel-2').click();
  await star('closing-plenary').click();
  await star('closing-plenary').click();
  // Marked at once, on the static page.
  await expect(star('panel-2')).toHaveAttribute('aria-pressed', 'true');
  await expect(star('closing-plenary')).toHaveAttribute('aria-pressed', 'false');
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(star('panel-2')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#agenda-starred')).toHaveText('Only my agenda (1 starred)');
  await page.goto('/?mine=1');
  await appReady(page);
  await expect(page.locator('main li.session')).toHaveCount(1);
  await expect(page.locator('main li.session')).toContainText('Panel Discussion 2');
  // "Only my agenda" is in sight (not folded under "More filters" on a phone), and its box
  // shows a tick inside it, not only a fill.
  const mine = page.getByRole('checkbox', { name: /Only my agenda/ });
  await expect(mine).toBeChecked();
  await expect(page.locator('.filters > .check')).toBeVisible();
  const tick = await page.locator('.filters > .check > span').evaluate((el) => {
    const before = getComputedStyle(el, '::before');
    return { content: before.content, indent: before.textIndent };
  });
  expect(tick.content).toContain('✓');
  expect(tick.indent).toBe('0px');
});

test('the static page shows the programme at once, and input made before the app starts is kept', async ({ page }) => {
  // Hold the wasm back: the page is the static copy the build wrote.
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('main li.session')).toHaveCount(7);
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Tue 23' }).check();
  await page.getByRole('searchbox', { name: 'Search the programme' }).fill('closing');
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page).toHaveURL(/day=tue/);
  await expect(page).toHaveURL(/q=closing/);
  await expect(page.locator('main li.session')).toHaveCount(1);
  await expect(page.getByRole('searchbox', { name: 'Search the programme' })).toBeFocused();
});

test('a shared agenda link that names no session says so and shows the whole agenda', async ({ page }) => {
  await page.goto('/?picks=%25%25%25');
  await appReady(page);
  await expect(page.getByText('This shared agenda link names no session of the programme')).toBeVisible();
  await expect(page.getByText(/Someone shared/)).toHaveCount(0);
  await expect(page.locator('main li.session')).toHaveCount(7);
});

test('from a session, "Agenda" returns to the filtered view the visitor came from, its filters shown', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/?kind=panel&q=discussion');
  await appReady(page);
  await expect(cards(page)).toHaveCount(2);
  // A filter under "More filters" is on, so that part is open (on phones, where it folds).
  const kind = page.getByRole('group', { name: 'Session type' });
  await expect(kind).toBeVisible();
  await cards(page).nth(1).getByRole('link', { name: 'Panel Discussion 2' }).click();
  await expect(page).toHaveURL(/\/session\?id=panel-2$/);
  // Another bundle (a page load): the app there reads where the agenda was left in this tab.
  await appReady(page);
  const back = page.locator('.breadcrumb a');
  await expect(back).toHaveText('Agenda');
  // Relative, so it stays under a sub-path the app is served from.
  await expect(back).toHaveAttribute('href', './?kind=panel&q=discussion');
  await back.click();
  await expect(page).toHaveURL(/\/\?kind=panel&q=discussion$/);
  await expect(cards(page)).toHaveCount(2);
  await expect(kind).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the programme' })).toHaveValue('discussion');
  watch.check();
});

test('a session opened from a link goes "back" to its day', async ({ page }) => {
  await page.goto('/session?id=closing-plenary');
  await appReady(page);
  await page.locator('.breadcrumb a').click();
  await expect(page).toHaveURL(/\/\?day=tue$/);
  await expect(cards(page)).toHaveCount(3);
});

test('buttons pressed on the static page before the app starts are not lost', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('main li.session')).toHaveCount(7);
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  // "More filters" (folded on phones) opens at once.
  const more = page.getByRole('button', { name: /More filters/ });
  if (await more.isVisible()) {
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('group', { name: 'Session type' })).toBeVisible();
  }
  // The calendar file is made once the app has started.
  await page.getByRole('button', { name: 'Add these 7 to your calendar' }).click();
  const download = page.waitForEvent('download');
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  expect((await download).suggestedFilename()).toMatch(/\.ics$/);
  await expect(page.getByRole('group', { name: 'Session type' })).toBeVisible();
});

test('a calendar button pressed on a shared session link before the app starts still gives the file', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/session?id=panel-1');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  await page.locator('main').getByRole('button', { name: 'Add to calendar' }).click();
  const download = page.waitForEvent('download');
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  const text = fs.readFileSync(await file.path(), 'utf8');
  expect(text).toContain('SUMMARY:Panel Discussion 1');
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
});

test('keyboard focus stays near when an action removes or switches off the button pressed', async ({ page }) => {
  await page.goto('/?picks=panel-1,panel-2');
  await appReady(page);
  await page.getByRole('button', { name: 'Add them to my agenda' }).click();
  await expect(page.getByRole('button', { name: 'All in my agenda' })).toBeDisabled();
  await expect(page.locator('main section.notice--info')).toBeFocused();

  await page.goto('/?mine=1');
  await appReady(page);
  await expect(cards(page)).toHaveCount(2);
  // Un-starring a card of "my agenda" removes it: focus goes to the next card's star.
  await page.locator('#s-panel-1 button[data-star]').focus();
  await page.keyboard.press('Enter');
  await expect(cards(page)).toHaveCount(1);
  await expect(page.locator('#s-panel-2 button[data-star]')).toBeFocused();

  await page.getByRole('button', { name: 'Clear all filters' }).focus();
  await page.keyboard.press('Enter');
  await expect(cards(page)).toHaveCount(7);
  await expect(page.locator('main .results__count')).toBeFocused();
});
