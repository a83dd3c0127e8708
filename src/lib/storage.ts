/**
 * Reads a stored preference. Storage is untrusted (another version of the app, the reader's own
 * edits, or no storage at all in private modes), so anything unreadable counts as absent.
 */
export function readStored<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a preference; a full or forbidden storage only means it is not remembered. */
export function writeStored(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not remembering a preference is harmless.
  }
}

/**
 * Opens each storage as its first read would: that loads it from disk, which costs a phone tens
 * of milliseconds, better spent in a task of its own (`pause` ends one) than inside another.
 */
export async function openStorage(pause: () => Promise<void>): Promise<void> {
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      window[name].getItem('');
    } catch {
      // Storage forbidden: nothing to load.
    }
    await pause();
  }
}
