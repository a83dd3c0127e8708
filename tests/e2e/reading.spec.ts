import { expect, test } from './fixtures';
import {
  FOLDED_BELOW_PX,
  HEADLINE,
  OPENING_ID,
  SECTION_IDS,
  STORY_PATH,
  expectInViewport,
  expectSection,
  expectSections,
  expectStory,
  openStory,
  press,
  sectionContent,
  sectionToggle,
  viewportWidth,
  type SectionId,
} from './article';

/** Chromium's non-standard window.find(), which lib.dom does not declare. */
type FindWindow = Window & { find: (text: string) => boolean };

const all = (expanded: boolean) =>
  Object.fromEntries(SECTION_IDS.map((id) => [id, expanded])) as Record<SectionId, boolean>;

test.describe('reading the story', () => {
  test('the index lists the story and opens it', async ({ page, hasTouch }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('The Reader');
    const link = page.getByRole('link', { name: HEADLINE });
    await expect(link).toHaveAttribute('href', STORY_PATH);

    await press(link, hasTouch);
    await expect(page).toHaveURL(STORY_PATH);
    await expectStory(page);
    await expect(page).toHaveTitle(`${HEADLINE} · The Reader`);
    // The untitled opening is always there and has no toggle.
    const opening = page.getByRole('region', { name: 'Opening' });
    await expect(opening).toContainText('Russian and Ukrainian delegations met on Friday');
    await expect(page.locator(`#${OPENING_ID}`)).toBeVisible();
    await expect(page.locator(`#${OPENING_ID} button[aria-expanded]`)).toHaveCount(0);
  });

  test('sections start folded on a phone and open on a wide screen', async ({ page }) => {
    await openStory(page);
    await expectSections(page, all(viewportWidth(page) >= FOLDED_BELOW_PX));
  });

  test('a section folds and unfolds by pointer, and the choice survives a reload', async ({
    page,
    hasTouch,
  }) => {
    await openStory(page);
    const id: SectionId = 'no-putin-no-zelensky';
    const startsOpen = viewportWidth(page) >= FOLDED_BELOW_PX;
    await expectSection(page, id, startsOpen);

    await press(sectionToggle(page, id), hasTouch);
    await expectSection(page, id, !startsOpen);
    await press(sectionToggle(page, id), hasTouch);
    await expectSection(page, id, startsOpen);
    await press(sectionToggle(page, id), hasTouch);
    await expectSection(page, id, !startsOpen);
    // Folding is not navigation.
    await expect(page).toHaveURL(STORY_PATH);

    await page.reload();
    await expectStory(page);
    await expectSections(page, {
      [id]: !startsOpen,
      'russian-demands-spark-frustration': startsOpen,
      'turkish-officials-present': startsOpen,
    });
  });

  test('a section folds and unfolds by keyboard (Enter and Space)', async ({ page }) => {
    await openStory(page);
    const id: SectionId = 'turkish-officials-present';
    const startsOpen = viewportWidth(page) >= FOLDED_BELOW_PX;
    const button = sectionToggle(page, id);
    await button.focus();

    await page.keyboard.press('Enter');
    await expectSection(page, id, !startsOpen);
    await expect(button).toBeFocused();
    await page.keyboard.press('Space');
    await expectSection(page, id, startsOpen);
    await expect(button).toBeFocused();
  });

  test('Expand all and Collapse all fold every section, and are remembered', async ({
    page,
    hasTouch,
  }) => {
    await openStory(page);
    const expandAll = page.getByRole('button', { name: 'Expand all' });
    const collapseAll = page.getByRole('button', { name: 'Collapse all' });

    await press(collapseAll, hasTouch);
    await expectSections(page, all(false));
    await press(expandAll, hasTouch);
    await expectSections(page, all(true));
    await press(collapseAll, hasTouch);
    await expectSections(page, all(false));
    // The opening cannot be folded.
    await expect(sectionContent(page, OPENING_ID).locator('p').first()).toBeVisible();

    await page.reload();
    await expectStory(page);
    await expectSections(page, all(false));
  });

  test('printing shows the text of every section, even folded ones', async ({ page }) => {
    await openStory(page);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expectSections(page, all(false));

    await page.emulateMedia({ media: 'print' });
    for (const id of [OPENING_ID, ...SECTION_IDS]) {
      const paragraphs = sectionContent(page, id).locator('p');
      await expect(paragraphs.first()).toBeVisible();
      await expect(paragraphs.last()).toBeVisible();
      expect(
        await sectionContent(page, id).evaluate((element) => getComputedStyle(element).display),
        `${id} is laid out in print`,
      ).not.toBe('none');
    }
    // Controls that do nothing on paper are left off it.
    await expect(page.getByRole('button', { name: 'Collapse all' })).toBeHidden();

    // Printing changes nothing about what the reader chose on screen.
    await page.emulateMedia({ media: 'screen' });
    await expectSections(page, all(false));
  });
});

test.describe('find-in-page reaches folded text (hidden="until-found")', () => {
  const id: SectionId = 'russian-demands-spark-frustration';
  const phrase = 'What do they have to hide';

  test('window.find() opens the folded section', async ({ page }) => {
    await openStory(page);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expectSection(page, id, false);

    // Ask this browser first whether window.find() fires `beforematch` at all; if it does not,
    // the app cannot be tested this way, and the report should say so instead of faking it.
    const platformFiresBeforematch = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.setAttribute('hidden', 'until-found');
      probe.textContent = 'zebra-probe-for-beforematch';
      let fired = false;
      probe.addEventListener('beforematch', () => (fired = true));
      document.body.append(probe);
      (window as unknown as FindWindow).find('zebra-probe-for-beforematch');
      probe.remove();
      window.getSelection()?.removeAllRanges();
      return fired;
    });
    const reason =
      'This Chromium\'s window.find() matches text inside hidden="until-found" but fires no ' +
      '`beforematch` and does not reveal it (checked on a probe element), so Ctrl+F cannot be ' +
      'simulated this way; the text-fragment test below drives the same `beforematch` path.';
    if (!platformFiresBeforematch) {
      test.info().annotations.push({ type: 'platform limitation', description: reason });
    }
    test.skip(!platformFiresBeforematch, reason);

    expect(
      await page.evaluate((text) => (window as unknown as FindWindow).find(text), phrase),
    ).toBe(true);
    await expectSection(page, id, true);
  });

  test('a text fragment link (#:~:text=) opens the folded section via beforematch', async ({
    page,
  }) => {
    await openStory(page);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expectSection(page, id, false);
    await page.evaluate(() => {
      const counted = window as unknown as { beforematchCount: number };
      counted.beforematchCount = 0;
      document.addEventListener('beforematch', () => (counted.beforematchCount += 1), true);
    });

    // The browser's own search-and-scroll (what "Copy link to highlight" or a search result
    // links to) finds the words in the folded text and fires `beforematch`, like Ctrl+F would.
    // It runs on the story already shown: on a fresh load the directive races the story's fetch.
    await page.goto(`${STORY_PATH}#:~:text=${encodeURIComponent(phrase)}`);
    await expectSection(page, id, true);
    expect(
      await page.evaluate(
        () => (window as unknown as { beforematchCount: number }).beforematchCount,
      ),
    ).toBeGreaterThan(0);
    // Revealed for this visit; the other sections keep the reader's choice.
    await expectSections(page, {
      'no-putin-no-zelensky': false,
      'turkish-officials-present': false,
    });
    await expect(page.getByRole('status').filter({ hasText: 'has no section' })).toHaveCount(0);
  });

  test('a fragment naming a quote in a folded section opens it at the quote', async ({ page }) => {
    await openStory(page);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expectSection(page, id, false);

    // A fresh load (arriving from the index), not a hash change on the open page.
    await page.goto('/');
    await page.goto(`${STORY_PATH}#quote-hide-from-the-americans`);
    await expectSection(page, id, true);
    const quote = page.locator('#quote-hide-from-the-americans');
    await expect(quote).toHaveText('What do they have to hide from the Americans?');
    await expect(quote).toBeFocused();
    await expect(quote).toHaveAttribute('data-current', '');
    await expectInViewport(quote);
  });
});
