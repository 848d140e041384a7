// The speaking timer. The page clock is Playwright's fake clock, so time passes exactly as the
// test says: nothing here depends on how fast this machine is.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { watchErrors, appReady, openTab } from './helpers.mjs';

const T0 = new Date('2021-11-22T20:30:00Z'); // 15:30 in New York
const digits = (page) => page.locator('.timer-display__digits');
const phase = (page) => page.locator('.timer-display__phase');
const who = (page) => page.locator('.timer-display__who');
const said = (page) => page.locator('#timer-said');
const announced = (page) => page.locator('#timer-announce');

/** Opens the timer with the page's clock at T0 + 1 s, paused: only `runFor` moves it. */
async function openTimer(page, path = '/timer') {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(new Date(T0.getTime() + 1000));
  await page.goto(path);
  await appReady(page);
}

/** The chair puts the focus on the timer (a click on an empty part of it): its keys act. */
async function focusTimer(page) {
  await page.locator('#timer-region').focus();
  await expect(page.locator('#timer-region')).toBeFocused();
}

async function queueUp(page, names, kind) {
  const name = page.getByLabel('Delegation or group');
  for (const n of names) {
    await name.fill(n);
    if (kind) await page.getByLabel('Statement').selectOption(kind);
    await page.getByRole('button', { name: 'Add to queue' }).click();
  }
}

test('a delegation preset counts down through its phases into overtime, said at each minute over', async ({ page }) => {
  const watch = watchErrors(page);
  await openTimer(page);
  await expect(digits(page)).toHaveText('2:00');
  await expect(digits(page)).toHaveAttribute('role', 'timer');
  await page.getByRole('button', { name: 'Regional group — 3:00' }).click();
  await expect(digits(page)).toHaveText('3:00');
  await page.getByRole('button', { name: 'Delegation — 2:00' }).click();
  await expect(page.getByRole('button', { name: 'Delegation — 2:00', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Who is speaking (optional)').fill('Ghana');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(announced(page)).toHaveText('Started.');
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
  await expect(announced(page)).toHaveText('Time is up.');
  // Each full minute of overtime is said, not only the time-up.
  await page.clock.runFor(60_000);
  await expect(announced(page)).toHaveText('1 minute over.');
  // The frame flashes a few times, then stops (WCAG 2.2.2).
  const iterations = await page.locator('.timer-display').evaluate((el) => getComputedStyle(el).animationIterationCount);
  expect(Number(iterations)).toBeLessThanOrEqual(5);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(announced(page)).toHaveText('Paused.');
  // Reset for the next speaker: the last one's words are not left for a screen reader.
  await focusTimer(page);
  await page.keyboard.press('r');
  await expect(digits(page)).toHaveText('2:00');
  await expect(announced(page)).toHaveText('');
  watch.check();
});

test('the share link shows the same countdown on another device, view-only, and says how fresh it is', async ({ page, browser }) => {
  await openTimer(page);
  await page.getByRole('button', { name: 'Regional group — 3:00' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(42_000);
  await expect(digits(page)).toHaveText('2:18');
  const link = await page.getByLabel('Link for viewers').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4173\/timer\?t=2rg\.[^&]+&view=1$/);
  expect(link.length).toBeLessThanOrEqual(140);
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
  // When the copy was made, New York time, and how long ago.
  await expect(viewer.locator('#timer-fresh')).toHaveText('As shared at 15:30 New York time, just now.');
  // A viewer can still make the countdown fill the screen, and has its own time-up options.
  await expect(viewer.getByRole('button', { name: 'Full screen' })).toBeVisible();
  await expect(viewer.getByRole('checkbox', { name: 'Play a chime' })).toBeVisible();
  await viewer.clock.runFor(10_000);
  await page.clock.runFor(10_000);
  await expect(digits(viewer)).toHaveText('2:08');
  await expect(digits(page)).toHaveText('2:08');
  // Once the copy could be out of date, the viewer is told the chair may have paused it.
  await viewer.clock.runFor(60_000);
  await expect(viewer.locator('#timer-fresh')).toContainText('1 minute ago. It may be out of date: the chair may have paused it');

  // Paused: the controller says the links handed out before are now out of date, and its
  // link and code are the paused timer's.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.locator('#timer-links-old')).toContainText('links shared before then show an older state');
  const paused = await page.getByLabel('Link for viewers').inputValue();
  expect(paused).toContain('t=2pg.');
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
  await page.goto('/timer?t=2rd.3c.kwc2x3k0.3c...Gha');
  await expect(page.locator('.notice[role=alert]')).toContainText('cut off or changed');
  watch.check();
});

test('keyboard shortcuts act only while the timer has the focus, and each key is on its button', async ({ page, isMobile }) => {
  await openTimer(page);
  // Every shortcut is named for assistive technology, and shown on its button where there is
  // a keyboard (not on a touch phone).
  for (const [name, key] of [['Start', 'Space'], ['Reset', 'R'], ['−10 s', 'ArrowDown'], ['+10 s', 'ArrowUp']]) {
    const button = page.getByRole('button', { name, exact: true });
    await expect(button).toHaveAttribute('aria-keyshortcuts', key);
    if (isMobile) await expect(button.locator('kbd')).toBeHidden();
    else await expect(button.locator('kbd')).toBeVisible();
  }
  // A stray key with the focus elsewhere (the page itself, a link) does nothing.
  await page.locator('body').press('Space');
  await page.keyboard.press('r');
  await page.clock.runFor(2_000);
  await expect(phase(page)).toHaveText(/Ready/);
  // A click on an empty part of the timer gives it the focus, and its keys act.
  await page.locator('.timer-display__digits').click();
  await expect(page.locator('#timer-region')).toBeFocused();
  await page.keyboard.press('Space');
  await page.clock.runFor(3_000);
  await expect(digits(page)).toHaveText('1:57');
  await page.keyboard.press('ArrowRight');
  await expect(digits(page)).toHaveText('2:07');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(digits(page)).toHaveText('1:47');
  await page.keyboard.press('Space');
  await expect(phase(page)).toHaveText(/Paused/);
  await expect(who(page)).toContainText('Delegation — 1:50');
  await page.keyboard.press('r');
  await expect(digits(page)).toHaveText('2:00');
  await expect(phase(page)).toHaveText(/Ready/);
  // Typing in a field triggers no shortcut, and a name typed key by key keeps its spaces.
  const name = page.getByLabel('Who is speaking (optional)');
  await name.pressSequentially('Republic of Korea r');
  await expect(name).toHaveValue('Republic of Korea r');
  await expect(phase(page)).toHaveText(/Ready/);
  await expect(who(page)).toContainText('Republic of Korea r');
  // Space on a button presses that button, not the timer; on a link it is the link's.
  await page.getByRole('button', { name: '+10 s' }).focus();
  await page.keyboard.press('Space');
  await expect(digits(page)).toHaveText('2:10');
  await expect(phase(page)).toHaveText(/Ready/);
  await page.getByRole('button', { name: '+10 s' }).click();
  await page.keyboard.press('Space');
  await expect(digits(page)).toHaveText('2:30');
  await expect(phase(page)).toHaveText(/Ready/);
  await page.locator('.site-nav').getByRole('link', { name: 'About' }).focus();
  await page.keyboard.press('Space');
  await expect(phase(page)).toHaveText(/Ready/);
});

test('a reset, a call or a removal made by mistake is undone in one step, the time spoken and the log as they were', async ({ page }) => {
  await openTimer(page);
  await queueUp(page, ['Brazil', 'Kenya']);
  await page.getByRole('button', { name: 'Next speaker: Brazil' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(60_000);
  await expect(digits(page)).toHaveText('1:00');
  // R mid-speech: the minute spoken is not lost.
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(digits(page)).toHaveText('2:00');
  await expect(said(page)).toHaveText('Reset: 1:00 had been spoken.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(digits(page)).toHaveText('1:00');
  await expect(said(page)).toHaveText('Undone.');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  // N by mistake: Brazil is logged and Kenya called; Undo gives Brazil the floor back, with
  // no row in the log.
  await focusTimer(page);
  await page.keyboard.press('n');
  await expect(who(page)).toContainText('Kenya');
  await expect(page.locator('table.log tbody tr')).toHaveCount(1);
  await expect(said(page)).toHaveText('Brazil finished after 1:00.');
  await page.keyboard.press('u');
  await expect(who(page)).toContainText('Brazil');
  await expect(page.locator('table.log tbody tr')).toHaveCount(0);
  await expect(page.locator('.queue__name')).toHaveText(['Kenya']);
  await expect(digits(page)).toHaveText('1:00');
  // Clearing the queue asks nothing, and is undone.
  await page.getByRole('button', { name: 'Clear the queue' }).click();
  await expect(page.getByText('No one is waiting.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.queue__name')).toHaveText(['Kenya']);
});

test('"next" walks the queue and "pass over" skips an absent speaker: nobody comes back, nobody twice', async ({ page }) => {
  await openTimer(page);
  await queueUp(page, ['Brazil', 'Kenya', 'Japan']);
  const next = page.locator('#queue-next');
  // Called again and again with no one starting: each is passed over in turn.
  await next.click();
  await expect(who(page)).toContainText('Brazil');
  await next.click();
  await expect(who(page)).toContainText('Kenya');
  await expect(said(page)).toHaveText('Brazil was passed over.');
  await expect(page.locator('.queue__name')).toHaveText(['Japan']);
  // An absent speaker passed over directly.
  await page.getByRole('group', { name: 'Timer controls' }).getByRole('button', { name: 'Pass over (absent)' }).click();
  await expect(who(page)).toContainText('Japan');
  await expect(page.getByText('No one is waiting.')).toBeVisible();
  await expect(page.locator('table.log tbody tr')).toHaveCount(0);
  // After the queue is cleared, the next call makes no duplicate.
  await queueUp(page, ['EU', 'Brazil']);
  await next.click();
  await expect(who(page)).toContainText('EU');
  await page.getByRole('button', { name: 'Clear the queue' }).click();
  await expect(page.getByText('No one is waiting.')).toBeVisible();
  // No one waits and no one spoke: there is no one to call, so no one can come back.
  await expect(next).toBeDisabled();
  await expect(who(page)).toContainText('EU');
});

test('a projector window on the same device follows the controller', async ({ page }) => {
  await page.goto('/timer');
  await appReady(page);
  const projector = await page.context().newPage();
  await projector.goto('/timer?projector=1');
  await expect(projector.locator('.projector')).toBeVisible();
  const onTop = await projector.evaluate(() => [[5, 5], [innerWidth - 5, innerHeight - 5]].every(([x, y]) => document.elementFromPoint(x, y).closest('.projector')));
  expect(onTop).toBe(true);
  await page.getByLabel('Who is speaking (optional)').fill('Mexico');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(projector.locator('.timer-display__who')).toContainText('Mexico');
  await expect(phase(projector)).toHaveText(/Speaking/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(phase(projector)).toHaveText(/Paused/);
});

test('full screen shows the big digits alone, as the projector does', async ({ page }) => {
  await openTimer(page);
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement && document.fullscreenElement.id)).toBe('timer-display');
  await page.keyboard.press('Escape');
});

test('a group speaking on behalf of another keeps its whole name, and the projector still fits a 1280×720 screen', async ({ page }) => {
  const long = 'Bolivarian Republic of Venezuela on behalf of the Group of 77 and China';
  await openTimer(page);
  await queueUp(page, [long]);
  await expect(page.locator('.queue__name')).toHaveText([long]);
  await page.getByRole('button', { name: `Next speaker: ${long}` }).click();
  await expect(who(page)).toContainText(long);
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
  await queueUp(page, ['Added in tab 1']);
  await expect(other.locator('.queue__name')).toHaveText(['Added in tab 1']);
  await queueUp(other, ['Added in tab 2']);
  await expect(page.locator('.queue__name')).toHaveText(['Added in tab 1', 'Added in tab 2']);
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

test('the queue gives each speaker their time, and the log is a record a secretariat can file', async ({ page }) => {
  await openTimer(page, '/timer?session=panel-1');
  await queueUp(page, ['Ghana']);
  await queueUp(page, ['African Group'], 'g');
  await queueUp(page, ['Peru'], 'd');
  // A panellist, with the time the chair sets.
  await page.getByLabel('Delegation or group').fill('Ms. Panellist');
  await page.getByLabel('Statement').selectOption('p');
  await page.getByLabel(/^Time, for a panellist/).fill('4');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await expect(page.locator('.queue__item')).toHaveCount(4);
  await expect(page.locator('.queue__item').nth(3)).toContainText('Panellist · 4:00');
  await page.getByRole('button', { name: 'Move Peru up' }).click();
  await expect(page.locator('.queue__name')).toHaveText(['Ghana', 'Peru', 'African Group', 'Ms. Panellist']);

  await page.getByRole('button', { name: 'Next speaker: Ghana' }).click();
  await expect(who(page)).toHaveText('Ghana · Delegation — 2:00');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(20_000);
  await page.getByRole('button', { name: '+30 s' }).click();
  await page.clock.runFor(140_000);
  await focusTimer(page);
  await page.keyboard.press('n');
  await expect(who(page)).toHaveText('Peru · Delegation — 2:00');
  const row = page.locator('table.log tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.first()).toContainText('Ghana');
  await expect(row.first().locator('td')).toContainText(['Ghana', '2:30', '2:40', '+0:10']);
  // Peru is absent: passed over, not logged.
  await page.locator('section.queue').getByRole('button', { name: 'Pass over (absent)' }).click();
  await expect(who(page)).toHaveText('African Group · Regional group — 3:00');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(90_000);
  await page.getByRole('button', { name: 'Next speaker: Ms. Panellist' }).click();
  await expect(who(page)).toHaveText('Ms. Panellist · Panellist — 4:00');
  await expect(row).toHaveCount(2);
  // Kept across a reload.
  await page.reload();
  await expect(row).toHaveCount(2);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the log (CSV)' }).click()]);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('\ufeffSession,Date,Start,End,Speaker,Statement,Allotted by rule (s),Given or taken (s),Allotted (s),Used (s),Overrun (s),Used (m:ss),Overrun (m:ss)');
  expect(lines[1]).toBe('Panel Discussion 1,2021-11-22,2021-11-22T15:30:01-05:00,2021-11-22T15:32:41-05:00,Ghana,Delegation,120,30,150,160,10,2:40,0:10');
  expect(lines[2]).toMatch(/^Panel Discussion 1,2021-11-22,.*,African Group,Regional group,180,0,180,90,0,1:30,0:00$/);
  expect(lines).toHaveLength(4);
});

test('a custom duration shows what it will set before it is set; a bare small number is minutes', async ({ page }) => {
  await openTimer(page);
  const custom = page.getByLabel('Custom duration (5 means 5 minutes; 1:30, 90s)');
  await expect(custom).not.toHaveAttribute('inputmode', 'numeric');
  await custom.fill('5');
  await expect(page.locator('#timer-custom-preview')).toHaveText('= 5:00');
  await custom.press('Enter');
  await expect(digits(page)).toHaveText('5:00');
  for (const [typed, shown] of [['2m30s', '2:30'], ['1:00:00', '1:00:00'], ['1h 30m', '1:30:00'], ['45 sec', '0:45'], ['90', '1:30']]) {
    await custom.fill(typed);
    await expect(page.locator('#timer-custom-preview')).toHaveText(`= ${shown}`);
    await custom.press('Enter');
    await expect(digits(page)).toHaveText(shown);
  }
  await expect(page.getByText('Type a duration between 1 second and 10 hours')).toBeHidden();
  await custom.fill('2 and a bit');
  await expect(page.locator('#timer-custom-preview')).toHaveText('');
  await page.getByRole('button', { name: 'Set', exact: true }).click();
  await expect(page.getByText('Type a duration between 1 second and 10 hours')).toBeVisible();
  await expect(digits(page)).toHaveText('1:30');
  // The next speaker starts with an empty field.
  await page.getByRole('button', { name: 'Delegation — 2:00' }).click();
  await expect(custom).toHaveValue('');
});

test('a custom duration is understood as the label suggests it in each language', async ({ page }) => {
  for (const [lang, label, typed, shown] of [
    ['ru', 'Своё время (5 — это 5 минут; 1:30, 90 с)', '5 мин', '5:00'],
    ['zh', '自定义时长（5 表示 5 分钟；1:30、90秒）', '1分30秒', '1:30'],
    ['ar', 'مدة مخصصة (5 تعني 5 دقائق؛ 1:30، 90 ثانية)', '٣', '3:00'],
    ['es', 'Duración libre (5 son 5 minutos; 1:30, 90 segundos)', '45 segundos', '0:45'],
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

test('a speaker removed from the queue by mistake is put back in their place', async ({ page }) => {
  await openTimer(page);
  await queueUp(page, ['Ghana', 'Peru', 'Chile']);
  await page.getByRole('button', { name: 'Remove Peru' }).click();
  await expect(page.locator('.queue__name')).toHaveText(['Ghana', 'Chile']);
  await expect(said(page)).toHaveText('Peru was removed from the queue.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.queue__name')).toHaveText(['Ghana', 'Peru', 'Chile']);
  await page.reload();
  await expect(page.locator('.queue__name')).toHaveText(['Ghana', 'Peru', 'Chile']);
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

test('adding a speaker with no name, or a panellist with no time, says so beside the field', async ({ page }) => {
  await openTimer(page);
  const name = page.getByLabel('Delegation or group');
  const error = page.getByText('Type the name of a delegation or group first.');
  await expect(error).toBeHidden();
  await name.fill('   ');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await expect(error).toBeVisible();
  await expect(name).toBeFocused();
  await expect(page.getByText('No one is waiting.')).toBeVisible();
  await name.fill('Ghana');
  await expect(error).toBeHidden();
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await expect(page.locator('.queue__name')).toHaveText(['Ghana']);
  await page.getByLabel('Delegation or group').fill('Dr. X');
  await page.getByLabel('Statement').selectOption('p');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  await expect(page.getByText('Type a time for this speaker')).toBeVisible();
  await expect(page.locator('.queue__name')).toHaveText(['Ghana']);
});

test('on a 320 px phone the queue comes right after the controls and its log fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openTimer(page);
  await queueUp(page, ['Bolivarian Republic of Venezuela']);
  await page.getByRole('button', { name: /Next speaker: Bolivarian/ }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(5_000);
  await page.getByRole('button', { name: 'Finish current speaker' }).click();
  const row = page.locator('table.log tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Bolivarian Republic of Venezuela');
  const queueTop = (await page.locator('section.queue').boundingBox()).y;
  const shareTop = (await page.locator('section.timer-share').boundingBox()).y;
  expect(queueTop).toBeLessThan(shareTop);
  const [scroll, client] = await page.locator('.table-wrap').evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
  // The call brought the clock back into view.
  const clock = await digits(page).boundingBox();
  expect(clock.y).toBeGreaterThanOrEqual(-1);
});

test('on a short phone, sideways, and for a viewer on a 320×640 phone, the digits and what matters are on the first screen', async ({ page }) => {
  for (const [w, h] of [[360, 660], [800, 360]]) {
    await page.setViewportSize({ width: w, height: h });
    for (const lang of w === 360 ? ['en', 'ar', 'es', 'fr', 'ru', 'zh'] : ['en', 'fr']) {
      await page.goto(`/timer?lang=${lang}`);
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // The page in that language, laid out.
      if (lang !== 'en') await expect(page.locator('#timer-toggle .button__label')).not.toHaveText('Start');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
      const start = await page.locator('#timer-toggle').boundingBox();
      const clock = await digits(page).boundingBox();
      expect(clock.y + clock.height, `${lang} ${w}×${h}`).toBeLessThanOrEqual(h);
      expect(start.y + start.height, `${lang} ${w}×${h}`).toBeLessThanOrEqual(h);
    }
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/timer?lang=en');
  await appReady(page);
  await page.getByRole('button', { name: 'Start' }).click();
  const link = await page.getByLabel('Link for viewers').inputValue();
  await page.goto(link);
  await appReady(page);
  const phaseBox = await phase(page).boundingBox();
  expect(phaseBox.y + phaseBox.height).toBeLessThanOrEqual(640);
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
  await expect(who(page)).toContainText('Delegation — 2:00');
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
  await expect(page.getByRole('button', { name: 'Move Kenya down' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(digits(page)).toHaveText('2:00');
  await page.getByRole('button', { name: 'Remove Peru' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.queue__name')).toHaveText(['Kenya', 'Chile']);
  await expect(page.getByRole('button', { name: 'Remove Chile' })).toBeFocused();
});

test('finishing the last speaker clears the name and gives the focus to Start', async ({ page }) => {
  await openTimer(page);
  await queueUp(page, ['African Group'], 'g');
  await page.getByRole('button', { name: 'Next speaker: African Group' }).click();
  await expect(who(page)).toHaveText('African Group · Regional group — 3:00');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(10_000);
  await page.getByRole('button', { name: 'Finish current speaker' }).click();
  await expect(page.locator('table.log tbody tr')).toContainText('African Group');
  await expect(page.locator('#timer-toggle')).toBeFocused();
  await expect(who(page)).not.toContainText('African Group');
  await expect(digits(page)).toHaveText('3:00');
  await expect(phase(page)).toHaveText(/Ready/);
});

test('a viewer link opened long after the speech says the link is old instead of counting on', async ({ page }) => {
  await openTimer(page);
  await page.getByLabel('Who is speaking (optional)').fill('Ghana');
  await page.getByRole('button', { name: 'Start' }).click();
  const link = await page.locator('#timer-link').inputValue();
  await page.clock.fastForward(2 * 3600_000);
  await page.goto(link);
  await appReady(page);
  await expect(page.getByRole('alert')).toHaveText('This countdown ran out more than an hour ago: the link is old. Ask for a new one.');
  await expect(digits(page)).toHaveCount(0);
  await expect(page).toHaveTitle('Ghana · GPA 2021 appraisal');
});

test('a viewer link without its timer, or cut off, says so and stays view-only', async ({ page }) => {
  const watch = watchErrors(page);
  for (const [link, says] of [['/timer?view=1', 'The timer link is empty.'], ['/timer?t=2rd.3c.zzzz.3c...France.bkg&view=1', 'cut off or changed']]) {
    await page.goto(link);
    await appReady(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(says);
    await expect(alert).toContainText('Ask whoever shared it to share it again.');
    await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
    await expect(digits(page)).toHaveCount(0);
    await expect(page).toHaveURL(/view=1/);
  }
  await page.getByRole('link', { name: 'Open your own timer' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('alert')).toContainText('Ask whoever shared it to share it again.');
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
  await expect(who(page)).toHaveText('Ghana · Delegation — 2:00');
  await expect(controls.getByRole('button', { name: 'Next: Peru' })).toBeVisible();
  await expect(page.locator('.queue__name')).toHaveText(['Peru']);
});

test('the screen is kept awake while the timer runs, and the page says whether it could be', async ({ page }) => {
  await openTimer(page);
  await expect(page.locator('#timer-wake')).toHaveText('');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('#timer-wake')).toHaveText(/The screen stays on while the timer runs\.|This browser does not keep the screen on/);
});

test('the chime plays through one audio context, however often it sounds', async ({ page }) => {
  await page.addInitScript(() => {
    window.__audioContexts = 0;
    const Real = window.AudioContext;
    window.AudioContext = class extends Real {
      constructor(...a) {
        super(...a);
        window.__audioContexts += 1;
      }
    };
  });
  await openTimer(page);
  const chime = page.getByRole('checkbox', { name: 'Play a chime' });
  for (let i = 0; i < 3; i++) {
    await chime.check();
    await chime.uncheck();
  }
  expect(await page.evaluate(() => window.__audioContexts)).toBe(1);
});
