import type { Site } from '../../../src/app/pageRoute';
import {
  articleCard,
  quoteCard,
  sectionCard,
  type CardContent,
} from '../../../src/features/articles/model/shareCard';
import { cardPath, paths } from '../../../src/lib/paths';
import { catalogMessages } from '../catalogMessages';
import { articleLanguage } from '../../../src/features/articles/model/articleLanguage';

/**
 * Every share card the site needs: one beside each article's page, each section's and each
 * quote's, drawn from the same model the pages' heads name them with.
 */
export function siteCards(site: Site): { file: string; content: CardContent }[] {
  return site.articles
    .flatMap((article) => {
      const t = catalogMessages(articleLanguage(article));
      return [
        { page: paths.article(article.slug), content: articleCard(article) },
        ...article.sections.map((section) => ({
          page: paths.section(article.slug, section.id),
          content: sectionCard(article, section),
        })),
        ...article.quotes.map((quote) => ({
          page: paths.quote(article.slug, quote.id),
          content: quoteCard(article, quote, t),
        })),
      ];
    })
    .map(({ page, content }) => ({ file: cardPath(page).slice(1), content }));
}
