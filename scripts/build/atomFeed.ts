import type { Article } from '../../src/features/articles/model/articleSchema';
import { escapeMarkup } from './markup';
import { storiesFeed } from './storiesFeed';

/** `feed.atom`: the newest stories as an Atom 1.0 feed. */
export function atomFeed(articles: readonly Article[], origin: string): string {
  return storiesFeed(articles, origin, escapeMarkup).feed.atom1();
}
