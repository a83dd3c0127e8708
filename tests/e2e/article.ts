import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { elementIds } from '../../src/lib/elementIds';
import { expect, type ProblemLog } from './fixtures';

/** The bundled story and the parts of it the journeys use. */
export const SLUG = 'russia-ukraine-istanbul-ceasefire-talks';
export const HEADLINE =
  'Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough';
export const STORY_PATH = `/articles/${SLUG}`;
export const STORY_JSON = `/articles/${SLUG}.json`;
export const OPENING_ID = 'opening';

export const SECTIONS = {
  'no-putin-no-zelensky': 'No Putin, no Zelensky',
  'russian-demands-spark-frustration': 'Russian demands spark frustration',
  'turkish-officials-present': 'Turkish officials present',
} as const;
export type SectionId = keyof typeof SECTIONS;
export const SECTION_IDS = Object.keys(SECTIONS) as SectionId[];

export const sectionPath = (id: string) => `${STORY_PATH}/${id}`;

/** Sections start folded below this width (useSectionDisclosure). */
export const FOLDED_BELOW_PX = 768;
/** The side rail sits beside the text from this width (ArticlePage). */
export const RAIL_FROM_PX = 1024;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The page's window with what these tests add to it (kept out of the app's global types). */
type TestWindow = Window & {
  /** Ids of the elements the app marked with data-current, in order (see recordCurrentMarks). */
  __readerMarks?: string[];
};

export const viewportWidth = (page: Page) => page.viewportSize()?.width ?? 0;

/** Tap on a touch device, click elsewhere: the way a reader on this project would press it. */
export async function press(locator: Locator, touch: boolean): Promise<void> {
  if (touch) await locator.tap();
  else await locator.click();
}

/** Time for a first render: build, JS and JSON on a loaded two-core machine can be slow. */
export const FIRST_RENDER_MS = 45_000;

/** Waits for the app to take over a prerendered page: until then, a press does what HTML does. */
export async function expectAppReady(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', '', {
    timeout: FIRST_RENDER_MS,
  });
}

/**
 * Waits for the story's headline, after a navigation or a reload, and for the app to have taken
 * over the prerendered page: it starts after the first frame, and until then nothing answers.
 */
export async function expectStory(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible({
    timeout: FIRST_RENDER_MS,
  });
  await expectAppReady(page);
  // The panels load just after the text: beside it, or behind the phone's bar.
  await expect(
    page
      .getByRole('complementary', { name: 'Quotes' })
      .or(page.getByRole('navigation', { name: 'Story tools' })),
  ).toBeVisible({ timeout: FIRST_RENDER_MS });
}

export async function openStory(page: Page, path: string = STORY_PATH): Promise<void> {
  await page.goto(path);
  await expectStory(page);
}

/**
 * Goes to the story from the index, so the app fetches its JSON: a direct load is prerendered and
 * fetches nothing, which a test injecting a fault into the JSON would never see.
 */
export async function followStoryLink(page: Page, touch: boolean): Promise<void> {
  await page.goto('/');
  await expectAppReady(page);
  await press(page.getByRole('link', { name: HEADLINE }), touch);
}

/** A path with no prerendered file: the host answers 404.html (status 404) and the app takes over. */
export function expectNoFileFor(problems: ProblemLog, path: string): void {
  problems.expect({
    url: path,
    status: 404,
    reason: 'no prerendered file: the static host answers with 404.html, which boots the app',
  });
}

export const sectionToggle = (page: Page, id: SectionId) =>
  page.getByRole('button', { name: SECTIONS[id], exact: true });
export const sectionContent = (page: Page, id: string) =>
  page.locator(`[id="${elementIds.sectionContent(id)}"]`);
export const permalink = (page: Page, id: SectionId) =>
  page.getByRole('link', { name: `Link to section: ${SECTIONS[id]}`, exact: true });
export const shareButton = (page: Page, id: SectionId) =>
  page.getByRole('button', { name: `Share section: ${SECTIONS[id]}`, exact: true });

/** Checks a section both as assistive tech (aria-expanded) and as the eye (hidden text) sees it. */
export async function expectSection(page: Page, id: SectionId, expanded: boolean): Promise<void> {
  const button = sectionToggle(page, id);
  const content = sectionContent(page, id);
  await expect(button).toHaveAttribute('aria-expanded', String(expanded));
  await expect(button).toHaveAttribute('aria-controls', elementIds.sectionContent(id));
  if (expanded) {
    await expect(content).not.toHaveAttribute('hidden');
    await expect(content.locator('p').first()).toBeVisible();
  } else {
    await expect(content).toHaveAttribute('hidden', 'until-found');
    await expect(content.locator('p').first()).toBeHidden();
  }
}

export async function expectSections(
  page: Page,
  states: Partial<Record<SectionId, boolean>>,
): Promise<void> {
  for (const [id, expanded] of Object.entries(states) as [SectionId, boolean][]) {
    await expectSection(page, id, expanded);
  }
}

/**
 * Waits until the element is wholly inside the viewport and not covered by anything fixed (the
 * phone's tool bar): smooth scrolling takes a moment, so this polls.
 */
export async function expectInViewport(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate(whereOnScreen), {
      message: 'the element should be scrolled into view and not covered',
    })
    .toBe('in view');
}

/**
 * Runs in the page (in any engine): `'in view'` when the element is wholly inside the viewport
 * and a press at its middle reaches it, or where it is instead.
 */
export function whereOnScreen(element: Element): string {
  // An inline quote may wrap: its first line box is where the eye lands.
  const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
  // Scrolled to "start", an edge may sit a sub-pixel past the viewport's.
  const slack = 1;
  const inside =
    box.height > 0 &&
    box.top >= -slack &&
    box.left >= -slack &&
    box.bottom <= window.innerHeight + slack &&
    box.right <= window.innerWidth + slack;
  const hit = document.elementFromPoint(
    box.left + box.width / 2,
    Math.max(box.top, 0) + box.height / 2,
  );
  if (inside && hit !== null && (element === hit || element.contains(hit))) return 'in view';
  const where = `top ${box.top.toFixed(1)}, bottom ${box.bottom.toFixed(1)}, viewport height ${window.innerHeight}, scrollY ${Math.round(window.scrollY)}`;
  return inside
    ? `covered by ${hit ? `${hit.tagName.toLowerCase()}.${String(hit.className)}` : 'nothing'} (${where})`
    : `outside the viewport (${where})`;
}

/** Runs in the page: whether the service worker controls it and has kept the story offline. */
export async function storyKeptOffline(storyJson: string): Promise<string> {
  if (!navigator.serviceWorker.controller) return 'no worker in control yet';
  return (await caches.match(storyJson)) === undefined ? 'story not kept yet' : 'kept';
}

/**
 * Records every element the app marks with `data-current` (it removes a section's mark after
 * a couple of seconds, so a recording is the reliable witness). Call before navigating.
 */
export async function recordCurrentMarks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const marks: string[] = [];
    (window as TestWindow).__readerMarks = marks;
    new MutationObserver((records) => {
      for (const record of records) {
        const element = record.target as Element;
        if (element.hasAttribute('data-current')) marks.push(element.id);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-current'] });
  });
}

/** The ids marked since the last call. */
export async function takeCurrentMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as TestWindow).__readerMarks?.splice(0) ?? []);
}

/**
 * A link landed on a section: it is open, its toggle has focus and is in view, the section was
 * marked as current (briefly) and the title names it.
 */
export async function expectLandedOnSection(page: Page, id: SectionId): Promise<void> {
  await expectStory(page);
  await expectSection(page, id, true);
  const button = sectionToggle(page, id);
  await expect(button).toBeFocused();
  await expectInViewport(button);
  await expect
    .poll(() => page.evaluate(() => (window as TestWindow).__readerMarks ?? []))
    .toContain(id);
  await expect(page).toHaveTitle(`${SECTIONS[id]} · ${HEADLINE} · The Reader`);
}

/**
 * The participants or quotes panel: beside the text on a wide screen, otherwise opened from the
 * "Story tools" bar as a modal dialog (returned as `dialog`).
 */
export async function openPanel(
  page: Page,
  name: 'Participants' | 'Quotes',
  touch: boolean,
): Promise<{ panel: Locator; dialog: Locator | undefined }> {
  if (viewportWidth(page) >= RAIL_FROM_PX) {
    const panel = page.getByRole('complementary', { name });
    await expect(panel).toBeVisible();
    return { panel, dialog: undefined };
  }
  const tools = page.getByRole('navigation', { name: 'Story tools' });
  await press(tools.getByRole('button', { name }), touch);
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  const panel = dialog.getByRole('complementary', { name });
  await expect(panel).toBeVisible();
  return { panel, dialog };
}

/** Runs axe with the WCAG 2.2 AA tags and fails with one readable line per offending node. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} [${violation.impact ?? 'n/a'}] ${node.target.join(' ')}: ${
          node.failureSummary?.replace(/\s+/g, ' ').trim() ?? violation.help
        }`,
    ),
  );
  expect(summary, `axe found WCAG violations on ${label}`).toEqual([]);
}

/** Horizontal overflow of the page, and of an open dialog (the top layer does not add to it). */
export async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth;
    const offenders = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > limit + 0.5)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    const dialog = document.querySelector('dialog[open]');
    return {
      clientWidth: limit,
      scrollWidth: root.scrollWidth,
      dialogOverflows:
        dialog !== null &&
        (dialog.scrollWidth > dialog.clientWidth ||
          dialog.getBoundingClientRect().right > limit + 0.5),
      offenders,
    };
  });
}

export async function expectNoHorizontalOverflow(page: Page, label: string): Promise<void> {
  const overflow = await horizontalOverflow(page);
  expect(
    overflow.scrollWidth <= overflow.clientWidth && !overflow.dialogOverflows,
    `${label} overflows sideways: ${JSON.stringify(overflow)}`,
  ).toBe(true);
}
