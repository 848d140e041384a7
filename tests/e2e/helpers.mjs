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

/** A port no one listens on now. */
export async function freePort() {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Publishes copies of the build on an nginx of their own, configured as the README says:
 * `copies` maps where each is served (`/`, `/gpa-2021/`, `/copy/`) to a name. Returns the
 * origin, each copy's folder (change its files to "deploy" a new version: nginx serves them
 * from disk) and `stop()`.
 */
export async function publish(copies) {
  const { start, location } = await import('../hosts/nginx.mjs');
  const os = await import('node:os');
  const path = await import('node:path');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
  const folders = {};
  const locations = [];
  for (const [at, name] of Object.entries(copies)) {
    const folder = at === '/' ? path.join(work, name) : path.join(work, 'www', at.replace(/\//g, ''));
    fs.mkdirSync(path.dirname(folder), { recursive: true });
    fs.cpSync('dist', folder, { recursive: true });
    folders[name] = folder;
    locations.push(location(folder, at));
  }
  // A sub-path's location first: nginx takes the longest prefix anyway.
  locations.reverse();
  const port = await freePort();
  const { stop } = await start([{ port, locations }], work);
  return { origin: `http://127.0.0.1:${port}`, folders, stop: () => { stop(); fs.rmSync(work, { recursive: true, force: true }); } };
}

/**
 * "Deploys" a new version of the copy in `folder`: the same files changed the way a new build
 * changes them. `build` is the new build's version; `edits` maps a file to a change of its text.
 * Every page names the new version (`data-build`), and the service worker's list and version
 * follow, as the site writer would write them.
 */
export function deploy(folder, build, edits = {}) {
  const pathOf = (f) => `${folder}/${f}`;
  const html = fs.readdirSync(folder).filter((f) => f.endsWith('.html'));
  const old = /data-build="([0-9a-f]+)"/.exec(fs.readFileSync(pathOf('index.html'), 'utf8'))[1];
  for (const [file, change] of Object.entries(edits)) fs.writeFileSync(pathOf(file), change(fs.readFileSync(pathOf(file), 'utf8')));
  for (const f of html) fs.writeFileSync(pathOf(f), fs.readFileSync(pathOf(f), 'utf8').replaceAll(`data-build="${old}"`, `data-build="${build}"`).replaceAll(`?v=${old}`, `?v=${build}`));
  const sw = fs.readFileSync(pathOf('sw.js'), 'utf8').replaceAll(`?v=${old}`, `?v=${build}`).replace(/"version":"[0-9a-f]+"/, `"version":"${build}"`);
  fs.writeFileSync(pathOf('sw.js'), sw);
}

/** Waits until a service worker controls the page, its version's files all cached. */
export async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
}
