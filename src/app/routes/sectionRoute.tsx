import { paths, patterns } from '../../lib/paths';
import type { PageRoute } from '../pageRoute';

/**
 * A section's own path. The article route above loads and renders the whole article, reads the
 * section from the URL and names the page after it, so moving between sections loads nothing:
 * this route only gives each section a path and a prerendered page.
 */
export const sectionRoute = {
  id: 'section',
  pattern: patterns.section,
  Component: () => null,
  prerender: (site) =>
    site.articles.flatMap((article) =>
      article.sections.map((section) => paths.section(article.slug, section.id)),
    ),
} satisfies PageRoute;
