// Shared helpers for the browser tests.
import { expect } from '@playwright/test';
import fs from 'node:fs';

/** Collects console errors and uncaught page errors; `check()` fails the test if any. */
export function watchErrors(page, { allow = [] } = {}) {
  const errors = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (!allow.some((re) => re.test(text))) errors.push(`console: ${text}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  return {
    errors,
    check() {
      expect(errors, 'no console or page errors').toEqual([]);
    },
  };
}

/** Waits until the wasm app has taken the page over (the static copy shows before that). */
export async function appReady(page) {
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('main h1').first()).toBeVisible();
}

/** Opens `path` in another tab of the page's browser (same storage), once the app is ready. */
export async function openTab(page, path) {
  const other = await page.context().newPage();
  await other.goto(path);
  await appReady(other);
  return other;
}

/** Holds the wasm back, so the page stays the static copy the build wrote; returns `release`. */
export async function holdWasm(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

/** The seed document the app's facts come from (a copy kept in the repo). */
export const seed = fs.readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');

export const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** The 13 guiding questions, read from the seed's numbered lists. */
export function seedQuestions() {
  const parts = seed.split('Guiding Questions').slice(1);
  return parts.map((part) =>
    part
      .split('16.30 – 18.00')[0]
      .split('Tuesday, 23 November')[0]
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^\d+\. /.test(l))
      .map((l) => norm(l.replace(/^\d+\. /, ''))),
  );
}
