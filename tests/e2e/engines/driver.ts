import type { Problem } from '../fixtures';

/** The browser engines the journeys run in, each through its own driver. */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

export type Viewport = { width: number; height: number };

/** A key the journeys press, alone or with a modifier, in Playwright's spelling. */
export type Chord = 'Enter' | 'Space' | 'Escape' | 'F3' | 'Control+f';

/** A chord's modifier (if any) and key. */
export function splitChord(chord: Chord): { modifier?: 'Control'; key: string } {
  const [first, second] = chord.split('+') as [string, string | undefined];
  return second === undefined ? { key: first } : { modifier: 'Control', key: second };
}

/** Sets a viewport only when its size changes; answers the size. */
export function viewportSetter(
  apply: (size: Viewport) => Promise<void>,
  initial: Viewport,
): (size: Viewport) => Promise<Viewport> {
  let current = initial;
  return async (size) => {
    if (size.width !== current.width || size.height !== current.height) {
      await apply(size);
      current = size;
    }
    return current;
  };
}

/**
 * How a driver takes the reader offline: the whole device, as the browser's own offline mode
 * does (the page is told `navigator.onLine === false`), or only the network between the browser
 * and the site, which a page cannot tell from a server that stopped answering.
 */
export type Offline = 'device' | 'network';

/** What an engine's driver can tell, and do, beyond what every driver does. */
export type DriverTraits = {
  /** Versions, as the engine reports them. */
  version: string;
  /** Whether the driver sees failed requests and HTTP errors (not only script errors). */
  seesNetwork: boolean;
  offline: Offline;
};

/**
 * The few things a journey asks of a browser, implemented once per engine (Playwright for
 * Chromium, Puppeteer over WebDriver BiDi for Firefox, WebdriverIO over classic WebDriver for
 * WebKit). Everything else (role queries, waiting, where an element is) is built on these in
 * the page itself, by `Reader`, the same way in every engine.
 */
export type Driver = {
  readonly engine: EngineName;
  readonly traits: DriverTraits;
  /** The site's origin as this browser reaches it. */
  readonly origin: string;
  /** Sets the size of the page's viewport; answers the size it got, which may differ. */
  setViewport(size: Viewport): Promise<Viewport>;
  /** Loads a path of the site and waits for its load event (a same-document fragment change waits for nothing). */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a script in the page and answers its value (JSON), awaiting it when it is a promise. */
  evaluate<T>(expression: string): Promise<T>;
  /** A real pointer's press and release at a point of the viewport, in CSS pixels. */
  click(x: number, y: number): Promise<void>;
  /** Presses a key on the focused element, as the keyboard would. */
  press(chord: Chord): Promise<void>;
  /** Cuts the reader off; answers how (see `Offline`). */
  goOffline(): Promise<Offline>;
  /** What the browser reported since the last call (console errors, page errors, failed requests). */
  takeProblems(): Promise<Problem[]>;
  screenshot(): Promise<Buffer>;
  /** Ends this reader's visit: its storage, workers and pages go with it. */
  close(): Promise<void>;
};

/** A browser launched once per worker, handing out a fresh reader to each test. */
export type Engine = {
  newReader(): Promise<Driver>;
  close(): Promise<void>;
};
