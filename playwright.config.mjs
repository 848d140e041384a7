// Browser tests: the release build (dist/) served by a real host, Debian's nginx configured as
// the README says (tests/hosts/nginx.mjs), driven in Debian's headless Chromium at a phone and
// a desktop size. Nothing is downloaded: the browser is the system one.
//   127.0.0.1:4173  nginx: dist/ at the site root and under /gpa-2021/, with the build's headers
//   127.0.0.1:4176  nginx: dist/ at the site root without any headers (a plain static host)
//   127.0.0.1:4174  a page on another origin that embeds the app (tests/e2e/host)
import { defineConfig } from '@playwright/test';

export const PORT = 4173;
export const PLAIN_PORT = 4176;
export const HOST_PORT = 4174;

const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  // A cold, loaded 2-core machine takes seconds to start the app: every wait is for a state,
  // and this long.
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    trace: 'off',
  },
  projects: [
    { name: 'phone', testIgnore: /plain-host/, use: { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
    { name: 'desktop', testIgnore: /plain-host/, use: { viewport: { width: 1280, height: 800 } } },
    // A plain static host: no headers at all, 404.html for unknown paths (issue 18).
    { name: 'plain-host', testMatch: /plain-host/, use: { baseURL: `http://127.0.0.1:${PLAIN_PORT}`, viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    {
      command: 'node tests/hosts/nginx.mjs',
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // A host page on another origin that embeds the app (tests/e2e/embed.spec.mjs).
      command: `node scripts/server.mjs --port ${HOST_PORT} --dir tests/e2e/host`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
