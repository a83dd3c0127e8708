import { extract } from '@extractus/feed-extractor';
import type { APIRequestContext } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import robotsParser from 'robots-parser';
import Sitemapper from 'sitemapper';
import sdtt, { type StructuredDataResult } from 'structured-data-testing-tool';
import presets from 'structured-data-testing-tool/presets.js';
import { listPageCount } from '../../src/features/articles/model/articleIndex';
import type { Article } from '../../src/features/articles/model/articleSchema';
import { FEED_SIZE } from '../../src/features/articles/model/syndication';
import { paths } from '../../src/lib/paths';
import { HEADLINE, SLUG, STORY_PATH, expectNoAxeViolations, sectionPath } from './article';
import { expect, test } from './fixtures';

/**
 * What search engines and feed readers read from the served build, read with their kind of
 * client (a robots.txt parser, a sitemap crawler, feed parsers, a structured-data validator with
 * Google's rules) and held to the stories the site serves.
 */

/** The stories, newest first, as the site lists them, each read from its own file. */
async function servedStories(request: APIRequestContext): Promise<Article[]> {
  const index = (await (await request.get('/articles/index.json')).json()) as {
    articles: { slug: string }[];
  };
  return Promise.all(
    index.articles.map(
      async ({ slug }) => (await (await request.get(`/articles/${slug}.json`)).json()) as Article,
    ),
  );
}

/** Every page the build should have written for those stories: the lists and each story's own. */
function expectedPages(stories: Article[]): string[] {
  return [
    ...Array.from({ length: listPageCount(stories.length) }, (_, index) =>
      paths.homePage(index + 1),
    ),
    ...stories.flatMap((story) => [
      paths.article(story.slug),
      ...story.sections.map((section) => paths.section(story.slug, section.id)),
      ...story.quotes.map((quote) => paths.quote(story.slug, quote.id)),
    ]),
  ];
}

const modified = (story: Article) => story.updatedAt ?? story.publishedAt;
const instant = (text: string | Date | null | undefined) =>
  text instanceof Date ? text.getTime() : Date.parse(text ?? '');

test.describe('search engines and feeds @desktop-only', () => {
  test('robots.txt lets crawlers in and names the sitemaps, at the site’s origin', async ({
    request,
    baseURL,
  }) => {
    const robots = robotsParser(
      `${baseURL}/robots.txt`,
      await (await request.get('/robots.txt')).text(),
    );

    expect(robots.isAllowed(`${baseURL}${STORY_PATH}`, 'Googlebot')).toBe(true);
    expect(robots.getSitemaps()).toEqual([`${baseURL}/sitemap.xml`, `${baseURL}/sitemap-news.xml`]);
  });

  test('the sitemap lists every prerendered page once, each with the time its story last changed', async ({
    request,
    baseURL,
  }) => {
    const stories = await servedStories(request);
    const { sites, errors } = await new Sitemapper({
      url: `${baseURL}/sitemap.xml`,
      timeout: 30_000,
      fields: { loc: true, lastmod: true },
    }).fetch();
    const listed = sites as unknown as { loc: string; lastmod?: string }[];

    expect(errors).toEqual([]);
    expect(listed.map((site) => site.loc).sort()).toEqual(
      expectedPages(stories)
        .map((path) => `${baseURL}${path}`)
        .sort(),
    );
    // Each story's own pages changed when the story did.
    const lastmod = new Map(listed.map((site) => [site.loc, site.lastmod]));
    for (const story of stories) {
      for (const path of expectedPages([story]).filter((path) => path.startsWith('/articles/'))) {
        expect(instant(lastmod.get(`${baseURL}${path}`)), path).toBe(instant(modified(story)));
      }
    }
    // The home page changed when the newest story it lists did.
    const home = listed.find((site) => site.loc === `${baseURL}/`);
    const newest = Math.max(...stories.slice(0, 20).map((story) => instant(modified(story))));
    expect(instant(home?.lastmod)).toBe(newest);
  });

  test('every page the sitemap lists answers, as its own canonical page', async ({
    request,
    baseURL,
  }) => {
    const { sites } = await new Sitemapper({ url: `${baseURL}/sitemap.xml` }).fetch();
    // A page of each kind: the lists, a story, a section, a quote, of every story.
    for (const loc of sites as string[]) {
      const response = await request.get(loc);
      expect(response.status(), loc).toBe(200);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(await response.text())?.[1];
      expect(canonical, loc).toBe(loc);
    }
  });

  test('the news sitemap gives each story its publication, language, time and title', async ({
    request,
    baseURL,
  }) => {
    const stories = await servedStories(request);
    const text = await (await request.get('/sitemap-news.xml')).text();
    expect(XMLValidator.validate(text)).toBe(true);
    const { urlset } = new XMLParser({ isArray: (name) => name === 'url' }).parse(text) as {
      urlset: { url: { loc: string; 'news:news': Record<string, Record<string, string>> }[] };
    };

    expect(urlset.url.map((url) => url.loc)).toEqual(
      stories.map((story) => `${baseURL}${paths.article(story.slug)}`),
    );
    for (const [index, story] of stories.entries()) {
      expect(urlset.url[index]?.['news:news']).toEqual({
        'news:publication': {
          'news:name': 'The Reader',
          'news:language': story.language ?? 'en',
        },
        'news:publication_date': story.publishedAt,
        'news:title': story.headline,
      });
    }
  });

  test('the Atom feed carries every story, newest first, at its own instants', async ({
    request,
    baseURL,
  }) => {
    const stories = (await servedStories(request)).slice(0, FEED_SIZE);
    const response = await request.get('/feed.atom');
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const feed = parseFeed(await response.text());

    expect(feed.self).toBe(`${baseURL}/feed.atom`);
    expect(feed.items.map((item) => item.url)).toEqual(
      stories.map((story) => `${baseURL}${paths.article(story.slug)}`),
    );
    for (const [index, story] of stories.entries()) {
      const item = feed.items[index];
      expect(item?.title).toBe(story.headline);
      expect(item?.description).toBe(story.standfirst);
      expect(instant(item?.published), story.slug).toBe(instant(story.publishedAt));
      expect(instant(item?.updated), story.slug).toBe(instant(modified(story)));
    }
  });

  test('the JSON Feed carries every story, newest first, at its own instants', async ({
    baseURL,
    request,
  }) => {
    const stories = (await servedStories(request)).slice(0, FEED_SIZE);
    const feed = await extract(`${baseURL}/feed.json`, {
      descriptionMaxLen: 0,
      getExtraFeedFields: (data) => ({ version: (data as { version?: string }).version }),
      getExtraEntryFields: (item) => ({
        updated: (item as { date_modified?: string }).date_modified,
      }),
    });

    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('en');
    expect(feed.entries?.map((entry) => entry.link)).toEqual(
      stories.map((story) => `${baseURL}${paths.article(story.slug)}`),
    );
    for (const [index, story] of stories.entries()) {
      const entry = feed.entries?.[index] as {
        title?: string;
        published?: string;
        updated?: string;
      };
      expect(entry.title).toBe(story.headline);
      expect(instant(entry.published), story.slug).toBe(instant(story.publishedAt));
      expect(instant(entry.updated), story.slug).toBe(instant(modified(story)));
    }
  });

  test('every page names both feeds in its head, and the page never asks for them', async ({
    page,
    baseURL,
  }) => {
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(STORY_PATH);
    await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();

    // Typed alternates: the feeds (a translated story's other languages carry hreflang instead).
    const feeds = await page
      .locator('head link[rel="alternate"][type]')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute('type'), link.getAttribute('href')]),
      );
    expect(feeds).toEqual([
      ['application/atom+xml', `${baseURL}/feed.atom`],
      ['application/feed+json', `${baseURL}/feed.json`],
    ]);
    expect(asked.filter((path) => path.startsWith('/feed'))).toEqual([]);
  });
});

/** The page's JSON-LD, as its one data block holds it. */
async function linkedData(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(blocks, path).toHaveLength(1);
  return {
    html,
    graph: JSON.parse(blocks[0]?.[1] ?? '') as {
      '@context': string;
      '@graph': Record<string, unknown>[];
    },
  };
}

/**
 * Google's rules for articles, as structured-data-testing-tool's Google preset checks them:
 * required and recommended properties, a warning counting as a failure. Its extractor files
 * JSON-LD by each script's top-level type and does not read into a `@graph`, so each node of the
 * graph is handed to it as a document of its own, with the graph's context.
 */
async function expectGoogleArticleRules(graph: Awaited<ReturnType<typeof linkedData>>['graph']) {
  const scripts = graph['@graph'].map(
    (node) =>
      `<script type="application/ld+json">${JSON.stringify({ '@context': graph['@context'], ...node }).replace(/</g, '\\u003c')}</script>`,
  );
  let result: StructuredDataResult;
  try {
    result = await sdtt.structuredDataTest(`<html><head>${scripts.join('')}</head></html>`, {
      presets: [presets.Google],
      schemas: ['jsonld:NewsArticle'],
    });
  } catch (error) {
    const failed = (error as { res?: StructuredDataResult }).res?.failed ?? [];
    throw new Error(
      `Google's article rules failed: ${failed.map((t) => t.description ?? t.test).join(', ')}`,
    );
  }
  expect(result.warnings.map((t) => t.description)).toEqual([]);
  // Not passed for want of an article to check: the rules ran on one.
  expect(result.passed.map((t) => t.description)).toEqual(
    expect.arrayContaining(['author', 'datePublished', 'headline', 'image', 'publisher.logo.url']),
  );
}

test.describe('JSON-LD @desktop-only', () => {
  test('the story, each section and each quote page pass Google’s article rules, held to the story', async ({
    request,
    baseURL,
  }) => {
    const story = (await (await request.get(`/articles/${SLUG}.json`)).json()) as Article;
    const pages = [
      paths.article(SLUG),
      ...story.sections.map((section) => sectionPath(section.id)),
      ...story.quotes.map((quote) => paths.quote(SLUG, quote.id)),
    ];
    for (const path of pages) {
      const { html, graph } = await linkedData(request, path);
      await expectGoogleArticleRules(graph);
      const [article] = graph['@graph'];
      const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(article, path).toMatchObject({
        '@type': 'NewsArticle',
        headline: story.headline,
        datePublished: story.publishedAt,
        dateModified: modified(story),
        mainEntityOfPage: `${baseURL}${path}`,
        author: { '@type': 'Organization', name: story.source },
        image: { url: card, width: '1200', height: '630' },
        inLanguage: 'en',
      });
    }
  });

  test('a quote page also says who said the words, part of the story', async ({
    request,
    baseURL,
  }) => {
    const story = (await (await request.get(`/articles/${SLUG}.json`)).json()) as Article;
    const quote = story.quotes.find((candidate) => candidate.id === 'peaceful-end');
    const { graph } = await linkedData(request, paths.quote(SLUG, 'peaceful-end'));

    expect(graph['@graph'][1]).toMatchObject({
      '@type': 'Quotation',
      text: quote?.text,
      spokenByCharacter: { '@type': 'Person', name: 'Tammy Bruce' },
      isPartOf: { '@id': `${baseURL}${STORY_PATH}#article` },
    });
  });

  test('each page of the list is an ItemList of its stories, in the order shown', async ({
    request,
    baseURL,
  }) => {
    const stories = await servedStories(request);
    const positions: number[] = [];
    const urls: string[] = [];
    for (let page = 1; page <= listPageCount(stories.length); page += 1) {
      const { graph } = await linkedData(request, paths.homePage(page));
      const [list] = graph['@graph'] as { itemListElement: { position: number; url: string }[] }[];
      positions.push(...(list?.itemListElement.map((item) => item.position) ?? []));
      urls.push(...(list?.itemListElement.map((item) => item.url) ?? []));
    }

    expect(urls).toEqual(stories.map((story) => `${baseURL}${paths.article(story.slug)}`));
    expect(positions).toEqual(stories.map((_, index) => index + 1));
  });
});

test.describe('the list of stories without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('goes on page by page with real links, newest first, and back', async ({
    page,
    request,
  }) => {
    const stories = await servedStories(request);
    expect(listPageCount(stories.length), 'the suite serves two pages of stories').toBe(2);
    const [newest, oldest] = [stories[0]?.headline ?? '', stories.at(-1)?.headline ?? ''];

    await page.goto('/');
    const more = page.getByRole('navigation', { name: 'More stories' });
    await expect(page.getByRole('link', { name: newest })).toBeVisible();
    await more.getByRole('link', { name: 'Older stories' }).click();

    await expect(page).toHaveURL('/page/2');
    await expect(page).toHaveTitle('Stories, page 2 of 2 · The Reader');
    await expect(page.getByRole('link', { name: oldest })).toBeVisible();
    await expect(page.getByRole('link', { name: newest })).toHaveCount(0);
    await more.getByRole('link', { name: 'Newer stories' }).click();
    await expect(page).toHaveURL('/');
  });
});

test('the second page of stories meets WCAG 2.2 AA, its links to more stories included', async ({
  page,
}) => {
  await page.goto(paths.homePage(2));
  await expect(page.getByRole('navigation', { name: 'More stories' })).toBeVisible();
  await expectNoAxeViolations(page, 'the second page of stories');
});
