import { Feed } from 'feed';
import type { Article, Update } from '../../src/features/articles/model/articleSchema';
import {
  FEED_SIZE,
  feedEntry,
  type FeedEntry,
} from '../../src/features/articles/model/syndication';
import { paths, siteFiles } from '../../src/lib/paths';
import { DEFAULT_LANGUAGE } from '../../src/lib/language';
import { SITE_LOGO, SITE_NAME } from '../../src/lib/site';
import { escapeMarkup } from './markup';

const UPDATE_LABELS: Record<Update['kind'], string> = {
  update: 'Update',
  correction: 'Correction',
};

/** An entry's content: its summary, then what was updated or corrected since, newest first. */
function entryHtml(entry: FeedEntry): string {
  const summary = `<p>${escapeMarkup(entry.summary)}</p>`;
  if (entry.updates.length === 0) return summary;
  const updates = entry.updates.map(
    (update) =>
      `<li><strong>${UPDATE_LABELS[update.kind]}</strong>, <time datetime="${escapeMarkup(update.at)}">${escapeMarkup(update.at)}</time>: ${escapeMarkup(update.text)}</li>`,
  );
  return `${summary}<p>What changed since it was published:</p><ul>${updates.join('')}</ul>`;
}

/**
 * The feed of the newest stories (`articles` come newest first), for the Atom and JSON writers.
 * `text` prepares plain text for where the format wants it: Atom's titles and summaries are
 * HTML, JSON Feed's plain.
 */
export function storiesFeed(
  articles: readonly Article[],
  origin: string,
  text: (plain: string) => string,
): { feed: Feed; entries: FeedEntry[] } {
  const url = (path: string) => new URL(path, origin).href;
  const entries = articles.slice(0, FEED_SIZE).map(feedEntry);
  const updated = Math.max(0, ...entries.map((entry) => Date.parse(entry.updatedAt)));
  const feed = new Feed({
    id: url(paths.home()),
    title: SITE_NAME,
    description: `The newest stories from ${SITE_NAME}`,
    link: url(paths.home()),
    // The site's own language; each entry says its story's.
    language: DEFAULT_LANGUAGE,
    image: url(SITE_LOGO.path),
    favicon: url(SITE_LOGO.path),
    author: { name: SITE_NAME, link: url(paths.home()) },
    updated: new Date(updated),
    feedLinks: { atom: url(siteFiles.atomFeed), json: url(siteFiles.jsonFeed) },
    // No generator line: the files then change only when the stories do.
    generator: false,
  });
  for (const entry of entries) {
    feed.addItem({
      id: url(entry.path),
      link: url(entry.path),
      title: text(entry.title),
      description: text(entry.summary),
      content: entryHtml(entry),
      author: [{ name: entry.author }],
      published: new Date(entry.publishedAt),
      date: new Date(entry.updatedAt),
    });
  }
  return { feed, entries };
}
