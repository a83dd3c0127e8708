import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and during hydration, true afterwards. Anything that depends on the reader's
 * device (screen width, time zone, stored choices) must match the prerendered HTML first, and
 * only then switch; React re-renders once when this flips.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
