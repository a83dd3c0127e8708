import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as TestingLibrary from '@testing-library/dom';
import { whereOnScreen } from '../article';
import type { Chord, Driver, Viewport } from './driver';

/**
 * The journeys' view of a page, the same in every engine: role-and-name queries answered by
 * `@testing-library/dom` inside the page (injected by the driver, which its page's CSP does not
 * govern), clicks at the middle of what a reader sees, and reads that say what they found.
 */

/** A place to look, by role and accessible name (as a reader finds it) or by a link's fragment id. */
export type Selector =
  | {
      by: 'role';
      role: string;
      name?: TextMatch | undefined;
      level?: number | undefined;
      /** Only the match at this index, in document order. */
      nth?: number;
      within?: Selector;
    }
  | { by: 'id'; id: string; within?: Selector };
type TextMatch = { text: string } | { pattern: string; flags: string };
export type RoleOptions = { name?: string | RegExp; level?: number };

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 390, height: 844 };

/** How long an action waits for its element to be there and free to press. */
const ACTION_MS = 20_000;

const library = readFileSync(
  createRequire(import.meta.url).resolve(
    '@testing-library/dom/dist/@testing-library/dom.umd.min.js',
  ),
  'utf8',
);

/**
 * Runs in the page: every element a selector matches, or null when the query library is not
 * there yet (a new document). Self-contained: it is sent as source.
 */
function matchAll(selector: Selector): Element[] | null {
  const dom = (globalThis as { TestingLibraryDom?: typeof TestingLibrary }).TestingLibraryDom;
  if (dom === undefined) return null;
  const search = (current: Selector): Element[] => {
    const outer = current.within ? search(current.within) : [document.body];
    // Like a strict locator: looking inside something ambiguous finds nothing.
    const root = outer.length === 1 ? outer[0] : undefined;
    if (root === undefined) return [];
    if (current.by === 'id') return [...root.querySelectorAll(`#${CSS.escape(current.id)}`)];
    const name =
      current.name === undefined
        ? undefined
        : 'text' in current.name
          ? current.name.text
          : new RegExp(current.name.pattern, current.name.flags);
    const matches = dom.queries.queryAllByRole(root as HTMLElement, current.role, {
      ...(name === undefined ? {} : { name }),
      ...(current.level === undefined ? {} : { level: current.level }),
    });
    return current.nth === undefined ? matches : matches.slice(current.nth, current.nth + 1);
  };
  return search(selector);
}

function describeSelector(selector: Selector): string {
  const own =
    selector.by === 'id'
      ? `#${selector.id}`
      : `${selector.role}${
          selector.name === undefined
            ? ''
            : 'text' in selector.name
              ? ` "${selector.name.text}"`
              : ` /${selector.name.pattern}/`
        }${selector.nth === undefined ? '' : ` #${selector.nth}`}`;
  return selector.within ? `${own} in ${describeSelector(selector.within)}` : own;
}

/** Runs in the page: the middle of the element, scrolled to if need be, when a press there reaches it. */
function pressPoint(element: Element): { x: number; y: number } | string {
  const point = () => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return 'it has no size (hidden?)';
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (hit !== null && (hit === element || element.contains(hit))) return { x, y };
    return `a press there reaches ${hit ? `${hit.tagName.toLowerCase()}.${String(hit.className)}` : 'nothing'}`;
  };
  const first = point();
  if (typeof first !== 'string') return first;
  // Instant: the page scrolls smoothly, and a press must not land where the element was.
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  return point();
}

/** Runs in the page: visible as Playwright counts it (a box, and not `visibility: hidden`). */
function visibility(element: Element): 'visible' | 'hidden' {
  const box = element.getBoundingClientRect();
  return box.width > 0 &&
    box.height > 0 &&
    element.checkVisibility({ visibilityProperty: true, opacityProperty: false })
    ? 'visible'
    : 'hidden';
}

/** A short description of the element that has focus, for reads that say where it went. */
function focusedElement(): string {
  const element = document.activeElement;
  if (element === null || element === document.body) return 'nothing';
  const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
  return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${label.trim().slice(0, 60)}"`;
}

/** What a query answers: the value, or how many elements matched when that was not one. */
type Answer<T> = { count: number } | { value: T };

/** Something on the page, found afresh by each call (as a Playwright locator is). */
export class Found {
  constructor(
    private readonly reader: Reader,
    readonly selector: Selector,
  ) {}

  getByRole(role: string, options: RoleOptions = {}): Found {
    return new Found(this.reader, { ...roleSelector(role, options), within: this.selector });
  }

  /** The match at this index (in document order) of a role query. */
  nth(index: number): Found {
    if (this.selector.by !== 'role') throw new Error('nth() is for role queries');
    return new Found(this.reader, { ...this.selector, nth: index });
  }

  toString(): string {
    return describeSelector(this.selector);
  }

  /** Runs `fn` on the one element found, answering `missing` when there is not exactly one. */
  private async withElement<T, A, M>(
    fn: ((element: Element, arg: A) => T) | string,
    arg: A,
    missing: (count: number) => M,
  ): Promise<Awaited<T> | M> {
    const answer = await this.reader.query<Awaited<T>>(
      this.selector,
      `async (elements, arg) => elements.length === 1 ? { value: await (${String(fn)})(elements[0], arg) } : { count: elements.length }`,
      arg,
    );
    return 'value' in answer ? answer.value : missing(answer.count);
  }

  private missing(count: number): string {
    return count === 0 ? `(no ${String(this)})` : `(${count} elements are ${String(this)})`;
  }

  /** Runs a function on the element; throws when there is not exactly one. */
  async evaluate<T, A = undefined>(fn: (element: Element, arg: A) => T, arg?: A): Promise<T> {
    return this.withElement(fn, arg as A, (count) => {
      throw new Error(`Expected one element, found ${this.missing(count)}`);
    }) as Promise<T>;
  }

  /** The attribute's value, null when it is absent, or a note in brackets when the element is. */
  attribute(name: string): Promise<string | null> {
    return this.withElement(
      (element, attribute) => element.getAttribute(attribute),
      name,
      (count) => this.missing(count),
    );
  }

  text(): Promise<string> {
    return this.withElement(
      (element) => element.textContent ?? '',
      undefined,
      (count) => this.missing(count),
    );
  }

  /** `'focused'`, or where focus is instead. */
  focus(): Promise<string> {
    return this.withElement<string, undefined, string>(
      `(element) => element === document.activeElement ? 'focused' : 'focus is on ' + (${String(focusedElement)})()`,
      undefined,
      (count) => this.missing(count),
    );
  }

  /** `'in view'`, or why not (see `whereOnScreen`). */
  place(): Promise<string> {
    return this.withElement(whereOnScreen, undefined, (count) => this.missing(count));
  }

  /** `'visible'` or `'hidden'`; nothing there is hidden, as for Playwright's toBeHidden. */
  visibility(): Promise<'visible' | 'hidden' | string> {
    return this.withElement(visibility, undefined, (count) =>
      count === 0 ? 'hidden' : this.missing(count),
    );
  }

  async count(): Promise<number> {
    const answer = await this.reader.query<number>(
      this.selector,
      '(elements) => ({ value: elements.length })',
      undefined,
    );
    return 'value' in answer ? answer.value : 0;
  }

  /** The text of every element found, in document order. */
  async texts(): Promise<string[]> {
    const answer = await this.reader.query<string[]>(
      this.selector,
      "(elements) => ({ value: elements.map((element) => element.textContent ?? '') })",
      undefined,
    );
    return 'value' in answer ? answer.value : [];
  }

  /** A real pointer's click at the element's middle, once it is there and nothing covers it. */
  async click(): Promise<void> {
    const deadline = Date.now() + ACTION_MS;
    let last = '';
    while (Date.now() < deadline) {
      const point = await this.withElement(pressPoint, undefined, (count) => this.missing(count));
      if (typeof point !== 'string') return this.reader.driver.click(point.x, point.y);
      last = point;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Could not click ${String(this)}: ${last}`);
  }

  /** Moves focus to the element, as a script or a Tab would. */
  async focusIt(): Promise<void> {
    await this.evaluate((element) => (element as HTMLElement).focus());
  }
}

function roleSelector(role: string, { name, level }: RoleOptions): Selector {
  return {
    by: 'role',
    role,
    level,
    name:
      name === undefined
        ? undefined
        : typeof name === 'string'
          ? { text: name }
          : { pattern: name.source, flags: name.flags },
  };
}

/** A reader in one engine: its driver, and the page as the journeys ask about it. */
export class Reader {
  viewport: Viewport = DESKTOP;

  constructor(readonly driver: Driver) {}

  getByRole(role: string, options: RoleOptions = {}): Found {
    return new Found(this, roleSelector(role, options));
  }

  /** An element by the id a link's fragment names (`#quote-…`, a section's content). */
  getById(id: string): Found {
    return new Found(this, { by: 'id', id });
  }

  /** Goes to a path at a viewport size; the size the engine gave is kept in `viewport`. */
  async open(path: string, size: Viewport = DESKTOP): Promise<void> {
    this.viewport = await this.driver.setViewport(size);
    await this.driver.goto(path);
  }

  goto(path: string): Promise<void> {
    return this.driver.goto(path);
  }

  reload(): Promise<void> {
    return this.driver.reload();
  }

  press(chord: Chord): Promise<void> {
    return this.driver.press(chord);
  }

  /** Runs a function in the page (sent as source: it may use nothing from around it). */
  evaluate<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<Awaited<T>> {
    return this.driver.evaluate<Awaited<T>>(`(${String(fn)})(${serialize(arg)})`);
  }

  /** Runs an operation on what a selector matches, bringing the query library into a new page first. */
  async query<T>(selector: Selector, operation: string, arg: unknown): Promise<Answer<T>> {
    const script = `(async () => {
      const elements = (${String(matchAll)})(${JSON.stringify(selector)});
      return elements === null ? { library: false } : (${operation})(elements, ${serialize(arg)});
    })()`;
    const answer = await this.driver.evaluate<Answer<T> | { library: false }>(script);
    if (!('library' in answer)) return answer;
    await this.driver.evaluate(`(() => {\n${library}\n})()`);
    const again = await this.driver.evaluate<Answer<T> | { library: false }>(script);
    if ('library' in again) throw new Error('@testing-library/dom did not load in the page');
    return again;
  }
}

const serialize = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value));
