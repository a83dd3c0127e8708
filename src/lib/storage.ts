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
 * Opens both storages once, as the first read of each would: it loads them from disk, which
 * costs a phone tens of milliseconds, better spent in a task of its own than inside another.
 */
export function warmStorage(): void {
  try {
    window.localStorage.getItem('');
    window.sessionStorage.getItem('');
  } catch {
    // Storage forbidden: nothing to load.
  }
}
