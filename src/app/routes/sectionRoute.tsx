import { paths, patterns } from '../../lib/paths';
import { placeRoute } from '../pageRoute';

/**
 * A section's own path. The article route above loads and renders the whole article, reads the
 * section from the URL and names the page after it, so moving between sections loads nothing:
 * this route only gives each section a path and a prerendered page.
 */
export const sectionRoute = placeRoute('section', patterns.section, (article) =>
  article.sections.map((section) => paths.section(article.slug, section.id)),
);
