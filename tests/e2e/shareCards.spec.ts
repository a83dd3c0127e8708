import type { APIRequestContext } from '@playwright/test';
import { elementIds } from '../../src/lib/elementIds';
import { paths } from '../../src/lib/paths';
import { HEADLINE, SLUG, expectAppReady, expectInViewport } from './article';
import { expect, test } from './fixtures';

type Listed = { articles: { slug: string }[] };
type ArticleFile = { sections: { id: string }[]; quotes: { id: string; text: string }[] };

/** Every page the build writes for the articles the site lists, read from the site itself. */
async function everyPage(request: APIRequestContext): Promise<string[]> {
  const index = (await (await request.get('/articles/index.json')).json()) as Listed;
  const pages = ['/'];
  for (const { slug } of index.articles) {
    const article = (await (await request.get(`/articles/${slug}.json`)).json()) as ArticleFile;
    pages.push(paths.article(slug));
    pages.push(...article.sections.map((section) => paths.section(slug, section.id)));
    pages.push(...article.quotes.map((quote) => paths.quote(slug, quote.id)));
  }
  return pages;
}

/** The value of a `<meta property|name="…" content="…">` in raw HTML. */
const metaContent = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

const QUOTE_ID = 'hide-from-the-americans';
const QUOTE = 'What do they have to hide from the Americans?';

test.describe('share cards @desktop-only', () => {
  test('every prerendered page names a 1200 × 630 PNG card that answers', async ({ request }) => {
    const pages = await everyPage(request);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = await (await request.get(page)).text();
      const image = metaContent(html, 'og:image');
      expect(image, page).toMatch(/^http:\/\/localhost:\d+\/.+\/card\.png$/);
      expect(metaContent(html, 'og:image:width'), page).toBe('1200');
      expect(metaContent(html, 'og:image:height'), page).toBe('630');
      expect(metaContent(html, 'og:image:alt')?.length, page).toBeGreaterThan(10);
      expect(metaContent(html, 'twitter:card'), page).toBe('summary_large_image');

      const card = await request.get(new URL(image ?? '').pathname);
      expect(card.status(), image).toBe(200);
      expect(card.headers()['content-type'], image).toBe('image/png');
      const png = await card.body();
      // The PNG's IHDR chunk: its width and height, big-endian, after the 8-byte signature.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
    }
  });

  test('a quote has a page of its own, with the quote in its HTML and its preview', async ({
    request,
  }) => {
    const response = await request.get(paths.quote(SLUG, QUOTE_ID));
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(QUOTE);
    expect(metaContent(html, 'og:title')).toBe(`“${QUOTE}” — Diplomatic source (Ukraine)`);
    expect(metaContent(html, 'og:image:alt')).toContain('anonymous source');
  });
});

test.describe('a quote’s own page', () => {
  test('opens the article at the quote, marked and focused, and marks it in the quote panel', async ({
    page,
  }) => {
    await page.goto(paths.quote(SLUG, QUOTE_ID));
    await expectAppReady(page);
    await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();
    const quote = page.locator(`[id="${elementIds.quote(QUOTE_ID)}"]`);
    await expect(quote).toBeFocused();
    await expect(quote).toHaveAttribute('data-current', '');
    await expectInViewport(quote);
    await expect(page).toHaveTitle(`“${QUOTE}” — Diplomatic source (Ukraine) · The Reader`);
  });

  test('each quote in the panel shares its own page', async ({ page, context, hasTouch }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(paths.article(SLUG));
    await expectAppReady(page);
    if (hasTouch) {
      await page
        .getByRole('navigation', { name: 'Story tools' })
        .getByRole('button', { name: 'Quotes' })
        .click();
    }
    const share = page.getByRole('button', { name: /^Share quote: “What do they have to hide/ });
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await share.click();
    await expect(page.getByText('Link copied').first()).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`${paths.quote(SLUG, QUOTE_ID)}$`),
    );
  });
});
