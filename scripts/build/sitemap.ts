import type { StaticPage } from '../../src/app/pageRoute';
import { siteFiles } from '../../src/lib/paths';
import { escapeMarkup } from './markup';

/** The most URLs one sitemap file may list (sitemaps.org); past it, `sitemap.xml` is an index. */
export const SITEMAP_URLS = 50_000;

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function urlset(pages: readonly StaticPage[], origin: string): string {
  const urls = pages.map(({ path, modifiedAt }) => {
    const lastmod = modifiedAt ? `<lastmod>${escapeMarkup(modifiedAt)}</lastmod>` : '';
    return `  <url><loc>${escapeMarkup(new URL(path, origin).href)}</loc>${lastmod}</url>`;
  });
  return `${XML}\n<urlset xmlns="${NAMESPACE}">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The latest of some instants (ISO 8601 with offsets), as written. */
const latest = (instants: (string | undefined)[]) =>
  instants
    .filter((instant) => instant !== undefined)
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0];

/**
 * The sitemap files for every prerendered page, each with the time its content last changed:
 * `sitemap.xml` itself while the pages fit in one file, else `sitemap.xml` as a sitemap index
 * of `sitemap-1.xml`, `sitemap-2.xml`… Pages at old addresses are not listed: they are copies
 * whose canonical URL is their successor's.
 */
export function sitemapFiles(
  pages: readonly StaticPage[],
  origin: string,
  perFile = SITEMAP_URLS,
): { path: string; text: string }[] {
  if (pages.length <= perFile) return [{ path: siteFiles.sitemap, text: urlset(pages, origin) }];
  const parts = Array.from({ length: Math.ceil(pages.length / perFile) }, (_, index) => {
    const slice = pages.slice(index * perFile, (index + 1) * perFile);
    return { path: siteFiles.sitemapPart(index + 1), pages: slice };
  });
  const entries = parts.map(({ path, pages: slice }) => {
    const lastmod = latest(slice.map((page) => page.modifiedAt));
    const modified = lastmod ? `<lastmod>${escapeMarkup(lastmod)}</lastmod>` : '';
    return `  <sitemap><loc>${escapeMarkup(new URL(path, origin).href)}</loc>${modified}</sitemap>`;
  });
  const index = `${XML}\n<sitemapindex xmlns="${NAMESPACE}">\n${entries.join('\n')}\n</sitemapindex>\n`;
  return [
    { path: siteFiles.sitemap, text: index },
    ...parts.map(({ path, pages: slice }) => ({ path, text: urlset(slice, origin) })),
  ];
}
