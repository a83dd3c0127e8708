import type { Article } from '../../src/features/articles/model/articleSchema';
import { storiesFeed } from './storiesFeed';

const VERSION = 'https://jsonfeed.org/version/1.1';

type JsonFeed1 = { author?: object; items: ({ author?: object } & Record<string, unknown>)[] };

/**
 * `feed.json`: the newest stories as a JSON Feed 1.1. `feed` writes version 1, whose every
 * field 1.1 keeps; 1.1 lists `authors` where 1 had one `author`, and adds `language`.
 */
export function jsonFeed(articles: readonly Article[], origin: string): string {
  const { feed, entries } = storiesFeed(articles, origin, (plain) => plain);
  const { author, items, ...rest } = JSON.parse(feed.json1()) as JsonFeed1;
  return `${JSON.stringify(
    {
      ...rest,
      version: VERSION,
      language: feed.options.language,
      ...(author ? { authors: [author] } : {}),
      items: items.map(({ author: by, ...item }, index) => ({
        ...item,
        ...(by ? { authors: [by] } : {}),
        language: entries[index]?.language,
      })),
    },
    null,
    2,
  )}\n`;
}
