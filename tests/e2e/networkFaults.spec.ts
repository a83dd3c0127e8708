import bundledStory from '../../public/articles/russia-ukraine-istanbul-ceasefire-talks.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { FIRST_RENDER_MS, expectNoFileFor, press } from './article';

// A worker could answer requests before page.route sees them.
test.use({ serviceWorkers: 'block' });

/** Not a real story, so the app boots and fetches its file rather than reading prerendered HTML. */
const SLUG = 'fault-probe';
const PATH = `/articles/${SLUG}`;
const JSON_PATH = `${PATH}.json`;
const story = { ...bundledStory, slug: SLUG };

const COULD_NOT_LOAD = { level: 1, name: 'We couldn’t load the story' } as const;

// The viewport changes nothing in how a request fails, so these run once, on the desktop.
test.describe('network faults @desktop-only', () => {
  test.beforeEach(({ problems }) => expectNoFileFor(problems, PATH));

  test('a slow answer shows the placeholder, then the story', async ({ page }) => {
    await page.route(`**${JSON_PATH}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.fulfill({ json: story });
    });

    await page.goto(PATH);
    await expect(page.getByRole('status', { name: 'Loading the story…' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: story.headline })).toBeVisible({
      timeout: FIRST_RENDER_MS,
    });
  });

  test('an answer that never comes times out once, and Retry brings the story', async ({
    page,
    hasTouch,
  }) => {
    let requests = 0;
    await page.route(`**${JSON_PATH}`, async (route) => {
      requests += 1;
      // The first request hangs until the app gives up on it.
      if (requests > 1) await route.fulfill({ json: story });
    });

    await page.goto(PATH);
    await expect(page.getByRole('heading', COULD_NOT_LOAD)).toBeVisible({ timeout: 40_000 });
    await expect(page.getByText(/took more than 15 seconds to answer/)).toBeVisible();
    expect(requests).toBe(1);

    await press(page.getByRole('button', { name: 'Retry' }), hasTouch);
    await expect(page.getByRole('heading', { level: 1, name: story.headline })).toBeVisible();
    expect(requests).toBe(2);
  });

  test('a refused connection is retried twice on its own, then Retry brings the story', async ({
    page,
    problems,
    hasTouch,
  }) => {
    let refusing = true;
    let requests = 0;
    await page.route(`**${JSON_PATH}`, async (route) => {
      requests += 1;
      if (refusing) await route.abort('connectionrefused');
      else await route.fulfill({ json: story });
    });
    problems.expect({ url: JSON_PATH, reason: 'the test refuses the connection' });

    await page.goto(PATH);
    await expect(page.getByRole('heading', COULD_NOT_LOAD)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/couldn’t reach the server/)).toBeVisible();
    expect(requests).toBe(3);

    refusing = false;
    await press(page.getByRole('button', { name: 'Retry' }), hasTouch);
    await expect(page.getByRole('heading', { level: 1, name: story.headline })).toBeVisible();
  });

  test('offline says so, and the story opens by itself once back online', async ({
    page,
    context,
    problems,
  }) => {
    let requests = 0;
    await page.route(`**${JSON_PATH}`, async (route) => {
      requests += 1;
      if (requests > 1) return route.fulfill({ json: story });
      // The connection drops just as the story is asked for.
      await context.setOffline(true);
      return route.abort('internetdisconnected');
    });
    problems.expect({ url: JSON_PATH, reason: 'the connection drops during the request' });
    // The icon may be asked for after the connection drops; it is not what this test is about.
    await page.route('**/favicon.svg', (route) => route.fulfill({ status: 204 }));

    await page.goto(PATH);
    await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeVisible({
      timeout: FIRST_RENDER_MS,
    });
    await expect(
      page.getByText(/This story has not been saved for reading offline yet/),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(requests).toBe(1);

    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: story.headline })).toBeVisible();
    expect(requests).toBe(2);
  });
});
