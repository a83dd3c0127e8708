import type { Article } from './articleSchema';

/** Every id a link may name (current or former), each to the current id it lands on. */
export type IdsByLink = {
  sections: ReadonlyMap<string, string>;
  quotes: ReadonlyMap<string, string>;
};

function linkIds(items: readonly { id: string; formerIds?: string[] | undefined }[]) {
  const ids = new Map<string, string>();
  for (const item of items) {
    ids.set(item.id, item.id);
    item.formerIds?.forEach((formerId) => ids.set(formerId, item.id));
  }
  return ids;
}

const cache = new WeakMap<Article, IdsByLink>();

/**
 * The section and quote each id leads to, former ids included, so that a link shared before a
 * subhead was reworded or two sections were merged still lands. Built once per article.
 */
export function idsByLink(article: Article): IdsByLink {
  let ids = cache.get(article);
  if (ids === undefined) {
    ids = { sections: linkIds(article.sections), quotes: linkIds(article.quotes) };
    cache.set(article, ids);
  }
  return ids;
}
