import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';

// True unless a provider says the page is being hydrated: a page rendered afresh in the browser
// (or in a test) knows the reader's device from the start.
const HydratedContext = createContext(true);

type Props = { hydrating: boolean; children: ReactNode };

/**
 * Wraps the app. While React hydrates a prerendered page (and on the server), `useHydrated` is
 * false, so everything renders as the page was prerendered; right after, it turns true in a
 * transition, so the switch to the reader's device (folds, time zone, layout) is time-sliced
 * rather than one long task.
 */
export function HydrationProvider({ hydrating, children }: Props) {
  const [hydrated, setHydrated] = useState(!hydrating);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return <HydratedContext value={hydrated}>{children}</HydratedContext>;
}

/**
 * False on the server and during hydration, true afterwards. Anything that depends on the reader's
 * device (screen width, time zone, stored choices, the URL fragment) must match the prerendered
 * HTML first, and only then switch.
 */
export function useHydrated(): boolean {
  return useContext(HydratedContext);
}
