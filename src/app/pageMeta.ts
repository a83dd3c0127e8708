import type { Article, ArticleIndex } from '../features/articles/model/articleSchema';
import { paths } from '../lib/paths';

const SITE_NAME = 'The Reader';
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
};

/** The opening words of a text, cut at a word so a preview never ends mid-word. */
export function openingWords(text: string, limit = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function homeMeta(index: ArticleIndex): PageMeta {
  const newest = index.articles[0];
  return {
    title: SITE_NAME,
    shareTitle: SITE_NAME,
    description: newest
      ? `${SITE_NAME}: ${newest.headline}`
      : `${SITE_NAME}: one story, read well.`,
    path: paths.home(),
    type: 'website',
  };
}

/** A story's page, or one of its sections' when `sectionId` names one. */
export function storyMeta(article: Article, sectionId?: string): PageMeta {
  const section = article.sections.find((candidate) => candidate.id === sectionId);
  const dates = {
    publishedAt: article.publishedAt,
    ...(article.updatedAt ? { updatedAt: article.updatedAt } : {}),
  };
  if (section?.title === undefined) {
    return {
      title: `${article.headline} · ${SITE_NAME}`,
      shareTitle: article.headline,
      description: openingWords(article.standfirst),
      path: section ? paths.section(article.slug, section.id) : paths.article(article.slug),
      type: 'article',
      ...dates,
    };
  }
  return {
    title: `${section.title} · ${article.headline} · ${SITE_NAME}`,
    shareTitle: `${section.title} — ${article.headline}`,
    description: openingWords(section.paragraphs.join(' ')),
    path: paths.section(article.slug, section.id),
    type: 'article',
    ...dates,
  };
}

export function notFoundMeta(): PageMeta {
  return {
    title: `Page not found · ${SITE_NAME}`,
    shareTitle: 'Page not found',
    description: 'The link may be mistyped, or the page may have moved.',
    path: '/404.html',
    type: 'website',
  };
}
