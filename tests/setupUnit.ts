import { afterEach, beforeAll, vi } from 'vitest';
import { loadMessages } from '../src/lib/i18n/messages';

// The model's functions take the reader's words; load English once, as the app does.
beforeAll(async () => {
  await loadMessages('en');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
