import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  HEADLINE,
  RAIL_FROM_PX,
  STORY_JSON,
  expectLandedOnSection,
  expectNoAxeViolations,
  expectNoFileFor,
  followStoryLink,
  openPanel,
  openStory,
  recordCurrentMarks,
  sectionPath,
  viewportWidth,
} from './article';

/**
 * axe over the page as it stands, in light colours and then in dark: one page, both schemes,
 * since the colours are all that differs between them.
 */
async function expectNoAxeViolationsInBothSchemes(page: Page, label: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${label} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('axe, in light and dark colours', () => {
  // axe over the whole story is CPU-heavy; on two shared cores it can take a minute.
  test.describe.configure({ timeout: 240_000 });

  test('the index', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page, 'the index');
  });

  test('the article', async ({ page }) => {
    await openStory(page);
    await expectNoAxeViolationsInBothSchemes(page, 'the article');
  });

  test('a deep-linked section', async ({ page }) => {
    await recordCurrentMarks(page);
    await page.goto(sectionPath('russian-demands-spark-frustration'));
    await expectLandedOnSection(page, 'russian-demands-spark-frustration');
    await expectNoAxeViolationsInBothSchemes(page, 'a deep-linked section');
  });

  test('the participants with someone chosen, and the quotes', async ({ page, hasTouch }) => {
    await openStory(page);
    await page.getByRole('button', { name: 'Expand all' }).click();
    const { panel, dialog } = await openPanel(page, 'Participants', hasTouch);
    await panel.getByRole('button', { name: 'Vladimir Putin', exact: true }).click();
    await expect(page.locator('article mark').first()).toBeAttached();
    await expectNoAxeViolationsInBothSchemes(
      page,
      `${dialog ? 'the Participants dialog' : 'the sidebar'} with a person chosen`,
    );
    if (dialog) {
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await openPanel(page, 'Quotes', hasTouch);
      await expectNoAxeViolationsInBothSchemes(page, 'the Quotes dialog');
    }
  });

  test('the error page', async ({ page, problems, hasTouch }) => {
    await page.route(`**${STORY_JSON}`, (route) =>
      route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' }),
    );
    problems.expect({ url: STORY_JSON, status: 500, reason: 'the test injects a 500' });
    await followStoryLink(page, hasTouch);
    await expect(
      page.getByRole('heading', { level: 1, name: 'We couldn’t load the story' }),
    ).toBeVisible({ timeout: 30_000 });
    await expectNoAxeViolationsInBothSchemes(page, 'the error page');
  });

  test('the not-found pages', async ({ page, problems }) => {
    problems.expect({
      url: '/articles/no-such-story.json',
      status: 404,
      reason: 'the story file does not exist',
    });
    expectNoFileFor(problems, '/articles/no-such-story');
    expectNoFileFor(problems, '/no/such/page');
    await page.goto('/articles/no-such-story');
    await expect(page.getByRole('heading', { level: 1, name: 'Story not found' })).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page, 'story not found');

    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page, 'page not found');
  });
});

type FocusState = {
  index: number;
  active: string;
  focusVisible: boolean;
  indicator: boolean;
  style: string;
};

/** The page's window with the catalogue these tests keep on it. */
type TestWindow = Window & {
  __controls?: HTMLElement[];
  __unfocusedStyles?: string[];
};

/**
 * Lists the page's tab stops a reader can see (not in a closed dialog or a folded section) and
 * notes how each looks without focus, to compare with how it looks when focused.
 */
async function catalogueControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const style = (element: HTMLElement) => {
      const computed = getComputedStyle(element);
      return [
        computed.outlineStyle,
        computed.outlineWidth,
        computed.outlineColor,
        computed.boxShadow,
      ].join(' | ');
    };
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, [tabindex]',
      ),
    ].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !element.matches(':disabled') &&
        element.checkVisibility({ visibilityProperty: true }),
    );
    (window as TestWindow).__controls = controls;
    (window as TestWindow).__unfocusedStyles = controls.map(style);
    return controls.map(
      (element) =>
        `${element.tagName.toLowerCase()} "${
          element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60)
        }"`,
    );
  });
}

async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const controls = (window as TestWindow).__controls ?? [];
    const index = element ? controls.indexOf(element) : -1;
    const active = element
      ? `${element.tagName.toLowerCase()}#${element.id} "${element.textContent?.trim().slice(0, 40)}"`
      : 'nothing';
    if (element === null || index < 0) {
      return { index, active, focusVisible: false, indicator: false, style: '' };
    }
    const computed = getComputedStyle(element);
    const style = [
      computed.outlineStyle,
      computed.outlineWidth,
      computed.outlineColor,
      computed.boxShadow,
    ].join(' | ');
    const hasOutline = computed.outlineStyle !== 'none' && parseFloat(computed.outlineWidth) >= 2;
    const hasRing = computed.boxShadow !== 'none';
    return {
      index,
      active,
      focusVisible: element.matches(':focus-visible'),
      // Something focus-specific must be drawn: an outline or ring that is not there otherwise.
      indicator:
        (hasOutline || hasRing) && style !== (window as TestWindow).__unfocusedStyles?.[index],
      style,
    };
  });
}

/** Whether the focused element is entirely hidden behind something (WCAG 2.4.11). */
async function focusObscured(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (element === null) return false;
    const box = element.getBoundingClientRect();
    const inset = 2;
    const points: [number, number][] = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
    return !points.some(([x, y]) => {
      if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === element || element.contains(hit));
    });
  });
}

test.describe('keyboard only', () => {
  test('Tab from the top reaches every control, each with a visible focus indicator', async ({
    page,
  }) => {
    await openStory(page);
    const controls = await catalogueControls(page);
    expect(controls.length).toBeGreaterThan(10);

    const reached: number[] = [];
    const failures: string[] = [];
    for (let step = 0; step < controls.length + 5; step += 1) {
      await page.keyboard.press('Tab');
      const state = await focusState(page);
      if (state.index < 0) {
        // Past the last control focus leaves the page; anything else is a stray tab stop.
        if (reached.length > 0 && /^body#/.test(state.active)) break;
        failures.push(`Tab ${step + 1} focused something unexpected: ${state.active}`);
        continue;
      }
      if (reached.includes(state.index)) break;
      reached.push(state.index);
      const name = controls[state.index];
      if (!state.focusVisible) failures.push(`${name} is not :focus-visible after Tab`);
      if (!state.indicator) failures.push(`${name} shows no focus indicator (${state.style})`);
      if (await focusObscured(page)) {
        // Scrolling to the focused control may still be under way: give it a moment.
        const cleared = await expect
          .poll(() => focusObscured(page), { timeout: 3_000 })
          .toBe(false)
          .then(
            () => true,
            () => false,
          );
        if (!cleared) failures.push(`${name} is focused but hidden behind other content`);
      }
    }

    const missed = controls.filter((_, index) => !reached.includes(index));
    expect(missed, 'controls Tab never reached').toEqual([]);
    expect(failures, 'focus problems').toEqual([]);
    // Tab order follows the reading order.
    expect(reached).toEqual([...reached].sort((a, b) => a - b));
  });

  test(
    'the Story tools dialogs work from the keyboard',
    { tag: '@phone-only' },
    async ({ page }) => {
      await openStory(page);
      expect(viewportWidth(page)).toBeLessThan(RAIL_FROM_PX);
      const opener = page
        .getByRole('navigation', { name: 'Story tools' })
        .getByRole('button', { name: 'Participants' });
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Participants' });
      await expect(dialog.getByRole('heading', { name: 'Participants' })).toBeVisible();
      // Focus moves into the dialog and stays there while it is open.
      for (let step = 0; step < 5; step += 1) {
        expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(
          true,
        );
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener).toBeFocused();
    },
  );
});
