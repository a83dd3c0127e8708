import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  RAIL_FROM_PX,
  SLUG,
  expectAppReady,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  viewportWidth,
} from './article';
import { expect, test } from './fixtures';

/** The bundled story's translations, and what each page must say in its own language. */
const STORIES = [
  {
    language: 'uk',
    dir: 'ltr',
    slug: `${SLUG}-uk`,
    name: 'Українська',
    expandAll: 'Розгорнути все',
    participants: 'Учасники',
    month: /травня/,
  },
  {
    language: 'ar',
    dir: 'rtl',
    slug: `${SLUG}-ar`,
    name: 'العربية',
    expandAll: 'توسيع الكل',
    participants: 'المشاركون',
    month: /مايو/,
  },
] as const;

/**
 * Every message of the English catalog that is plain words (no placeholders, not a brand),
 * but the language's own name: a page in another language offers "English" by that name.
 */
const ENGLISH = Object.entries(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../src/lib/i18n/catalogs/en.json'), 'utf8'),
  ) as Record<string, string>,
)
  .filter(
    ([key, message]) => key !== 'language.name' && !message.includes('{') && message.length > 3,
  )
  .map(([, message]) => message);

/** The English the page shows or names anything with: its text, and its accessible names. */
async function englishOn(page: Page): Promise<string[]> {
  const said = await page.evaluate(() => [
    document.body.innerText,
    ...[...document.querySelectorAll('[aria-label], [title], [alt]')].flatMap((element) =>
      ['aria-label', 'title', 'alt'].map((name) => element.getAttribute(name) ?? ''),
    ),
  ]);
  return ENGLISH.filter((message) => said.some((text) => text.includes(message)));
}

for (const story of STORIES) {
  test.describe(`the story in ${story.name}`, () => {
    test('says its language and direction, and speaks it throughout', async ({ page }) => {
      await page.goto(`/articles/${story.slug}`);
      await expectAppReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', story.language);
      await expect(page.locator('html')).toHaveAttribute('dir', story.dir);
      await expect(page.getByRole('button', { name: story.expandAll })).toBeVisible();
      // Dates in the language's own words, the zone line included.
      await expect(page.locator('header time').first()).toHaveText(story.month);
      expect(await englishOn(page)).toEqual([]);

      // Beside the text, or behind the phone's bar (whose name is in the language too).
      if (viewportWidth(page) < RAIL_FROM_PX) {
        await page
          .getByRole('navigation')
          .getByRole('button', { name: story.participants })
          .click();
      }
      const panel = page.getByRole('complementary', { name: story.participants });
      await expect(panel.getByRole('heading', { name: story.participants })).toBeVisible();
      expect(await englishOn(page)).toEqual([]);
      await expectNoAxeViolations(page, `the ${story.name} story`);
      await expectNoHorizontalOverflow(page, `the ${story.name} story`);
    });

    test('leads to the same section in another language, and back', async ({ page }) => {
      await page.goto(`/articles/${story.slug}/turkish-officials-present`);
      await expectAppReady(page);
      await page.getByRole('link', { name: 'English', exact: true }).click();
      await expect(page).toHaveURL(`/articles/${SLUG}/turkish-officials-present`);
      await expectAppReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      await expect(
        page.getByRole('button', { name: 'Turkish officials present', exact: true }),
      ).toBeFocused();

      await page
        .getByRole('navigation', { name: 'This story in other languages' })
        .getByRole('link', { name: story.name })
        .click();
      await expect(page).toHaveURL(`/articles/${story.slug}/turkish-officials-present`);
      await expect(page.locator('html')).toHaveAttribute('lang', story.language);
    });
  });
}

test('the Arabic story is laid out right to left: its panels at the line’s end, its text from the right', async ({
  page,
}) => {
  await page.goto(`/articles/${SLUG}-ar`);
  await expectAppReady(page);
  const headline = await page.getByRole('heading', { level: 1 }).boundingBox();
  const width = viewportWidth(page);
  expect(headline).not.toBeNull();
  // The headline starts at the right margin.
  expect(width - ((headline?.x ?? 0) + (headline?.width ?? 0))).toBeLessThan(64);
  if (width >= RAIL_FROM_PX) {
    const quotes = await page.getByRole('complementary', { name: 'الاقتباسات' }).boundingBox();
    expect((quotes?.x ?? width) + (quotes?.width ?? 0)).toBeLessThan(headline?.x ?? 0);
  }
});

test('every page of a translated story names its counterparts for search engines', async ({
  request,
}) => {
  const html = await (await request.get(`/articles/${SLUG}-uk/opening`)).text();
  const alternates = [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)];
  expect(alternates.map(([, language, href]) => [language, new URL(href ?? '').pathname])).toEqual([
    ['uk', `/articles/${SLUG}-uk/opening`],
    ['en', `/articles/${SLUG}/opening`],
    ['ar', `/articles/${SLUG}-ar/opening`],
  ]);
});
