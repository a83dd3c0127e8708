import { RESERVED_SECTION_ID_PREFIXES } from '../../../src/lib/elementIds';

/**
 * An id made of a text's first `maxWords` words: lowercase letters and digits joined by single
 * hyphens, accents taken off and apostrophes dropped ("Friday’s" gives "fridays").
 */
export function toId(text: string, maxWords = 8): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .slice(0, maxWords)
    .join('-');
}

/** `base`, or `base-2`, `base-3`… whichever is not yet taken; marks it taken. */
export function uniqueId(base: string, taken: Set<string>, fallback: string): string {
  const stem = base === '' ? fallback : base;
  let id = stem;
  for (let count = 2; taken.has(id); count += 1) id = `${stem}-${count}`;
  taken.add(id);
  return id;
}

/** A section's id from its title, clear of the prefixes quote and mention links use. */
export function sectionId(title: string, taken: Set<string>): string {
  const base = toId(title);
  const reserved = RESERVED_SECTION_ID_PREFIXES.some((prefix) => base.startsWith(prefix));
  return uniqueId(reserved ? `section-${base}` : base, taken, 'section');
}
