import type { Steps } from '../../../lib/steps';
import type { Article, Section, Update } from './articleSchema';

/** What the browser keeps of a visit: when it was, and a fingerprint of each section shown. */
export type Visit = { at: string; sections: Record<string, string> };

const fingerprints = new WeakMap<Section, string>();

/**
 * A short fingerprint of a section's text (FNV-1a, 32 bits): enough to tell that its paragraphs
 * changed, never the text itself. The subhead is left out: rewording it (and its id with it)
 * changes nothing the reader has not read.
 */
export function sectionFingerprint(section: Section): string {
  const known = fingerprints.get(section);
  if (known !== undefined) return known;
  let hash = 0x811c9dc5;
  const text = section.paragraphs.join('\n');
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  const fingerprint = (hash >>> 0).toString(36);
  fingerprints.set(section, fingerprint);
  return fingerprint;
}

/** Fingerprints each section ahead of need, one section a step (see lib/steps). */
export function* fingerprintSteps(sections: readonly Section[]): Steps<void> {
  for (const section of sections) {
    sectionFingerprint(section);
    yield;
  }
}

/** The visit now, to keep for the next: the fingerprints of `sections` added to those kept. */
export function recordVisit(
  kept: Visit | undefined,
  sections: readonly Section[],
  at: string,
): Visit {
  const fingerprints = Object.fromEntries(sections.map((s) => [s.id, sectionFingerprint(s)]));
  return { at, sections: { ...kept?.sections, ...fingerprints } };
}

/** A section changed since the last visit, with the latest update that concerns it, if any. */
export type Change = { update?: Update | undefined };

const time = (iso: string) => new Date(iso).getTime();

/**
 * The sections of `article` whose text changed since `last` (or that are new), by id. A first
 * visit (no `last`) has none; a section whose id changed but whose words did not is unchanged.
 */
export function changesSince(last: Visit | undefined, article: Article): Map<string, Change> {
  const changes = new Map<string, Change>();
  if (last === undefined) return changes;
  const seen = new Set(Object.values(last.sections));
  const since = time(last.at);
  for (const section of article.sections) {
    if (seen.has(sectionFingerprint(section))) continue;
    const update = (article.updates ?? [])
      .filter((u) => u.sectionIds?.includes(section.id) && time(u.at) > since)
      .reduce<Update | undefined>(
        (latest, u) => (latest && time(latest.at) >= time(u.at) ? latest : u),
        undefined,
      );
    changes.set(section.id, { update });
  }
  return changes;
}
