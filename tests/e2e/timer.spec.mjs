// The speaking timer. The page clock is Playwright's fake clock, so time passes exactly as the
// test says: nothing here depends on how fast this machine is.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { watchErrors, appReady, openTab } from './helpers.mjs';

const T0 = new Date('2021-11-22T20:30:00Z');
const digits = (page) => page.locator('.timer-display__digits');
const phase = (page) => page.locator('.timer-display__phase');

/** Opens the timer with the page's clock at T0 + 1 s, paused: only `runFor` moves it. */
async function openTimer(page, path = '/timer') {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(new Date(T0.getTime() + 1000));
  await page.goto(path);
  await appReady(page);
}

test('a delegation preset counts down through its phases into overtime', async ({ page }) => {
  const watch = watchErrors(page);
  await openTimer(page);
  await expect(digits(page)).toHaveText('2:00');
  await expect(digits(page)).toHaveAttribute('role', 'timer');
  await page.getByRole('button', { name: 'Regional group — 3:00' }).click();
  await expect(digits(page)).toHaveText('3:00');
  await page.getByRole('button', { name: 'Delegation — 2:00' }).click();
  // The tick on the chosen preset is for the eye: its name stays the preset's.
  await expect(page.getByRole('button', { name: 'Delegation — 2:00', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Who is speaking (optional)').fill('Ghana');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(30_000);
  await expect(digits(page)).toHaveText('1:30');
  await expect(phase(page)).toHaveText(/Speaking/);
  await expect(page).toHaveTitle('1:30 · Ghana · GPA 2021 appraisal');
  await page.clock.runFor(61_000);
  await expect(digits(page)).toHaveText('0:29');
  await expect(phase(page)).toHaveText(/Last 30 seconds/);
  await page.clock.runFor(20_000);
  await expect(phase(page)).toHaveText(/Last 10 seconds/);
  await page.clock.runFor(14_000);
  await expect(digits(page)).toHaveText('+0:05');
  await expect(phase(page)).toHaveText(/Time is up — overtime/);
  await expect(page.locator('[role=status][aria-live=polite]').last()).toHaveText('Time is up.');
  // Reset for the next speaker: the last one's "Time is up." is not left for a screen reader.
  await page.keyboard.press('r');
  await expect(digits(page)).toHaveText('2:00');
  await expect(page.locator('[role=status][aria-live=polite]').last()).toHaveText('');
  watch.check();
});

test('the share link shows the same countdown on another device, view-only', async ({ page, browser }) => {
  await openTimer(page);
  await page.getByRole('button', { name: 'Regional group — 3:00' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(42_000);
  await expect(digits(page)).toHaveText('2:18');
  const link = await page.getByLabel('Link for viewers').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4173\/timer\?t=1rg\.[^&]+&view=1$/);
  expect(link.length).toBeLessThanOrEqual(120);
  await expect(page.locator('.timer-qr svg')).toBeVisible();

  const other = await browser.newContext();
  const viewer = await other.newPage();
  const now = await page.evaluate(() => Date.now());
  await viewer.clock.install({ time: now - 5000 });
  await viewer.clock.pauseAt(new Date(now));
  await viewer.goto(link);
  await expect(digits(viewer)).toHaveText('2:18');
  await expect(viewer.getByRole('button', { name: 'Start' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  // A viewer can still make the countdown fill the screen.
  await expect(viewer.getByRole('button', { name: 'Full screen' })).toBeVisible();
  await viewer.clock.runFor(10_000);
  await page.clock.runFor(10_000);
  await expect(digits(viewer)).toHaveText('2:08');
  await expect(digits(page)).toHaveText('2:08');

  // Paused and shared: the viewer shows the same paused time, however long it waits.
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await page.getByLabel('Link for viewers').inputValue();
  expect(paused).toContain('t=1pg.');
  await viewer.goto(paused);
  await viewer.clock.runFor(60_000);
  await expect(digits(viewer)).toHaveText('2:08');
  await expect(phase(viewer)).toHaveText(/Paused/);
  await other.close();
});

test('the shown time matches the true time left (real clock)', async ({ page }) => {
  await page.goto('/timer');
  await appReady(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForTimeout(2300);
  const { shown, trueLeft } = await page.evaluate(() => {
    const t = new URL(location.href).searchParams.get('t');
    const endsAt = parseInt(t.split('.')[2], 36);
    const [m, s] = document.querySelector('.timer-display__digits').textContent.split(':').map(Number);
    return { shown: (m * 60 + s) * 1000, trueLeft: endsAt - Date.now() };
  });
  // The display rounds up to the whole second, so it is ahead by less than a second.
  const diff = shown - trueLeft;
  console.log(`timer accuracy: shown ${shown} ms, true ${Math.round(trueLeft)} ms, difference ${Math.round(diff)} ms`);
  expect(diff).toBeGreaterThanOrEqual(0);
  expect(diff).toBeLessThan(1000);
});

test('the controller keeps running through a reload', async ({ page }) => {
  await openTimer(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(15_000);
  await expect(digits(page)).toHaveText('1:45');
  await page.reload();
  await appReady(page);
  await expect(digits(page)).toHaveText('1:45');
  await page.clock.runFor(5_000);
  await expect(digits(page)).toHaveText('1:40');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('a garbage or damaged link gives a clear message and a fresh timer', async ({ page }) => {
  const watch = watchErrors(page);
  await openTimer(page, '/timer?t=%F0%9F%92%A5garbage');
  await expect(page.locator('.notice[role=alert]')).toContainText('This is not a timer link this app can read.');
  await expect(digits(page)).toHaveText('2:00');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.goto('/timer?t=1rd.3c.kwc2x3k0.Gha');
  await expect(page.locator('.notice[role=alert]')).toContainText('cut off or changed');
  watch.check();
});

test('keyboard shortcuts', async ({ page }) => {
  await openTimer(page);
  await page.locator('body').press('Space');
  await page.clock.runFor(3_000);
  await expect(digits(page)).toHaveText('1:57');
  await page.keyboard.press('ArrowRight');
  await expect(digits(page)).toHaveText('2:07');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(digits(page)).toHaveText('1:47');
  await page.keyboard.press('Space');
  await expect(phase(page)).toHaveText(/Paused/);
  // Reset: back to the preset's full time, whatever was given or taken while speaking.
  await expect(page.locator('.timer-display__who')).toContainText('Delegation — 1:50');
  await page.keyboard.press('r');
  await expect(digits(page)).toHaveText('2:00');
  await expect(phase(page)).toHaveText(/Ready/);
  await expect(page.locator('.timer-display__who')).toContainText('Delegation — 2:00');
  // Typing in a field does not trigger shortcuts, and a name typed key by key keeps its spaces.
  const who = page.getByLabel('Who is speaking (optional)');
  await who.pressSequentially('Republic of Korea r');
  await expect(who).toHaveValue('Republic of Korea r');
  await expect(phase(page)).toHaveText(/Ready/);
  await expect(page.locator('.timer-display__who')).toContainText('Republic of Korea r');
  // Space on a button reached with the keyboard presses that button, not the shortcut.
  await page.getByRole('button', { name: '+10 s' }).focus();
  await page.keyboard.press('Space');
  await expect(digits(page)).toHaveText('2:10');
  await expect(phase(page)).toHaveText(/Ready/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '+30 s' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(digits(page)).toHaveText('2:40');
  await expect(phase(page)).toHaveText(/Ready/);
});

test('after a click on a timer button, Space is still start/pause, not that button again', async ({ page }) => {
  await openTimer(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: '+10 s' }).click();
  await expect(digits(page)).toHaveText('2:10');
  // The chair gave 10 seconds with the mouse, and stops the speaker with Space.
  await page.keyboard.press('Space');
  await expect(phase(page)).toHaveText(/Paused/);
  await expect(digits(page)).toHaveText('2:10');
  await page.keyboard.press('Space');
  await expect(phase(page)).toHaveText(/Speaking/);
  await page.clock.runFor(1_000);
  await expect(digits(page)).toHaveText('2:09');
});

test('time given or taken while a speaker speaks is part of their allotment; the log shows the time spoken', async ({ page }) => {
  await openTimer(page);
  const name = page.getByLabel('Delegation or group');
  for (const n of ['Chile', 'Peru']) {
    await name.fill(n);
    await page.getByRole('button', { name: 'Add to queue' }).click();
  }
  await page.getByRole('button', { name: 'Next speaker: Chile' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(5_000);
  await page.getByRole('button', { name: '+30 s' }).click();
  await expect(digits(page)).toHaveText('2:25');
  await page.clock.runFor(5_000);
  await page.getByRole('button', { name: 'Next speaker: Peru' }).click();
  const row = page.locator('table.log tbody tr').first();
  await expect(row).toContainText('Chile');
  await expect(row.locator('td')).toContainText(['2:30', '0:10']);
});

test('a projector window on the same device follows the controller', async ({ page }) => {
  await page.goto('/timer');
  await appReady(page);
  const projector = await page.context().newPage();
  await projector.goto('/timer?projector=1');
  await expect(projector.locator('.projector')).toBeVisible();
  // Nothing but the timer: the projector view covers the page frame.
  const onTop = await projector.evaluate(() => [[5, 5], [innerWidth - 5, innerHeight - 5]].every(([x, y]) => document.elementFromPoint(x, y).closest('.projector')));
  expect(onTop).toBe(true);
  await page.getByLabel('Who is speaking (optional)').fill('Mexico');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(projector.locator('.timer-display__who')).toContainText('Mexico');
  await expect(phase(projector)).toHaveText(/Speaking/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(phase(projector)).toHaveText(/Paused/);
});

test('a group speaking on behalf of another keeps its whole name, and the projector still fits a 1280×720 screen', async ({ page }) => {
  const long = 'Bolivarian Republic of Venezuela on behalf of the Group of 77 and China';
  await openTimer(page);
  await page.getByLabel('Delegation or group').fill(long);
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await expect(page.locator('.queue__name')).toHaveText([long]);
  await page.getByRole('button', { name: `Next speaker: ${long}` }).click();
  await expect(page.locator('.timer-display__who')).toContainText(long);
  await page.setViewportSize({ width: 1280, height: 720 });
  const url = new URL(page.url());
  url.searchParams.set('projector', '1');
  await page.goto(url.pathname + url.search);
  await expect(page.locator('.projector .timer-display__who')).toContainText(long);
  const box = await page.locator('.projector .timer-display').boundingBox();
  expect(box.y).toBeGreaterThanOrEqual(0);
  const button = await page.getByRole('button', { name: /Full screen/ }).boundingBox();
  expect(button.y + button.height).toBeLessThanOrEqual(720);
});

test('two controller tabs on one device are one timer and one queue', async ({ page }) => {
  await page.goto('/timer');
  await appReady(page);
  const other = await openTab(page, '/timer');
  // The queue: each tab adds a speaker, and neither writes over the other.
  await page.getByLabel('Delegation or group').fill('Added in tab 1');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await expect(other.locator('.queue__name')).toHaveText(['Added in tab 1']);
  await other.getByLabel('Delegation or group').fill('Added in tab 2');
  await other.getByRole('button', { name: 'Add to queue' }).click();
  await expect(page.locator('.queue__name')).toHaveText(['Added in tab 1', 'Added in tab 2']);
  // The timer: started in one tab, paused in the other.
  await page.getByRole('button', { name: 'Next speaker: Added in tab 1' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(phase(other)).toHaveText(/Speaking/);
  await expect(other.locator('.timer-display__who')).toContainText('Added in tab 1');
  await other.getByRole('button', { name: 'Pause' }).click();
  await expect(phase(page)).toHaveText(/Paused/);
  await expect(page.locator('.queue__name')).toHaveText(['Added in tab 2']);
  const fresh = await page.context().newPage();
  await fresh.goto('/timer');
  await expect(fresh.locator('.queue__name')).toHaveText(['Added in tab 2']);
  await expect(phase(fresh)).toHaveText(/Paused/);
});

test('the speakers queue gives each speaker their preset and logs the time used', async ({ page }) => {
  await openTimer(page);
  const name = page.getByLabel('Delegation or group');
  await name.fill('Ghana');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await name.fill('African Group');
  await page.getByLabel('Statement').selectOption('g');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await name.fill('Peru');
  await page.getByLabel('Statement').selectOption('d');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await expect(page.locator('.queue__item')).toHaveCount(3);
  await page.getByRole('button', { name: 'Move Peru up' }).click();
  await expect(page.locator('.queue__name')).toHaveText(['Ghana', 'Peru', 'African Group']);

  await page.getByRole('button', { name: 'Next speaker: Ghana' }).click();
  await expect(page.locator('.timer-display__who')).toHaveText('Ghana · Delegation — 2:00');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(130_000);
  await page.keyboard.press('n');
  await expect(page.locator('.timer-display__who')).toHaveText('Peru · Delegation — 2:00');
  await expect(page.locator('table.log tbody tr')).toHaveCount(1);
  await expect(page.locator('table.log tbody tr').first()).toContainText('Ghana');
  await expect(page.locator('table.log tbody tr').first()).toContainText('+0:10');

  await name.fill('Chile');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await expect(page.locator('.queue__name')).toHaveText(['African Group', 'Chile']);
  await page.getByRole('button', { name: 'Skip (move first to last)' }).click();
  await expect(page.locator('.queue__name')).toHaveText(['Chile', 'African Group']);
  await page.getByRole('button', { name: 'Next speaker: Chile' }).click();
  // Peru was called but never started (not ready, or a second press): back in the queue,
  // first in line, rather than lost.
  await expect(page.locator('.timer-display__who')).toHaveText('Chile · Delegation — 2:00');
  await expect(page.locator('.queue__name')).toHaveText(['Peru', 'African Group']);
  await page.getByRole('button', { name: 'Remove Peru' }).click();
  await page.getByRole('button', { name: 'Next speaker: African Group' }).click();
  await expect(page.locator('.timer-display__who')).toHaveText('African Group · Regional group — 3:00');
  await expect(digits(page)).toHaveText('3:00');
  await expect(page.locator('.queue__name')).toHaveText(['Chile']);

  // Kept across a reload (Peru and Chile never started, so only Ghana is in the log).
  await name.fill('Kenya');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await page.reload();
  await expect(page.locator('.queue__name')).toHaveText(['Chile', 'Kenya']);
  await expect(page.locator('table.log tbody tr')).toHaveCount(1);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the log (CSV)' }).click()]);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  expect(text).toBe('\ufeffSpeaker,Statement,Allotted (s),Used (s),Overrun (s)\r\nGhana,Delegation,120,130,10\r\n');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear the queue' }).click();
  await expect(page.getByText('No one is waiting.')).toBeVisible();
});

test('a custom duration takes the forms the timer shows, and a bad one says how to write it', async ({ page }) => {
  await openTimer(page);
  const custom = page.getByLabel('Custom duration (e.g. 1:30 or 5m)');
  // A full keyboard, not a digits-only pad: "1:30" and "5m" must be typeable on a phone.
  await expect(custom).not.toHaveAttribute('inputmode', 'numeric');
  for (const [typed, shown] of [['2m30s', '2:30'], ['1:00:00', '1:00:00'], ['1h 30m', '1:30:00'], ['45 sec', '0:45']]) {
    await custom.fill(typed);
    await custom.press('Enter');
    await expect(digits(page)).toHaveText(shown);
  }
  await expect(page.getByText('Type a duration between 1 second and 10 hours')).toBeHidden();
  await custom.fill('2 and a bit');
  await page.getByRole('button', { name: 'Set', exact: true }).click();
  await expect(page.getByText('Type a duration between 1 second and 10 hours')).toBeVisible();
  await expect(digits(page)).toHaveText('0:45');
});

test('a custom duration is understood as the label suggests it in each language', async ({ page }) => {
  for (const [lang, label, typed, shown] of [
    ['ru', 'Своя длительность (например, 1:30 или 5 мин)', '5 мин', '5:00'],
    ['zh', '自定义时长（例如 1:30 或 5分钟）', '1分30秒', '1:30'],
    ['ar', 'مدة مخصصة (مثل 1:30 أو 5 دقائق)', '٣ دقائق', '3:00'],
    ['es', 'Duración personalizada (p. ej., 1:30 o 5 min)', '45 segundos', '0:45'],
  ]) {
    if (lang === 'ru') await openTimer(page, `/timer?lang=${lang}`);
    else {
      await page.goto(`/timer?lang=${lang}`);
      await appReady(page);
    }
    const custom = page.getByLabel(label);
    await custom.fill(typed);
    await custom.press('Enter');
    await expect(digits(page)).toHaveText(shown);
    await expect(custom).not.toHaveAttribute('aria-invalid', 'true');
  }
});

test('a speaker removed from the queue by mistake can be put back in their place', async ({ page }) => {
  await openTimer(page);
  const name = page.getByLabel('Delegation or group');
  for (const n of ['Ghana', 'Peru', 'Chile']) {
    await name.fill(n);
    await page.getByRole('button', { name: 'Add to queue' }).click();
  }
  await page.getByRole('button', { name: 'Remove Peru' }).click();
  await expect(page.locator('.queue__name')).toHaveText(['Ghana', 'Chile']);
  await expect(page.getByRole('status').filter({ hasText: 'Peru was removed from the queue.' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.queue__name')).toHaveText(['Ghana', 'Peru', 'Chile']);
  await expect(page.getByRole('button', { name: 'Remove Peru' })).toBeFocused();
  await expect(page.getByText('Peru was removed from the queue.')).toBeHidden();
  // Kept on the device as restored.
  await page.reload();
  await expect(page.locator('.queue__name')).toHaveText(['Ghana', 'Peru', 'Chile']);
  // Moving on (calling the next speaker) retires the offer.
  await page.getByRole('button', { name: 'Remove Chile' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.getByRole('button', { name: 'Next speaker: Ghana' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
});

test('"link copied" goes when the timer changes, since the copied link no longer matches', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTimer(page);
  await page.getByRole('button', { name: 'Copy or share the link' }).click();
  const status = page.locator('.timer-share .share__status');
  await expect(status).toHaveText('Link copied.');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(status).toHaveText('');
});

test('adding a speaker with no name says so beside the field', async ({ page }) => {
  await openTimer(page);
  const name = page.getByLabel('Delegation or group');
  const error = page.getByText('Type the name of a delegation or group first.');
  await expect(error).toBeHidden();
  await name.fill('   ');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await expect(error).toBeVisible();
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('No one is waiting.')).toBeVisible();
  await name.fill('Ghana');
  await expect(error).toBeHidden();
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await expect(page.locator('.queue__name')).toHaveText(['Ghana']);
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
});

test('on a 320 px phone the queue comes right after the controls and its log fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openTimer(page);
  const name = page.getByLabel('Delegation or group');
  await name.fill('Bolivarian Republic of Venezuela');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await page.getByRole('button', { name: /Next speaker: Bolivarian/ }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(5_000);
  await page.getByRole('button', { name: 'Finish current speaker' }).click();
  const row = page.locator('table.log tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Bolivarian Republic of Venezuela');
  await expect(row).toContainText('Delegation');
  const queueTop = (await page.locator('section.queue').boundingBox()).y;
  const shareTop = (await page.locator('section.timer-share').boundingBox()).y;
  expect(queueTop).toBeLessThan(shareTop);
  // No column is cut off or squeezed letter by letter: the table is no wider than its box.
  const [scroll, client] = await page.locator('.table-wrap').evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
  const header = await page.locator('table.log thead th').allInnerTexts();
  expect(header.every((h) => !h.includes('\n'))).toBe(true);
});

test('on a phone with a short screen the digits and the start button are on the first screen, in every language', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 660 });
  for (const lang of ['en', 'ar', 'es', 'fr', 'ru', 'zh']) {
    await page.goto(`/timer?lang=${lang}`);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.lang-note')).toHaveCount(0);
    const start = await page.locator('#timer-toggle').boundingBox();
    const clock = await digits(page).boundingBox();
    expect(clock.y + clock.height, lang).toBeLessThanOrEqual(660);
    expect(start.y + start.height, lang).toBeLessThanOrEqual(660);
  }
});

test('a preset chosen while a speaker speaks keeps their time; Reset returns to the full preset', async ({ page }) => {
  await openTimer(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(30_000);
  await page.getByRole('button', { name: 'Regional group — 3:00' }).click();
  await expect(digits(page)).toHaveText('2:30');
  await expect(phase(page)).toHaveText(/Speaking/);
  await page.getByRole('button', { name: 'Delegation — 2:00' }).click();
  await expect(digits(page)).toHaveText('1:30');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: '−10 s' }).click();
  await expect(digits(page)).toHaveText('0:40');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(digits(page)).toHaveText('2:00');
  await expect(page.locator('.timer-display__who')).toContainText('Delegation — 2:00');
});

test('the queue by keyboard: focus stays on the speaker moved or what is left, and arrows there leave the clock alone', async ({ page }) => {
  await openTimer(page);
  const name = page.getByLabel('Delegation or group');
  for (const n of ['Chile', 'Peru', 'Kenya']) {
    await name.fill(n);
    await name.press('Enter');
  }
  await expect(page.locator('.queue__name')).toHaveText(['Chile', 'Peru', 'Kenya']);
  await expect(page.getByRole('button', { name: 'Move Chile up' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move Kenya down' })).toBeDisabled();
  await page.getByRole('button', { name: 'Move Kenya up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.queue__name')).toHaveText(['Chile', 'Kenya', 'Peru']);
  await expect(page.getByRole('button', { name: 'Move Kenya up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.queue__name')).toHaveText(['Kenya', 'Chile', 'Peru']);
  // At the top, "up" is off: focus moves to "down" on the same speaker.
  await expect(page.getByRole('button', { name: 'Move Kenya down' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(digits(page)).toHaveText('2:00');
  await page.getByRole('button', { name: 'Remove Peru' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.queue__name')).toHaveText(['Kenya', 'Chile']);
  await expect(page.getByRole('button', { name: 'Remove Chile' })).toBeFocused();
});

test('after a regional group is queued the next entry is a delegation again; finishing the last speaker clears the name', async ({ page }) => {
  await openTimer(page);
  const name = page.getByLabel('Delegation or group');
  await name.fill('African Group');
  await page.getByLabel('Statement').selectOption('g');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await expect(page.getByLabel('Statement')).toHaveValue('d');
  await page.getByRole('button', { name: 'Next speaker: African Group' }).click();
  await expect(page.locator('.timer-display__who')).toHaveText('African Group · Regional group — 3:00');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(10_000);
  await page.getByRole('button', { name: 'Finish current speaker' }).click();
  await expect(page.locator('table.log tbody tr')).toContainText('African Group');
  // The button is now off (no one waits, nothing started): focus moves to Start.
  await expect(page.locator('#timer-toggle')).toBeFocused();
  await expect(page.locator('.timer-display__who')).not.toContainText('African Group');
  await expect(digits(page)).toHaveText('3:00');
  await expect(phase(page)).toHaveText(/Ready/);
});

test('a viewer link opened long after the speech says the link is old instead of counting on', async ({ page }) => {
  await openTimer(page);
  await page.getByLabel('Who is speaking (optional)').fill('Ghana');
  await page.getByRole('button', { name: 'Start' }).click();
  const link = await page.locator('#timer-link').inputValue();
  await page.goto(link);
  await appReady(page);
  await expect(digits(page)).toBeVisible();
  await page.clock.fastForward(2 * 3600_000);
  await expect(page.getByRole('alert')).toHaveText('This countdown ran out more than an hour ago: the link is old. Ask for a new one.');
  await expect(digits(page)).toHaveCount(0);
  await expect(page).toHaveTitle('Ghana · GPA 2021 appraisal');
});

test('a viewer link without its timer, or cut off, says so and stays view-only', async ({ page }) => {
  const watch = watchErrors(page);
  for (const [link, says] of [['/timer?view=1', 'The timer link is empty.'], ['/timer?t=1rd.3c.zzzz.France.bkg&view=1', 'cut off or changed']]) {
    await page.goto(link);
    await appReady(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(says);
    await expect(alert).toContainText('Ask whoever shared it to share it again.');
    // No controls and no frozen clock for a visitor in the hall; their own timer is a link away.
    await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
    await expect(digits(page)).toHaveCount(0);
    await expect(page).toHaveURL(/view=1/);
  }
  await page.getByRole('link', { name: 'Open your own timer' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  // Back to the viewer's page, after its clock's next tick: the page built anew, no error.
  await page.waitForTimeout(1_200);
  await page.goBack();
  await expect(page.getByRole('alert')).toContainText('Ask whoever shared it to share it again.');
  await page.waitForTimeout(1_200);
  watch.check();
});

test('the next speaker can be called from beside the clock', async ({ page }) => {
  await openTimer(page);
  const controls = page.getByRole('group', { name: 'Timer controls' });
  await expect(controls.getByRole('button', { name: /^Next:/ })).toHaveCount(0);
  const name = page.getByLabel('Delegation or group');
  for (const n of ['Ghana', 'Peru']) {
    await name.fill(n);
    await name.press('Enter');
  }
  await controls.getByRole('button', { name: 'Next: Ghana' }).click();
  await expect(page.locator('.timer-display__who')).toHaveText('Ghana · Delegation — 2:00');
  await expect(controls.getByRole('button', { name: 'Next: Peru' })).toBeVisible();
  await expect(page.locator('.queue__name')).toHaveText(['Peru']);
});
