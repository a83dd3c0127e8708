import { pageTitle } from '../../../lib/site';
import { paths } from '../../../lib/paths';
import type { Article } from './articleSchema';

const DESCRIPTION_LENGTH = 160;

/** What a page tells browsers, search engines and link previews about itself. */
export type PageMeta = {
  /** The tab's title. */
  title: string;
  /** The title a link preview shows. */
  shareTitle: string;
  description: string;
  /** Root-relative; made absolute with the site's origin. */
  path: string;
  type: 'website' | 'article';
  publishedAt?: string;
  updatedAt?: string;
  /** Search engines should leave the page out (a page that says the link is wrong). */
  noindex?: true;
};

/** The opening words of a text, cut at a word so a preview never ends mid-word. */
export function openingWords(text: string, limit = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** An article's page, or one of its sections' when `sectionId` names one (in any letter case). */
export function articleMeta(article: Article, sectionId?: string): PageMeta {
  const wanted = sectionId?.trim().toLowerCase();
  const section = article.sections.find((candidate) => candidate.id === wanted);
  const dates = {
    publishedAt: article.publishedAt,
    ...(article.updatedAt ? { updatedAt: article.updatedAt } : {}),
  };
  if (section?.title === undefined) {
    return {
      title: pageTitle(article.headline),
      shareTitle: article.headline,
      description: openingWords(article.standfirst),
      path: section ? paths.section(article.slug, section.id) : paths.article(article.slug),
      type: 'article',
      ...dates,
    };
  }
  return {
    title: pageTitle(section.title, article.headline),
    shareTitle: `${section.title} — ${article.headline}`,
    description: openingWords(section.paragraphs.join(' ')),
    path: paths.section(article.slug, section.id),
    type: 'article',
    ...dates,
  };
}
