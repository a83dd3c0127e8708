import type { Page } from '@playwright/test';
import { E2E_LONG_STORY, roundId } from '../../scripts/articles/longArticles';
import { WINDOW_SIZE } from '../../src/features/articles/model/articleWindow';
import { elementIds } from '../../src/lib/elementIds';
import { expectAppReady, expectInViewport, FIRST_RENDER_MS } from './article';
import { expect, test } from './fixtures';

/** The suite's long generated article: sixty rounds of talks, split into pages of a few. */
const LONG_PATH = `/articles/${E2E_LONG_STORY.slug}`;
const LAST = E2E_LONG_STORY.sections;
const toggle = (page: Page, round: number) =>
  page.getByRole('button', { name: new RegExp(`^Round ${round}: `) });
const sectionsInPage = (page: Page) =>
  page.locator('section[id^="round-"]').evaluateAll((sections) => sections.length);
const scrollToEnd = (page: Page) =>
  page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));

test.describe('a long article', () => {
  test('a link to a section near the end lands on it, focused and in view, and again after reload', async ({
    page,
  }) => {
    const round = LAST - 3;
    await page.goto(`${LONG_PATH}/${roundId(round)}`);
    await expectAppReady(page);
    await expect(toggle(page, round)).toBeFocused({ timeout: FIRST_RENDER_MS });
    await expectInViewport(toggle(page, round));
    await expect(toggle(page, round)).toHaveAttribute('aria-expanded', 'true');
    // The sections just above it follow, since the reader is within a screen of them; the rest
    // of the story only once the reader searches it.
    await expect(toggle(page, round - 1)).toBeAttached({ timeout: FIRST_RENDER_MS });
    expect(await sectionsInPage(page)).toBeLessThan(LAST);
    await expectInViewport(toggle(page, round));
    await page.keyboard.press('ControlOrMeta+F');
    await expect.poll(() => sectionsInPage(page), { timeout: FIRST_RENDER_MS }).toBe(LAST);
    await expectInViewport(toggle(page, round));

    await page.reload();
    await expectAppReady(page);
    await expect(toggle(page, round)).toBeFocused({ timeout: FIRST_RENDER_MS });
    await expectInViewport(toggle(page, round));
  });

  test('its page is small: only a window of sections is in the HTML', async ({ request }) => {
    const html = await (await request.get(`${LONG_PATH}/${roundId(LAST - 3)}`)).text();
    expect(html).toContain(`Round ${LAST - 3}: `);
    expect(html).toContain(`Round ${LAST}: `);
    expect(html).not.toContain(`Round ${LAST - 4}: `);
    expect(html).not.toContain('Round 1: ');
  });

  test('more of it is drawn as the reader scrolls on, and Expand all and Collapse all reach all of it', async ({
    page,
  }) => {
    await page.goto(LONG_PATH);
    await expectAppReady(page);
    expect(await sectionsInPage(page)).toBeLessThan(LAST);
    // Folded before the rest is drawn: the sections drawn later come folded too.
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect
      .poll(async () => (await scrollToEnd(page), sectionsInPage(page)), {
        timeout: FIRST_RENDER_MS,
      })
      .toBe(LAST);
    await expect(toggle(page, LAST)).toHaveAttribute('aria-expanded', 'false');
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect(toggle(page, LAST)).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle(page, 1)).toHaveAttribute('aria-expanded', 'true');
  });

  test('Collapse all pressed before the rest of the story has arrived folds the rest too, and is remembered', async ({
    page,
  }) => {
    let letRestArrive = () => {};
    const held = new Promise<void>((resolve) => (letRestArrive = resolve));
    await page.route(`**/articles/${E2E_LONG_STORY.slug}.json`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(LONG_PATH);
    await expectAppReady(page);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect(toggle(page, 1)).toHaveAttribute('aria-expanded', 'false');
    letRestArrive();

    const drawnToTheEnd = () =>
      expect
        .poll(async () => (await scrollToEnd(page), sectionsInPage(page)), {
          timeout: FIRST_RENDER_MS,
        })
        .toBe(LAST);
    await drawnToTheEnd();
    await expect(toggle(page, LAST)).toHaveAttribute('aria-expanded', 'false');
    // Every section is folded now, the ones that came later included.
    await expect(page.getByRole('button', { name: 'Collapse all' })).toHaveAttribute('data-active');

    await page.reload();
    await expectAppReady(page);
    await drawnToTheEnd();
    await expect(toggle(page, LAST)).toHaveAttribute('aria-expanded', 'false');
  });

  test('a text-fragment link reaches words in a section that was not in the page at load', async ({
    page,
    request,
  }) => {
    const round = 45;
    const html = await (await request.get(LONG_PATH)).text();
    expect(html).not.toContain(`Round ${round} ended`);
    await page.goto(LONG_PATH);
    await expectAppReady(page);
    // The reader searches: the whole story is drawn, so the browser's search reaches all of it.
    await page.keyboard.press('ControlOrMeta+F');
    await expect.poll(() => sectionsInPage(page), { timeout: FIRST_RENDER_MS }).toBe(LAST);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect(toggle(page, round)).toHaveAttribute('aria-expanded', 'false');

    // The browser's own search finds the words in the folded text and opens its section.
    await page.goto(`${LONG_PATH}#:~:text=${encodeURIComponent(`Round ${round} ended`)}`);
    await expect(toggle(page, round)).toHaveAttribute('aria-expanded', 'true');
    await expect(
      page.locator(`[id="${elementIds.sectionContent(roundId(round))}"]`),
    ).not.toHaveAttribute('hidden');
  });
});

test.describe('a long article without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a link to a section near the end shows it in view, with the way to the rest', async ({
    page,
  }) => {
    const round = LAST - 3;
    await page.goto(`${LONG_PATH}/${roundId(round)}`);
    const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^Round ${round}: `) });
    await expectInViewport(heading);
    await expect(page.getByText(`Round ${round} ended after about forty minutes.`)).toBeVisible();

    const earlier = page.getByRole('link', { name: /^Earlier in this story/ });
    await earlier.click();
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`^Round ${round - WINDOW_SIZE}: `) }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: /^Continue with/ })).toBeVisible();
  });
});
