import { expect, test } from './fixtures';
import { HEADLINE, SECTIONS, STORY_JSON, STORY_PATH, expectSection, sectionPath } from './article';

const SECTION_ID = 'russian-demands-spark-frustration';
const SECTION_TITLE = SECTIONS[SECTION_ID];
const SECTION_OPENING = 'According to a Ukrainian diplomatic source cited in an Axios report';

/** The value of a `<meta property|name="…" content="…">` in raw HTML. */
function metaContent(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return tag?.[1];
}

test.describe('prerendered pages', () => {
  test('a section URL is a real file: 200, its text and its link preview in the raw HTML', async ({
    request,
    baseURL,
  }) => {
    // The test server has no SPA fallback: only files that exist answer 200.
    const response = await request.get(sectionPath(SECTION_ID));
    expect(response.status()).toBe(200);
    const html = await response.text();

    expect(html).toContain(SECTION_OPENING);
    expect(html).toContain(`<title>${SECTION_TITLE} · ${HEADLINE} · The Reader</title>`);
    expect(html.match(/<title[\s>]/g), 'one <title> in the page').toHaveLength(1);
    expect(metaContent(html, 'og:title')).toBe(`${SECTION_TITLE} — ${HEADLINE}`);
    expect(metaContent(html, 'og:description')).toMatch(new RegExp(`^${SECTION_OPENING}.*…$`));
    expect(metaContent(html, 'og:url')).toBe(`${baseURL}${sectionPath(SECTION_ID)}`);
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    expect(html).toContain(`<link rel="canonical" href="${baseURL}${sectionPath(SECTION_ID)}"/>`);
    // The CSP travels in the page itself, allowing no inline script but the page's own one, by hash.
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/,
    );
    expect(html).not.toContain('unsafe-inline');
    // Data blocks (the page's data, its JSON-LD) are never run; one script is.
    expect(
      html.match(/<script\b(?![^>]*type="application\/(?:ld\+)?json")/g),
      'one inline script',
    ).toHaveLength(1);
  });

  test('the story, its sections and the index are each their own file', async ({ request }) => {
    const paths = ['/', STORY_PATH, `${STORY_PATH}/`, ...Object.keys(SECTIONS).map(sectionPath)];
    for (const path of paths) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).toContain(HEADLINE);
    }
  });

  test('an unknown path answers 404 with a page that says so', async ({
    page,
    request,
    problems,
  }) => {
    const response = await request.get('/no/such/page');
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Page not found');

    problems.expect({ url: '/no/such/page', status: 404, reason: 'the page asked for is unknown' });
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See all stories' })).toBeVisible();
  });

  test('the first load hydrates the prerendered story without fetching it again', async ({
    page,
  }) => {
    const storyRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith(STORY_JSON)) storyRequests.push(request.url());
    });
    await page.goto(sectionPath(SECTION_ID));
    await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();
    // Hydrated: the section's toggle answers, and the focus landed on it.
    await expect(page.getByRole('button', { name: SECTION_TITLE, exact: true })).toBeFocused();
    await page.getByRole('button', { name: SECTION_TITLE, exact: true }).click();
    await expectSection(page, SECTION_ID, false);
    expect(storyRequests).toEqual([]);
    // The head's title names the page; nothing adds a second one in the body.
    await expect(page).toHaveTitle(`${SECTION_TITLE} · ${HEADLINE} · The Reader`);
    expect(await page.locator('title').count()).toBe(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the story reads: every section open, links work, nothing scrolls sideways', async ({
    page,
  }) => {
    await page.goto(STORY_PATH);
    await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();
    for (const title of Object.values(SECTIONS)) {
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    }
    await expect(page.getByText(SECTION_OPENING)).toBeVisible();
    await expect(page.getByRole('complementary', { name: /participants/i })).toBeVisible();

    const noSideways = await page.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    );
    expect(noSideways).toBe(true);

    await page
      .getByRole('link', { name: `Link to section: ${SECTION_TITLE}`, exact: true })
      .click();
    await expect(page).toHaveURL(sectionPath(SECTION_ID));
    await expect(page.getByText(SECTION_OPENING)).toBeVisible();

    await page.getByRole('link', { name: 'The Reader' }).click();
    await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
  });
});
