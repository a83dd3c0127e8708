import { useEffect, useMemo } from 'react';
import { nextTask } from '../../../lib/nextTask';
import { readStored, writeStored } from '../../../lib/storage';
import { useHydrated } from '../../../lib/useHydrated';
import type { Article } from '../model/articleSchema';
import { changesSince, recordVisit, type Change, type Visit } from '../model/changesSinceLastVisit';

const storageKey = (slug: string) => `reader:visit:${slug}`;

const isVisit = (value: unknown): value is Visit =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Visit).at === 'string' &&
  typeof (value as Visit).sections === 'object' &&
  (value as Visit).sections !== null &&
  Object.values((value as Visit).sections).every((print) => typeof print === 'string');

const NONE: ReadonlyMap<string, Change> = new Map();

/**
 * The sections whose words changed since this browser last showed the reader this story, and
 * new ones. What it keeps is a fingerprint per section in `localStorage`, never sent anywhere;
 * each visit is compared with the one before it, not with itself, so the marks stay while the
 * reader is here. A story whose slug changed keeps its readers' visits.
 */
export function useChangesSinceLastVisit(article: Article): ReadonlyMap<string, Change> {
  const hydrated = useHydrated();
  // Read once, when the page first runs in the browser (the page is keyed by the story's slug).
  const last = useMemo(
    () =>
      hydrated
        ? [article.slug, ...(article.formerSlugs ?? [])]
            .map((slug) => readStored(storageKey(slug), isVisit))
            .find((visit) => visit !== undefined)
        : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the visit before this one, once
    [hydrated],
  );
  const changes = useMemo(
    () => (last === undefined ? NONE : changesSince(last, article)),
    [last, article],
  );
  // Kept again when a long story's whole text arrives after the window its page began with.
  // Reading, recording and writing a long story's hundreds of fingerprints are a task each, after
  // whatever render this one is, none of them needed for what the reader sees.
  useEffect(() => {
    if (!hydrated) return;
    void (async () => {
      await nextTask();
      const kept = readStored(storageKey(article.slug), isVisit) ?? last;
      await nextTask();
      const visit = recordVisit(kept, article.sections, new Date().toISOString());
      await nextTask();
      writeStored(storageKey(article.slug), visit);
    })();
  }, [hydrated, article, last]);
  return changes;
}
