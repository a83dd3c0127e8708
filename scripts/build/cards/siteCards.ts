import type { Site } from '../../../src/app/pageRoute';
import {
  articleCard,
  cardPath,
  quoteCard,
  sectionCard,
  type CardContent,
} from '../../../src/features/articles/model/shareCard';
import { paths } from '../../../src/lib/paths';

/**
 * Every share card the site needs: one beside each article's page, each section's and each
 * quote's, drawn from the same model the pages' heads name them with.
 */
export function siteCards(site: Site): { file: string; content: CardContent }[] {
  return site.articles
    .flatMap((article) => [
      { page: paths.article(article.slug), content: articleCard(article) },
      ...article.sections.map((section) => ({
        page: paths.section(article.slug, section.id),
        content: sectionCard(article, section),
      })),
      ...article.quotes.map((quote) => ({
        page: paths.quote(article.slug, quote.id),
        content: quoteCard(article, quote),
      })),
    ])
    .map(({ page, content }) => ({ file: cardPath(page).slice(1), content }));
}
