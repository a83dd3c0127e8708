import { z } from 'zod/mini';
import type { Article } from '../../src/features/articles/model/articleSchema';
import { idsByLink } from '../../src/features/articles/model/formerIds';
import { ID_PATTERN } from '../../src/features/articles/model/ids';
import { articleFileName, parseArticle } from '../../src/features/articles/model/parseArticle';
import { paths } from '../../src/lib/paths';
import { parseWith, quoted, type ParseResult } from '../../src/lib/validation';
import { translationProblems } from './translationLinks';

/**
 * Every id the site has published, so that no link a reader shared can die: the build adds to it,
 * editors commit it like a lockfile, and `npm run validate` fails when a recorded id has no
 * successor. It sits in the public folder, beside `articles/`.
 */
export const PUBLISHED_IDS_FILE = 'published-ids.json';

const id = z.string().check(z.regex(ID_PATTERN, 'Expected an id'));
const PublishedIdsSchema = z.strictObject({
  $comment: z.optional(z.string()),
  articles: z.record(id, z.strictObject({ sections: z.array(id), quotes: z.array(id) })),
});

/** The ids published for each slug, as the file holds them. */
export type PublishedIds = z.output<typeof PublishedIdsSchema>['articles'];

const COMMENT =
  'Written by npm run build: every story, section and quote id ever published. Commit it. ' +
  'npm run validate fails when one of them is gone and no formerIds or formerSlugs claim it.';

export function parsePublishedIds(json: unknown): ParseResult<PublishedIds> {
  const parsed = parseWith(PublishedIdsSchema, json);
  return parsed.ok ? { ok: true, value: parsed.value.articles } : parsed;
}

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** What was published before, with what `articles` publish now added; nothing is ever removed. */
export function recordPublished(
  previous: PublishedIds,
  articles: readonly Article[],
): PublishedIds {
  const next: PublishedIds = { ...previous };
  for (const article of articles) {
    const before = next[article.slug];
    next[article.slug] = {
      sections: sorted([...(before?.sections ?? []), ...article.sections.map((s) => s.id)]),
      quotes: sorted([...(before?.quotes ?? []), ...article.quotes.map((q) => q.id)]),
    };
  }
  return Object.fromEntries(
    Object.keys(next)
      .sort()
      .map((slug) => [slug, next[slug]!]),
  );
}

/** The file's text: stable, so that a build that publishes nothing new leaves it as it was. */
export function serializePublishedIds(ids: PublishedIds): string {
  return `${JSON.stringify({ $comment: COMMENT, articles: ids }, null, 2)}\n`;
}

/** An old address and the current one it leads to. */
export type Move = { from: string; to: string };

/** A problem with published links: the file (in the public folder), where in it, and the fix. */
export type LinkProblem = { file: string; path: string; message: string };

/** The story a published slug leads to now: the one with that slug, or the one that claims it. */
function storyFor(slug: string, articles: readonly Article[]): Article | undefined {
  return (
    articles.find((article) => article.slug === slug) ??
    articles.find((article) => article.formerSlugs?.includes(slug))
  );
}

/**
 * Where every published address leads now. `moves` are the addresses whose slug or id changed,
 * each with its successor; `lost` are the ids with none, each with a line saying how to fix it.
 */
export function successors(
  published: PublishedIds,
  articles: readonly Article[],
): { moves: Move[]; lost: LinkProblem[] } {
  const moves: Move[] = [];
  const lost: LinkProblem[] = [];
  for (const [slug, ids] of Object.entries(published)) {
    const article = storyFor(slug, articles);
    if (article === undefined) {
      lost.push({
        file: PUBLISHED_IDS_FILE,
        path: `articles.${slug}`,
        message: `Story ${quoted(slug)} was published and no story has that slug: add "formerSlugs": [${quoted(slug)}] to the story that replaces it (delete its entry here only if it was never published)`,
      });
      continue;
    }
    const file = `public/articles/${articleFileName(article.slug)}`;
    const links = idsByLink(article);
    if (slug !== article.slug) {
      moves.push({ from: paths.article(slug), to: paths.article(article.slug) });
    }
    const kinds = [
      { key: 'sections', what: 'section', current: links.sections, path: paths.section },
      { key: 'quotes', what: 'quote', current: links.quotes, path: paths.quote },
    ] as const;
    for (const { key, what, current, path } of kinds) {
      for (const oldId of ids[key]) {
        const now = current.get(oldId);
        if (now === undefined) {
          lost.push({
            file: PUBLISHED_IDS_FILE,
            path: `articles.${slug}.${key}`,
            message: `The ${what} ${quoted(oldId)} of ${quoted(slug)} was published and no ${what} has that id: add "formerIds": [${quoted(oldId)}] to the ${what} in ${file} that replaces it`,
          });
        } else if (slug !== article.slug || now !== oldId) {
          moves.push({ from: path(slug, oldId), to: path(article.slug, now) });
        }
      }
    }
  }
  return { moves, lost };
}

/**
 * Slugs claimed in a way that would make a link ambiguous: a former slug that is another story's
 * slug, or one that two stories claim.
 */
export function slugClaimProblems(articles: readonly Article[]): LinkProblem[] {
  const slugs = new Set(articles.map((article) => article.slug));
  const claimedBy = new Map<string, string>();
  const problems: LinkProblem[] = [];
  for (const article of articles) {
    for (const formerSlug of article.formerSlugs ?? []) {
      const other = claimedBy.get(formerSlug);
      if (slugs.has(formerSlug) || other !== undefined) {
        problems.push({
          file: `articles/${articleFileName(article.slug)}`,
          path: 'formerSlugs',
          message: slugs.has(formerSlug)
            ? `Former slug ${quoted(formerSlug)} is the slug of a current story`
            : `Former slug ${quoted(formerSlug)} is claimed by ${quoted(other ?? '')} too: a link can lead to only one story`,
        });
      } else claimedBy.set(formerSlug, article.slug);
    }
  }
  return problems;
}

/** The articles among a folder's files that parse; the others' problems are validate's to report. */
function readableArticles(files: Record<string, string>): Article[] {
  return Object.values(files).flatMap((text) => {
    try {
      const parsed = parseArticle(JSON.parse(text));
      return parsed.ok ? [parsed.value] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Every link between stories checked against the articles as they stand (`articleFiles`: each
 * file's text by name): each published id must still lead somewhere, no slug be claimed twice,
 * and translations list each other.
 */
export function validatePublishedLinks(
  publishedText: string | undefined,
  articleFiles: Record<string, string>,
): LinkProblem[] {
  const articles = readableArticles(articleFiles);
  const claims = [...slugClaimProblems(articles), ...translationProblems(articles)];
  if (publishedText === undefined) return claims;
  let json: unknown;
  try {
    json = JSON.parse(publishedText);
  } catch (error) {
    return [
      { file: PUBLISHED_IDS_FILE, path: '(root)', message: `Not valid JSON: ${String(error)}` },
    ];
  }
  const published = parsePublishedIds(json);
  if (!published.ok) {
    return published.problems.map((problem) => ({ file: PUBLISHED_IDS_FILE, ...problem }));
  }
  return [...claims, ...successors(published.value, articles).lost];
}
