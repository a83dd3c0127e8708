import { generatePath } from 'react-router';

/**
 * The path pattern of every page, in react-router's syntax. The route modules, the prerender, the
 * service worker's navigation rules and the bench all read these, so a route change is one edit.
 */
export const patterns = {
  home: '/',
  /** The list of stories goes on here after the home page's first stories. */
  homePage: '/page/:page',
  article: '/articles/:slug',
  section: '/articles/:slug/:sectionId',
  quote: '/articles/:slug/quotes/:quoteId',
} as const;

/** Every in-app path is built here, from the patterns above. */
export const paths = {
  home: () => patterns.home,
  /** Page `page` of the list of stories, counted from 1: the first is the home page. */
  homePage: (page: number) =>
    page === 1 ? patterns.home : generatePath(patterns.homePage, { page: String(page) }),
  article: (slug: string) => generatePath(patterns.article, { slug }),
  section: (slug: string, sectionId: string) => generatePath(patterns.section, { slug, sectionId }),
  quote: (slug: string, quoteId: string) => generatePath(patterns.quote, { slug, quoteId }),
} as const;

/** The file a page's share card is written to, beside the page: `<page path>/card.png`. */
export const cardPath = (pagePath: string) => `${pagePath.replace(/\/$/, '')}/card.png`;

/** URLs of the static data files, resolved against the app's base so a sub-path deploy works. */
export const dataUrls = {
  articleIndex: () => `${import.meta.env.BASE_URL}articles/index.json`,
  article: (slug: string) => `${import.meta.env.BASE_URL}articles/${encodeURIComponent(slug)}.json`,
} as const;

/** The files the build writes at the site's root for search engines and feed readers. */
export const siteFiles = {
  robots: '/robots.txt',
  /** All the pages; a sitemap index of `sitemapPart`s once they no longer fit in one file. */
  sitemap: '/sitemap.xml',
  sitemapPart: (number: number) => `/sitemap-${number}.xml`,
  newsSitemap: '/sitemap-news.xml',
  atomFeed: '/feed.atom',
  jsonFeed: '/feed.json',
} as const;
