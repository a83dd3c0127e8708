import { expect, test } from './fixtures';
import {
  HEADLINE,
  STORY_JSON,
  STORY_PATH,
  expectNoFileFor,
  expectStory,
  followStoryLink,
  press,
} from './article';

test.describe('when things go wrong', () => {
  test('a server error offers Retry, and Retry brings the story', async ({
    page,
    problems,
    hasTouch,
  }) => {
    let failing = true;
    let requests = 0;
    await page.route(`**${STORY_JSON}`, async (route) => {
      requests += 1;
      if (failing) await route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' });
      else await route.continue();
    });
    problems.expect({ url: STORY_JSON, status: 500, reason: 'the test injects a 500' });

    await followStoryLink(page, hasTouch);
    const heading = page.getByRole('heading', { level: 1, name: 'We couldn’t load the story' });
    // Transient failures are retried on their own first (twice, with back-off).
    await expect(heading).toBeVisible({ timeout: 30_000 });
    expect(requests).toBe(3);
    await expect(page.getByText('The server had a problem (error 500).')).toBeVisible();
    await expect(page).toHaveTitle('We couldn’t load the story · The Reader');

    failing = false;
    await press(page.getByRole('button', { name: 'Retry' }), hasTouch);
    await expectStory(page);
    await expect(heading).toHaveCount(0);
    await expect(page).toHaveURL(STORY_PATH);
  });

  test('an unknown story shows "Story not found"', async ({ page, problems }) => {
    problems.expect({
      url: '/articles/no-such-story.json',
      status: 404,
      reason: 'the story file does not exist',
    });
    expectNoFileFor(problems, '/articles/no-such-story');
    await page.goto('/articles/no-such-story');
    await expect(page.getByRole('heading', { level: 1, name: 'Story not found' })).toBeVisible();
    await expect(page).toHaveTitle('Story not found · The Reader');
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await page.getByRole('link', { name: 'See all stories' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
  });

  test('a story path that cannot be a story shows "Story not found" without asking the server', async ({
    page,
    problems,
  }) => {
    expectNoFileFor(problems, '/articles/Not_A_Story');
    await page.goto('/articles/Not_A_Story');
    await expect(page.getByRole('heading', { level: 1, name: 'Story not found' })).toBeVisible();
  });

  test('an unknown path shows "Page not found"', async ({ page, problems }) => {
    expectNoFileFor(problems, '/no/such/page');
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveTitle('Page not found · The Reader');
    await expect(page.getByRole('link', { name: 'See all stories' })).toHaveAttribute('href', '/');
  });
});
