import type { Article, Update } from './articleSchema';

/** When a story last changed: its latest update, or its publication. */
export const lastModified = (article: Pick<Article, 'publishedAt' | 'updatedAt'>): string =>
  article.updatedAt ?? article.publishedAt;

/** The corrections that concern each section, oldest first, by section id. */
export function correctionsBySection(article: Article): Map<string, Update[]> {
  const bySection = new Map<string, Update[]>();
  const corrections = (article.updates ?? [])
    .filter((update) => update.kind === 'correction')
    .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  for (const correction of corrections) {
    for (const sectionId of correction.sectionIds ?? []) {
      bySection.set(sectionId, [...(bySection.get(sectionId) ?? []), correction]);
    }
  }
  return bySection;
}
