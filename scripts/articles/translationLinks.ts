import type { Article } from '../../src/features/articles/model/articleSchema';
import { articleFileName } from '../../src/features/articles/model/parseArticle';
import { quoted } from '../../src/lib/validation';
import { DEFAULT_LANGUAGE } from '../../src/lib/language';
import type { LinkProblem } from './publishedIds';

const languageOf = (article: Article) => article.language ?? DEFAULT_LANGUAGE;

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
      if (languageOf(other) !== translation.language) {
        return [
          {
            ...at,
            message: `${quoted(translation.slug)} is in ${quoted(languageOf(other))}, not ${quoted(translation.language)}`,
          },
        ];
      }
      const back = (other.translations ?? []).some(
        (entry) => entry.slug === article.slug && entry.language === languageOf(article),
      );
      if (back) return [];
      const entry = JSON.stringify({ language: languageOf(article), slug: article.slug });
      return [
        {
          ...at,
          message: `${quoted(translation.slug)} does not list this story back: add ${entry} to the translations in ${articleFileName(translation.slug)}`,
        },
      ];
    }),
  );
}
