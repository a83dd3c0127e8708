import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { afterNextPaint } from '../../../lib/afterNextPaint';
import { elementIds } from '../../../lib/elementIds';
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

/**
 * Expand all and Collapse all change this many sections, from the one at the top of the screen,
 * in the frame that answers the click: enough to fill a phone's screen, which a few open sections
 * do and folded ones take a dozen headings to.
 */
const FIRST_BATCH = { expanding: 6, collapsing: 16 };
/** Then the rest, nearest first, this many in each render and commit, each in a task of its own. */
const BATCH = 40;

const storageKey = (slug: string) => `reader:sections:${slug}`;

function defaultExpanded(): boolean {
  return typeof window === 'undefined' || typeof window.matchMedia !== 'function'
    ? true
    : window.matchMedia(EXPANDED_BY_DEFAULT_QUERY).matches;
}

/**
 * Where among `ids` (in the page's order) the screen begins: the first drawn section whose bottom
 * is below the top of the screen, found by halving (a long story's sections are hundreds).
 */
function indexAtTopOfScreen(ids: readonly string[]): number {
  const drawn = ids.flatMap((id, index) => {
    const element = document.getElementById(elementIds.section(id));
    return element ? [{ element, index }] : [];
  });
  let [low, high] = [0, drawn.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (drawn[middle]!.element.getBoundingClientRect().bottom > 0) high = middle;
    else low = middle + 1;
  }
  return drawn[Math.min(low, drawn.length - 1)]?.index ?? 0;
}

/** `ids` from the one at `start` outwards, the screen's (below it) before the rest. */
function nearestFirst(ids: readonly string[], start: number): string[] {
  const distance = (index: number) => (index >= start ? index - start : (start - index) * 2);
  return ids
    .map((id, index) => ({ id, distance: distance(index) }))
    .sort((a, b) => a.distance - b.distance)
    .map(({ id }) => id);
}

/** Expand all or Collapse all while it is still being applied, batch by batch. */
type SettingAll = { expanded: boolean; batches: readonly (readonly string[])[] };

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
  const [settingAll, setSettingAll] = useState<SettingAll>();
  // The last Expand all or Collapse all, and the sections there were then: those that arrive
  // after it (a long story's rest, fetched after its window) follow it too.
  const [lastAll, setLastAll] = useState<{ expanded: boolean; known: ReadonlySet<string> }>();
  // Sections the reader changed while Expand all or Collapse all was under way: theirs stands.
  const changedMeanwhile = useRef(new Set<string>());

  // Written after the frame that shows the change (storage is synchronous, and slow on a phone),
  // or as the page leaves the story or is left, whichever comes first.
  const unsaved = useRef<{ key: string; states: Record<string, boolean> }>(undefined);
  const save = useCallback(() => {
    const next = unsaved.current;
    if (next === undefined) return;
    unsaved.current = undefined;
    writeStored(next.key, { ...readStored(next.key, isStoredStates), ...next.states });
  }, []);
  useEffect(() => save, [save, slug]);
  // A reload or a link away in the meantime must not lose it: React unmounts nothing then.
  useEffect(() => {
    window.addEventListener('pagehide', save);
    return () => window.removeEventListener('pagehide', save);
  }, [save]);
  const remember = useCallback(
    (states: Record<string, boolean>) => {
      const key = storageKey(slug);
      if (unsaved.current?.key !== key) {
        save();
        unsaved.current = { key, states: {} };
        afterNextPaint(save);
      }
      unsaved.current.states = { ...unsaved.current.states, ...states };
    },
    [save, slug],
  );

  const setExpanded = useCallback(
    (sectionId: string, expanded: boolean) => {
      changedMeanwhile.current.add(sectionId);
      setChanges((current) => ({ ...current, [sectionId]: expanded }));
      remember({ [sectionId]: expanded });
    },
    [remember],
  );

  const apply = useCallback((ids: readonly string[], expanded: boolean) => {
    setChanges((current) => {
      const next = { ...current };
      for (const id of ids) if (!changedMeanwhile.current.has(id)) next[id] = expanded;
      return next;
    });
  }, []);

  // The sections on screen change at once; the rest follow in time-sliced renders, so that a
  // long story's hundreds of sections never make one long task of the click.
  const setAll = useCallback(
    (expanded: boolean) => {
      changedMeanwhile.current = new Set();
      const [first = [], ...rest] = chunks(
        nearestFirst(sectionIds, indexAtTopOfScreen(sectionIds)),
        expanded ? FIRST_BATCH.expanding : FIRST_BATCH.collapsing,
        BATCH,
      );
      apply(first, expanded);
      setSettingAll(rest.length > 0 ? { expanded, batches: rest } : undefined);
      setLastAll({ expanded, known: new Set(sectionIds) });
      remember(Object.fromEntries(sectionIds.map((id) => [id, expanded])));
    },
    [apply, remember, sectionIds],
  );

  useEffect(() => {
    if (lastAll === undefined) return;
    const arrived = sectionIds.filter((id) => !lastAll.known.has(id));
    if (arrived.length > 0)
      remember(Object.fromEntries(arrived.map((id) => [id, lastAll.expanded])));
  }, [lastAll, remember, sectionIds]);

  // Each batch after the previous one has been drawn, in a task of its own.
  useEffect(() => {
    if (settingAll === undefined) return;
    const timer = setTimeout(() => {
      const [batch = [], ...rest] = settingAll.batches;
      startTransition(() => {
        apply(batch, settingAll.expanded);
        setSettingAll(rest.length > 0 ? { ...settingAll, batches: rest } : undefined);
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [apply, settingAll]);

  const reveal = useCallback((sectionId: string) => {
    changedMeanwhile.current.add(sectionId);
    setChanges((current) => (current[sectionId] ? current : { ...current, [sectionId]: true }));
  }, []);

  return useMemo(() => {
    const afterAll = (sectionId: string) =>
      lastAll === undefined || lastAll.known.has(sectionId) ? undefined : lastAll.expanded;
    const isExpanded = (sectionId: string) =>
      device === undefined ||
      (changes[sectionId] ?? afterAll(sectionId) ?? device.stored[sectionId] ?? device.fallback);
    const values = sectionIds.map(isExpanded);
    return {
      isExpanded,
      setExpanded,
      setAll,
      reveal,
      // What the reader asked for, while it is still being applied.
      allExpanded: settingAll ? settingAll.expanded : values.every(Boolean),
      allCollapsed: settingAll ? !settingAll.expanded : values.every((value) => !value),
    };
  }, [changes, device, lastAll, reveal, sectionIds, setAll, setExpanded, settingAll]);
}

/** `items` in runs: the first `first` long, the others `size`. */
function chunks<T>(items: readonly T[], first: number, size: number): T[][] {
  const runs = [items.slice(0, first)];
  for (let at = first; at < items.length; at += size) runs.push(items.slice(at, at + size));
  return runs;
}
