import { paths } from '../../../lib/paths';
import type { Article } from './articleSchema';
import { articleLanguage } from './articleLanguage';

/** A page's counterpart in a language: `hreflang` and where it is. */
export type Alternate = { language: string; path: string };

/** Where a place in the story is: the story itself, one of its sections, or one of its quotes. */
export type Place = { sectionId?: string | undefined; quoteId?: string | undefined };

/**
 * The page for `place` in each language the story is written in, itself included: the same
 * section or quote where the translation has it, else the translation's own page.
 */
export function alternates(
  article: Article,
  stories: readonly Article[],
  place: Place,
): Alternate[] {
  // Looked up one by one: this runs for every page the build writes, and few stories are translated.
  const counterparts = [
    article,
    ...(article.translations ?? []).flatMap(
      ({ slug }) => stories.find((story) => story.slug === slug) ?? [],
    ),
  ];
  return counterparts.map((story) => ({
    language: articleLanguage(story),
    path: placeIn(story, place),
  }));
}

function placeIn(story: Article, { sectionId, quoteId }: Place): string {
  if (quoteId !== undefined && story.quotes.some((quote) => quote.id === quoteId)) {
    return paths.quote(story.slug, quoteId);
  }
  if (sectionId !== undefined && story.sections.some((section) => section.id === sectionId)) {
    return paths.section(story.slug, sectionId);
  }
  return paths.article(story.slug);
}
