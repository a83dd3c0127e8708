import { paths, patterns } from '../../lib/paths';
import { placeRoute } from '../pageRoute';

/**
 * A quote's own path, so a quote can be shared as a page with its own title and card. Like a
 * section's, it draws nothing itself: the article route opens the article at the quote.
 */
export const quoteRoute = placeRoute('quote', patterns.quote, (article) =>
  article.quotes.map((quote) => paths.quote(article.slug, quote.id)),
);
