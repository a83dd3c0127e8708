import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';
import type { EngineOptions } from './tests/e2e/engines/fixtures';
import { CHROMIUM_SUITE_TAG } from './tests/e2e/engines/tags';

/** E2E_PORT lets two checkouts run the suite side by side; strictPort makes a clash loud. */
const PORT = Number(process.env.E2E_PORT ?? 4317);
const BASE_URL = `http://localhost:${PORT}`;
/**
 * The suite builds into its own folder (one per port), so it never serves a `dist/` that someone
 * else (the bench, `npm run build`, a run on another port) is rewriting mid-run. node_modules/.cache is ignored by git and lint.
 */
const OUT_DIR = `node_modules/.cache/reader-e2e/${PORT}/dist`;
/** The site's content: the bundled articles, and a long generated one split into windows. */
const CONTENT_DIR = `node_modules/.cache/reader-e2e/${PORT}/public`;
/** The journeys every engine runs, each through its own driver (tests/e2e/engines/). */
const JOURNEYS = 'journeys.spec.ts';

export default defineConfig<object, EngineOptions>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Per port, like the build: a second run must not wipe this run's traces mid-test.
  outputDir: `test-results/${PORT}`,
  // Two shared, noisy cores: one browser per core at most, and time limits that allow for load.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // A flaky test is a failing test: no retries, here or on CI.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    // Throws "No Chromium at …" when it is missing, which fails the run instead of skipping it.
    launchOptions: chromiumLaunchOptions(),
    locale: 'en-GB',
    timezoneId: 'UTC',
    actionTimeout: 20_000,
    navigationTimeout: 45_000,
    trace: 'retain-on-failure',
    // A service worker answers requests page.route() cannot see; the offline tests allow it.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: JOURNEYS,
      grepInvert: /@phone-only/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        deviceScaleFactor: 1,
        isMobile: false,
        hasTouch: false,
      },
    },
    {
      name: 'phone',
      testIgnore: JOURNEYS,
      grepInvert: /@desktop-only/,
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      },
    },
    // Each journey sets its own viewport, so one project per engine runs them. In Chromium, only
    // those the desktop and phone projects do not already take (the seats, the fallback for
    // find-in-page, a long story): the whole suite must stay within ten minutes.
    {
      name: 'chromium',
      testMatch: JOURNEYS,
      grepInvert: new RegExp(CHROMIUM_SUITE_TAG),
      use: { engine: 'chromium' },
    },
    { name: 'firefox', testMatch: JOURNEYS, use: { engine: 'firefox' } },
    { name: 'webkit', testMatch: JOURNEYS, use: { engine: 'webkit' } },
  ],
  webServer: {
    // The production build, prerendered, served the way a plain static host serves files: no
    // SPA fallback, unknown paths get 404.html.
    command: [
      `npx tsx scripts/articles/longArticles.ts --to ${CONTENT_DIR}`,
      `npx tsx scripts/build.ts --public ${CONTENT_DIR} --outDir ${OUT_DIR}`,
      `npx tsx scripts/serve.ts --dir ${OUT_DIR} --port ${PORT}`,
    ].join(' && '),
    url: BASE_URL,
    // Canonical and link-preview URLs name the origin the tests serve from.
    env: { SITE_ORIGIN: BASE_URL },
    // Always test this checkout's fresh build, never a server left running by someone else.
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
