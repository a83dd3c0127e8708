import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  HEADLINE,
  SECTIONS,
  STORY_JSON,
  STORY_PATH,
  sectionPath,
  storyKeptOffline,
} from './article';

// These journeys are about the service worker, so unlike the rest of the suite they let it run.
test.use({ serviceWorkers: 'allow' });

const OFFLINE_NOTE = /You’re offline/;

/**
 * Takes the browser offline. Chromium's emulation fails every request, but (Chromium 150 here)
 * tells a page loaded after it that it is online: a real offline browser says it is not, so each
 * new page is told so too.
 */
async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
  });
}

/** Waits until the worker controls the page and has kept the story for offline reading. */
async function waitUntilKeptOffline(page: Page): Promise<void> {
  // page.evaluate awaits the page's promise; waitForFunction would take the promise as truthy.
  await expect
    .poll(() => page.evaluate(storyKeptOffline, STORY_JSON), { timeout: 60_000 })
    .toBe('kept');
}

test.describe('reading offline', () => {
  test('a story read once reloads offline, and so do its section links', async ({
    page,
    context,
    problems,
  }) => {
    await page.goto(STORY_PATH);
    await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();
    await waitUntilKeptOffline(page);

    await goOffline(context);
    problems.expect({ url: /./, reason: 'requests fail while the device is offline' });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: OFFLINE_NOTE })).toBeVisible();

    const id = 'turkish-officials-present';
    await page.goto(sectionPath(id));
    await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();
    await expect(page.getByRole('button', { name: SECTIONS[id], exact: true })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: OFFLINE_NOTE })).toBeVisible();
  });

  test('a story never opened says it cannot be read offline, instead of spinning', async ({
    page,
    context,
    problems,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });

    await goOffline(context);
    problems.expect({ url: /./, reason: 'requests fail while the device is offline' });
    await page.goto('/articles/a-story-never-opened');
    await expect(page.getByRole('heading', { name: /offline/i })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});
