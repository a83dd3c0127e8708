import type { Article } from '../../src/features/articles/model/articleSchema';
import { articleFileName } from '../../src/features/articles/model/parseArticle';
import { quoted } from '../../src/lib/validation';
import { paths } from '../../src/lib/paths';
import type { LinkProblem, Move } from './publishedIds';
import { articleLanguage } from '../../src/features/articles/model/articleLanguage';

/**
 * Translations link both ways: each story a story lists as its translation exists, is in the
 * language it is listed under, and lists the story back. One problem per broken link, with the fix.
 */
export function translationProblems(articles: readonly Article[]): LinkProblem[] {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  return articles.flatMap((article) =>
    (article.translations ?? []).flatMap((translation, index): LinkProblem[] => {
      const at = {
        file: `articles/${articleFileName(article.slug)}`,
        path: `translations[${index}]`,
      };
      const other = bySlug.get(translation.slug);
      if (other === undefined) {
        return [{ ...at, message: `No story has the slug ${quoted(translation.slug)}` }];
      }
      if (articleLanguage(other) !== translation.language) {
        return [
          {
            ...at,
            message: `${quoted(translation.slug)} is in ${quoted(articleLanguage(other))}, not ${quoted(translation.language)}`,
          },
        ];
      }
      const back = (other.translations ?? []).some(
        (entry) => entry.slug === article.slug && entry.language === articleLanguage(article),
      );
      if (back) return [];
      const entry = JSON.stringify({ language: articleLanguage(article), slug: article.slug });
      return [
        {
          ...at,
          message: `${quoted(translation.slug)} does not list this story back: add ${entry} to the translations in ${articleFileName(translation.slug)}`,
        },
      ];
    }),
  );
}

/**
 * Pages for the places a story has and its translation lacks: the language switch keeps the
 * reader's section or quote, so `/articles/<translation>/<id>` must land somewhere, and lands on
 * the translation's own page.
 */
export function translationGaps(articles: readonly Article[]): Move[] {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const gaps = new Map<string, Move>();
  for (const article of articles) {
    for (const { slug } of article.translations ?? []) {
      const other = bySlug.get(slug);
      if (other === undefined) continue;
      const to = paths.article(other.slug);
      const sections = new Set(other.sections.map((section) => section.id));
      const quotes = new Set(other.quotes.map((quote) => quote.id));
      for (const { id } of article.sections) {
        const from = paths.section(other.slug, id);
        if (!sections.has(id)) gaps.set(from, { from, to });
      }
      for (const { id } of article.quotes) {
        const from = paths.quote(other.slug, id);
        if (!quotes.has(id)) gaps.set(from, { from, to });
      }
    }
  }
  return [...gaps.values()];
}
