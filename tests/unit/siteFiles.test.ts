// @vitest-environment jsdom
import { extractFromJson } from '@extractus/feed-extractor';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import robotsParser from 'robots-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../scripts/build/atomFeed';
import { jsonFeed } from '../../scripts/build/jsonFeed';
import { newsSitemapXml } from '../../scripts/build/newsSitemap';
import { robotsTxt } from '../../scripts/build/robotsTxt';
import { sitemapFiles } from '../../scripts/build/sitemap';
import type { StaticPage } from '../../src/app/pageRoute';
import { newestFirst } from '../../src/features/articles/model/articleIndex';
import type { Article } from '../../src/features/articles/model/articleSchema';
import { parseArticle } from '../../src/features/articles/model/parseArticle';
import { FEED_SIZE } from '../../src/features/articles/model/syndication';
import { articleJson } from '../fakeServer';

const ORIGIN = 'https://reader.example';
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'entry'].includes(name),
});

function story(overrides: Record<string, unknown>): Article {
  const result = parseArticle({ ...articleJson(), ...overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** Stories newest first, as the build hands them over: the first updated and corrected. */
const stories = [
  story({
    slug: 'updated-story',
    headline: 'Talks <resume> & “end”',
    publishedAt: '2025-05-17T10:00:00+03:00',
    updatedAt: '2025-05-17T15:30:00+03:00',
    updates: [
      { at: '2025-05-17T12:00:00+03:00', kind: 'update', text: 'Adds the <b>reply</b>.' },
      { at: '2025-05-17T15:30:00+03:00', kind: 'correction', text: 'Fixes a name.' },
    ],
  }),
  story({}),
].sort(newestFirst);

function parsedXml(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  return xml.parse(text) as Record<string, Record<string, unknown>>;
}

describe('sitemap.xml', () => {
  const pages: StaticPage[] = [
    { path: '/', source: null, modifiedAt: '2025-05-17T15:30:00+03:00' },
    { path: '/articles/a-story', source: null, modifiedAt: '2025-05-16T18:22:00+05:30' },
    { path: '/articles/a-story/quotes/x', source: null, modifiedAt: '2025-05-16T18:22:00+05:30' },
  ];

  it('lists every page it is given, absolute, with the time it last changed', () => {
    const [only, ...more] = sitemapFiles(pages, ORIGIN);
    const urls = parsedXml(only?.text ?? '').urlset?.url as { loc: string; lastmod: string }[];

    expect(more).toEqual([]);
    expect(only?.path).toBe('/sitemap.xml');
    expect(urls).toEqual([
      { loc: 'https://reader.example/', lastmod: '2025-05-17T15:30:00+03:00' },
      { loc: 'https://reader.example/articles/a-story', lastmod: '2025-05-16T18:22:00+05:30' },
      {
        loc: 'https://reader.example/articles/a-story/quotes/x',
        lastmod: '2025-05-16T18:22:00+05:30',
      },
    ]);
  });

  it('becomes an index of parts once the pages outgrow one file', () => {
    const [index, ...parts] = sitemapFiles(pages, ORIGIN, 2);
    const entries = parsedXml(index?.text ?? '').sitemapindex?.sitemap as {
      loc: string;
      lastmod: string;
    }[];

    expect(index?.path).toBe('/sitemap.xml');
    expect(entries).toEqual([
      { loc: 'https://reader.example/sitemap-1.xml', lastmod: '2025-05-17T15:30:00+03:00' },
      { loc: 'https://reader.example/sitemap-2.xml', lastmod: '2025-05-16T18:22:00+05:30' },
    ]);
    const listed = parts.flatMap((part) =>
      (parsedXml(part.text).urlset?.url as { loc: string }[]).map((url) => url.loc),
    );
    expect(parts.map((part) => part.path)).toEqual(['/sitemap-1.xml', '/sitemap-2.xml']);
    expect(listed).toEqual(pages.map((page) => `${ORIGIN}${page.path}`));
  });
});

describe('the news sitemap', () => {
  it('lists each story with the publication, its language, its time and its title as written', () => {
    const urls = parsedXml(newsSitemapXml(stories, ORIGIN)).urlset?.url as {
      loc: string;
      'news:news': Record<string, unknown>;
    }[];

    expect(urls.map((url) => url.loc)).toEqual([
      `${ORIGIN}/articles/updated-story`,
      `${ORIGIN}/articles/russia-ukraine-istanbul-ceasefire-talks`,
    ]);
    expect(urls[0]?.['news:news']).toEqual({
      'news:publication': { 'news:name': 'The Reader', 'news:language': 'en' },
      'news:publication_date': '2025-05-17T10:00:00+03:00',
      'news:title': 'Talks <resume> & “end”',
    });
  });
});

describe('robots.txt', () => {
  it('lets every page be crawled and names both sitemaps', () => {
    const robots = robotsParser(`${ORIGIN}/robots.txt`, robotsTxt(ORIGIN));

    expect(robots.isAllowed(`${ORIGIN}/articles/a-story`, 'Googlebot')).toBe(true);
    expect(robots.getSitemaps()).toEqual([`${ORIGIN}/sitemap.xml`, `${ORIGIN}/sitemap-news.xml`]);
  });
});

describe('the Atom feed', () => {
  const feed = parseFeed(atomFeed(stories, ORIGIN));

  it('lists the stories newest first, with their titles as written and their own instants', () => {
    expect(feed.items.map((item) => item.url)).toEqual([
      `${ORIGIN}/articles/updated-story`,
      `${ORIGIN}/articles/russia-ukraine-istanbul-ceasefire-talks`,
    ]);
    const [updated] = feed.items;
    expect(updated?.title).toBe('Talks <resume> & “end”');
    expect(updated?.description).toBe(articleJson().standfirst);
    expect(updated?.published?.getTime()).toBe(Date.parse('2025-05-17T10:00:00+03:00'));
    expect(updated?.updated?.getTime()).toBe(Date.parse('2025-05-17T15:30:00+03:00'));
    expect(feed.updated?.getTime()).toBe(Date.parse('2025-05-17T15:30:00+03:00'));
    expect(feed.self).toBe(`${ORIGIN}/feed.atom`);
  });

  it('gives titles as HTML that a reader shows as the words written, markup and all', () => {
    const atom = parsedXml(atomFeed(stories, ORIGIN)).feed as {
      entry: { title: { '#text': string; '@_type': string } }[];
    };
    const title = atom.entry[0]?.title;
    const shown = new DOMParser().parseFromString(title?.['#text'] ?? '', 'text/html').body;

    expect(title?.['@_type']).toBe('html');
    expect(shown.textContent).toBe('Talks <resume> & “end”');
  });

  it('says in an entry what was updated and corrected, newest first', () => {
    const content = feed.items[0]?.content ?? '';

    expect(content).toMatch(/Correction.*Fixes a name\..*Update.*Adds the .*reply/);
    expect(feed.items[1]?.content).not.toContain('Update');
  });

  it(`carries the newest ${FEED_SIZE} stories and no more`, () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, index) =>
      story({
        slug: `story-${index}`,
        publishedAt: new Date(Date.UTC(2025, 0, 1, index)).toISOString(),
      }),
    ).sort(newestFirst);
    const items = parseFeed(atomFeed(many, ORIGIN)).items;

    expect(items).toHaveLength(FEED_SIZE);
    expect(items[0]?.url).toBe(`${ORIGIN}/articles/story-${FEED_SIZE + 4}`);
  });
});

describe('the JSON Feed', () => {
  const text = jsonFeed(stories, ORIGIN);

  it('is version 1.1, in the site’s language, with authors', () => {
    const raw = JSON.parse(text) as Record<string, unknown>;

    expect(raw).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      language: 'en',
      authors: [{ name: 'The Reader' }],
      feed_url: `${ORIGIN}/feed.json`,
    });
    expect(raw.author).toBeUndefined();
  });

  it('lists the stories newest first, titles as plain text, with their own instants', () => {
    const feed = extractFromJson(text, {
      getExtraEntryFields: (item) => {
        const entry = item as Record<string, unknown>;
        return { updated: entry.date_modified, content: entry.content_html };
      },
    });
    const [updated, bundled] = feed.entries ?? [];

    expect(updated).toMatchObject({
      link: `${ORIGIN}/articles/updated-story`,
      title: 'Talks <resume> & “end”',
    });
    expect(Date.parse(updated?.published ?? '')).toBe(Date.parse('2025-05-17T10:00:00+03:00'));
    expect(Date.parse(String(updated?.updated))).toBe(Date.parse('2025-05-17T15:30:00+03:00'));
    // What changed is text in the entry's HTML: an editor's markup shows as written.
    expect(String(updated?.content)).toContain('Adds the &lt;b&gt;reply&lt;/b&gt;.');
    expect(bundled?.link).toBe(`${ORIGIN}/articles/russia-ukraine-istanbul-ceasefire-talks`);
  });
});
