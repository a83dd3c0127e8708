import { siteFiles } from '../../src/lib/paths';

/** `robots.txt`: every page may be crawled, and where the sitemaps are. */
export function robotsTxt(origin: string): string {
  const sitemaps = [siteFiles.sitemap, siteFiles.newsSitemap].map(
    (path) => `Sitemap: ${new URL(path, origin).href}`,
  );
  return ['User-agent: *', 'Allow: /', '', ...sitemaps, ''].join('\n');
}
