import type { Article } from '../../src/features/articles/model/articleSchema';
import { NEWS_SITEMAP_SIZE, newsEntry } from '../../src/features/articles/model/syndication';
import { SITE_NAME } from '../../src/lib/site';
import { escapeMarkup } from './markup';

/**
 * `sitemap-news.xml`: the newest stories (`articles` come newest first) for Google News, each
 * with the publication's name, the story's language, its publication time and its title.
 */
export function newsSitemapXml(articles: readonly Article[], origin: string): string {
  const urls = articles.slice(0, NEWS_SITEMAP_SIZE).map((article) => {
    const entry = newsEntry(article);
    return [
      '  <url>',
      `    <loc>${escapeMarkup(new URL(entry.path, origin).href)}</loc>`,
      '    <news:news>',
      '      <news:publication>',
      `        <news:name>${escapeMarkup(SITE_NAME)}</news:name>`,
      `        <news:language>${escapeMarkup(entry.language)}</news:language>`,
      '      </news:publication>',
      `      <news:publication_date>${escapeMarkup(entry.publishedAt)}</news:publication_date>`,
      `      <news:title>${escapeMarkup(entry.title)}</news:title>`,
      '    </news:news>',
      '  </url>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
