import { useCallback, useMemo, useState } from 'react';
import { readStored, writeStored } from '../../../lib/storage';
import { useHydrated } from '../../../lib/useHydrated';

/** Which sections the reader opened (true) or folded (false), by id. */
const isStoredStates = (value: unknown): value is Record<string, boolean> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((expanded) => typeof expanded === 'boolean');

/** Wide screens show the whole article; phones start folded so the outline fits a screen. */
export const EXPANDED_BY_DEFAULT_QUERY = '(min-width: 48rem)';

const storageKey = (slug: string) => `reader:sections:${slug}`;

function defaultExpanded(): boolean {
  return typeof window === 'undefined' || typeof window.matchMedia !== 'function'
    ? true
    : window.matchMedia(EXPANDED_BY_DEFAULT_QUERY).matches;
}

export type SectionDisclosure = {
  isExpanded: (sectionId: string) => boolean;
  /** The reader's own choice: remembered across reloads. */
  setExpanded: (sectionId: string, expanded: boolean) => void;
  setAll: (expanded: boolean) => void;
  /** Opened by a link, a search or the sidebar: shown now, but not remembered as a choice. */
  reveal: (sectionId: string) => void;
  allExpanded: boolean;
  allCollapsed: boolean;
};

/**
 * Which of an article's collapsible sections are open. Defaults depend on the screen; the reader's
 * toggles are stored per article in localStorage, never in the URL or history.
 */
export function useSectionDisclosure(
  slug: string,
  sectionIds: readonly string[],
  initiallyRevealed?: string,
): SectionDisclosure {
  // Prerendered pages show every section open (they must read without script), so hydration
  // starts from that; the screen's default and stored choices apply right after (and storage is
  // read only then: its first read costs a phone a few milliseconds).
  const hydrated = useHydrated();
  const device = useMemo(
    () =>
      hydrated
        ? {
            fallback: defaultExpanded(),
            stored: readStored(storageKey(slug), isStoredStates) ?? {},
          }
        : undefined,
    [hydrated, slug],
  );
  // What changed during this visit: the reader's toggles, and sections opened by links.
  const [changes, setChanges] = useState<Record<string, boolean>>(() =>
    initiallyRevealed === undefined ? {} : { [initiallyRevealed]: true },
  );

  const remember = useCallback(
    (next: Record<string, boolean>) => {
      const stored = readStored(storageKey(slug), isStoredStates) ?? {};
      writeStored(storageKey(slug), { ...stored, ...next });
    },
    [slug],
  );

  const setExpanded = useCallback(
    (sectionId: string, expanded: boolean) => {
      setChanges((current) => ({ ...current, [sectionId]: expanded }));
      remember({ [sectionId]: expanded });
    },
    [remember],
  );

  const setAll = useCallback(
    (expanded: boolean) => {
      const next = Object.fromEntries(sectionIds.map((id) => [id, expanded]));
      setChanges(next);
      remember(next);
    },
    [remember, sectionIds],
  );

  const reveal = useCallback((sectionId: string) => {
    setChanges((current) => (current[sectionId] ? current : { ...current, [sectionId]: true }));
  }, []);

  return useMemo(() => {
    const isExpanded = (sectionId: string) =>
      device === undefined || (changes[sectionId] ?? device.stored[sectionId] ?? device.fallback);
    const values = sectionIds.map(isExpanded);
    return {
      isExpanded,
      setExpanded,
      setAll,
      reveal,
      allExpanded: values.every(Boolean),
      allCollapsed: values.every((value) => !value),
    };
  }, [changes, device, reveal, sectionIds, setAll, setExpanded]);
}
