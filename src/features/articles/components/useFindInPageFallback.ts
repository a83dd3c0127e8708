import { useEffect } from 'react';

/**
 * Whether find-in-page reaches folded text: `hidden="until-found"` with its `beforematch` event
 * (Chromium 102+, Firefox 139+, the WebKitGTK 2.50 tested here; not older Firefox or Safari).
 * Asked at each search, not once.
 */
function foldedTextIsFindable(): boolean {
  return 'onbeforematch' in HTMLElement.prototype;
}

/** The keys that start or continue a search in the page: Ctrl/Cmd+F, Ctrl/Cmd+G, F3. */
export function startsSearch(event: KeyboardEvent): boolean {
  if (event.key === 'F3') return true;
  const key = event.key.toLowerCase();
  return (event.ctrlKey || event.metaKey) && !event.altKey && (key === 'f' || key === 'g');
}

/**
 * Where a browser lacks `hidden="until-found"`, folded text is plainly hidden and find-in-page
 * cannot reach it. When the reader starts a search there, every section is opened for this visit
 * (`reveal`: shown, not stored as the reader's choice), so the search reaches all of the text.
 */
export function useFindInPageFallback(
  sectionIds: readonly string[],
  reveal: (sectionId: string) => void,
): void {
  useEffect(() => {
    const opened = (event: KeyboardEvent) => {
      if (!startsSearch(event) || foldedTextIsFindable()) return;
      for (const sectionId of sectionIds) reveal(sectionId);
    };
    window.addEventListener('keydown', opened, true);
    return () => window.removeEventListener('keydown', opened, true);
  }, [reveal, sectionIds]);
}
