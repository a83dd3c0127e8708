import { expect, test } from './fixtures';
import {
  FOLDED_BELOW_PX,
  HEADLINE,
  STORY_PATH,
  expectLandedOnSection,
  expectNoFileFor,
  expectStory,
  expectSections,
  openStory,
  permalink,
  press,
  recordCurrentMarks,
  sectionPath,
  sectionToggle,
  takeCurrentMarks,
  viewportWidth,
} from './article';

test.describe('section deep links', () => {
  test('a section link opened in a fresh browser context lands on the section, and again after reload', async ({
    newReaderContext,
  }) => {
    const context = await newReaderContext();
    const page = await context.newPage();
    await recordCurrentMarks(page);
    const startsOpen = viewportWidth(page) >= FOLDED_BELOW_PX;

    await page.goto(sectionPath('turkish-officials-present'));
    await expectLandedOnSection(page, 'turkish-officials-present');
    // Only the linked section is opened for the visit; the rest keep the screen's default.
    await expectSections(page, {
      'no-putin-no-zelensky': startsOpen,
      'russian-demands-spark-frustration': startsOpen,
    });
    // The "current" mark is a brief flash, not a permanent state.
    await expect(page.locator('#turkish-officials-present')).not.toHaveAttribute('data-current', {
      timeout: 10_000,
    });

    await page.reload();
    await expectLandedOnSection(page, 'turkish-officials-present');
    await expectSections(page, {
      'no-putin-no-zelensky': startsOpen,
      'russian-demands-spark-frustration': startsOpen,
    });
  });

  test('a link to the story with a section fragment (#id) lands on the section', async ({
    page,
  }) => {
    await recordCurrentMarks(page);
    await page.goto(`${STORY_PATH}#russian-demands-spark-frustration`);
    await expectLandedOnSection(page, 'russian-demands-spark-frustration');
  });

  test("a fragment typed into the open page's address bar, or followed from a plain link in it, opens its folded section", async ({
    page,
  }) => {
    await recordCurrentMarks(page);
    await openStory(page);
    const collapseAll = page.getByRole('button', { name: 'Collapse all' });
    await collapseAll.click();
    await expectSections(page, { 'turkish-officials-present': false });
    // Same document: the browser scrolls to the fragment itself, as it does for a typed one.
    await page.goto(`${STORY_PATH}#turkish-officials-present`);
    await expectLandedOnSection(page, 'turkish-officials-present');

    await collapseAll.click();
    await expectSections(page, { 'no-putin-no-zelensky': false });
    // A link in the page that the app did not draw (as an embed or another script might add).
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '#no-putin-no-zelensky';
      link.textContent = 'A plain link';
      link.style.cssText = 'position:fixed;inset-block-start:0;inset-inline-start:0;z-index:9';
      document.body.append(link);
    });
    await page.getByRole('link', { name: 'A plain link' }).click();
    await expectLandedOnSection(page, 'no-putin-no-zelensky');
  });

  test('section ids in links are matched whatever their case', async ({ page, problems }) => {
    expectNoFileFor(problems, sectionPath('Turkish-Officials-Present'));
    await recordCurrentMarks(page);
    await page.goto(sectionPath('Turkish-Officials-Present'));
    await expectLandedOnSection(page, 'turkish-officials-present');
  });

  test('a deep link opens its section even when the reader folded everything', async ({ page }) => {
    await openStory(page);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expectSections(page, {
      'no-putin-no-zelensky': false,
      'russian-demands-spark-frustration': false,
      'turkish-officials-present': false,
    });

    await recordCurrentMarks(page);
    await page.goto(sectionPath('no-putin-no-zelensky'));
    await expectLandedOnSection(page, 'no-putin-no-zelensky');
    await expectSections(page, {
      'russian-demands-spark-frustration': false,
      'turkish-officials-present': false,
    });

    await page.reload();
    await expectLandedOnSection(page, 'no-putin-no-zelensky');
    await expectSections(page, {
      'russian-demands-spark-frustration': false,
      'turkish-officials-present': false,
    });
  });

  test('Back and Forward between two section links restore the right section', async ({
    page,
    hasTouch,
  }) => {
    await recordCurrentMarks(page);
    await openStory(page);

    await press(permalink(page, 'no-putin-no-zelensky'), hasTouch);
    await expect(page).toHaveURL(sectionPath('no-putin-no-zelensky'));
    await expectLandedOnSection(page, 'no-putin-no-zelensky');

    await takeCurrentMarks(page);
    await press(permalink(page, 'turkish-officials-present'), hasTouch);
    await expect(page).toHaveURL(sectionPath('turkish-officials-present'));
    await expectLandedOnSection(page, 'turkish-officials-present');

    // Fold everything, so Back and Forward have to open their section again.
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expectSections(page, {
      'no-putin-no-zelensky': false,
      'russian-demands-spark-frustration': false,
      'turkish-officials-present': false,
    });

    await takeCurrentMarks(page);
    await page.goBack();
    await expect(page).toHaveURL(sectionPath('no-putin-no-zelensky'));
    await expectLandedOnSection(page, 'no-putin-no-zelensky');
    expect(await takeCurrentMarks(page)).not.toContain('turkish-officials-present');
    await expectSections(page, { 'turkish-officials-present': false });

    await page.goForward();
    await expect(page).toHaveURL(sectionPath('turkish-officials-present'));
    await expectLandedOnSection(page, 'turkish-officials-present');
    await expect(sectionToggle(page, 'no-putin-no-zelensky')).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    // Back to the story itself: no section is current and nothing is announced as missing.
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(STORY_PATH);
    await expect(page).toHaveTitle(`${HEADLINE} · The Reader`);
    await expect(page.getByRole('status').filter({ hasText: 'has no section' })).toHaveCount(0);
  });

  test('an unknown section shows the whole story with a note', async ({ page, problems }) => {
    expectNoFileFor(problems, sectionPath('no-such-section'));
    await page.goto(sectionPath('no-such-section'));
    await expectStory(page);
    await expect(page.getByRole('status').filter({ hasText: 'has no section' })).toHaveText(
      'This story has no section “no-such-section”. Here is the whole story.',
    );
    await expect(page).toHaveTitle(`${HEADLINE} · The Reader`);

    await page.goto('/');
    await page.goto(`${STORY_PATH}#nothing-here`);
    await expect(page.getByRole('status').filter({ hasText: 'has no section' })).toHaveText(
      'This story has no section “nothing-here”. Here is the whole story.',
    );
  });
});
