import { expect, test } from './fixtures';
import { elementIds } from '../../src/lib/elementIds';
import {
  HEADLINE,
  expectInViewport,
  expectSection,
  openPanel,
  openStory,
  press,
  sectionPath,
  shareButton,
  viewportWidth,
  RAIL_FROM_PX,
} from './article';

test.describe('participants', () => {
  test('choosing a participant marks their mentions and leads to one', async ({
    page,
    hasTouch,
  }) => {
    await openStory(page);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expectSection(page, 'no-putin-no-zelensky', false);

    const { panel, dialog } = await openPanel(page, 'Participants', hasTouch);
    const person = panel.getByRole('button', { name: 'Vladimir Putin', exact: true });
    await expect(person).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('article mark')).toHaveCount(0);

    await press(person, hasTouch);
    await expect(person).toHaveAttribute('aria-pressed', 'true');
    // Every phrase the story uses for him is marked, in reading order.
    await expect(page.locator('article mark')).toHaveText([
      'Vladimir Putin',
      'Putin',
      'Putin',
      'the Russian president',
    ]);
    await expect(panel.getByText('Mentioned in', { exact: true })).toBeVisible();
    const place = panel.getByRole('link', { name: 'No Putin, no Zelensky', exact: true });
    await expect(place).toHaveAttribute(
      'href',
      `${sectionPath('no-putin-no-zelensky')}#mention-vladimir-putin-1`,
    );
    await expect(panel.locator(`[id="${elementIds.participant('vladimir-putin')}"]`)).toContainText(
      'No Putin, no Zelensky (4 mentions)',
    );

    await press(place, hasTouch);
    if (dialog) await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(`${sectionPath('no-putin-no-zelensky')}#mention-vladimir-putin-1`);
    await expectSection(page, 'no-putin-no-zelensky', true);
    const mention = page.locator('#mention-vladimir-putin-1');
    await expect(mention).toHaveJSProperty('tagName', 'MARK');
    await expect(mention).toHaveText('Vladimir Putin');
    await expect(mention).toBeFocused();
    await expect(mention).toHaveAttribute('data-current', '');
    await expectInViewport(mention);
  });

  test('a marked mention in the text shows that person in the panel', async ({
    page,
    hasTouch,
  }) => {
    await openStory(page);
    const { panel, dialog } = await openPanel(page, 'Participants', hasTouch);
    await press(panel.getByRole('button', { name: 'Hakan Fidan', exact: true }), hasTouch);
    if (dialog) {
      await press(dialog.getByRole('button', { name: 'Close' }), hasTouch);
      await expect(dialog).toBeHidden();
    }
    await page.getByRole('button', { name: 'Expand all' }).click();

    const mention = page.locator('article mark').getByRole('button', { name: 'Hakan Fidan' });
    await press(mention, hasTouch);
    if (viewportWidth(page) < RAIL_FROM_PX) {
      await expect(page.getByRole('dialog', { name: 'Participants' })).toBeVisible();
    }
    await expect(page.locator(`[id="${elementIds.participant('hakan-fidan')}"]`)).toBeFocused();
    await expectInViewport(page.locator(`[id="${elementIds.participant('hakan-fidan')}"]`));
  });

  test('pressing the chosen participant again clears the marks', async ({ page, hasTouch }) => {
    await openStory(page);
    const { panel } = await openPanel(page, 'Participants', hasTouch);
    const person = panel.getByRole('button', { name: 'Marco Rubio', exact: true });
    await press(person, hasTouch);
    await expect(page.locator('article mark')).not.toHaveCount(0);
    await press(person, hasTouch);
    await expect(person).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('article mark')).toHaveCount(0);
    await expect(panel.getByText('Mentioned in', { exact: true })).toHaveCount(0);
  });
});

test('on a phone, the other panel opened at once after a sheet closed stays open', async ({
  page,
  hasTouch,
}) => {
  test.skip(viewportWidth(page) >= RAIL_FROM_PX, 'the panels sit beside the text');
  await openStory(page);
  await openPanel(page, 'Participants', hasTouch);
  // Closed as Escape closes it (its close event follows in a later task), and in the same task
  // the bar's other button pressed.
  await page.evaluate(() => {
    document.querySelector('dialog')?.close();
    const tools = document.querySelector('nav[aria-label="Story tools"]');
    [...(tools?.querySelectorAll('button') ?? [])]
      .find((button) => button.textContent.includes('Quotes'))
      ?.click();
  });
  const sheet = page.getByRole('dialog', { name: 'Quotes' });
  await expect(sheet.getByRole('complementary', { name: 'Quotes' })).toBeVisible();
  // Still open once the first sheet's close event has come and gone.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  await expect(sheet).toBeVisible();
});

test.describe('quotes', () => {
  test('each "Read in context" link is named by speaker and section', async ({
    page,
    hasTouch,
  }) => {
    await openStory(page);
    const { panel } = await openPanel(page, 'Quotes', hasTouch);
    await expect(panel.getByRole('figure')).toHaveCount(4);
    const names = [
      'Read in context: State Department in Opening',
      'Read in context: Tammy Bruce in Opening',
      'Read in context: Tammy Bruce in Opening',
      'Read in context: Diplomatic source (Ukraine) in Russian demands spark frustration',
    ];
    const links = panel.getByRole('link');
    await expect(links).toHaveCount(names.length);
    // The panel is on screen already, so a short wait is enough.
    for (const [index, name] of names.entries()) {
      await expect(links.nth(index)).toHaveAccessibleName(name, { timeout: 5_000 });
    }
  });

  test('"Read in context" takes the reader to the quote in the text', async ({
    page,
    hasTouch,
  }) => {
    await openStory(page);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expectSection(page, 'russian-demands-spark-frustration', false);

    const { panel, dialog } = await openPanel(page, 'Quotes', hasTouch);
    const link = panel.getByRole('link', {
      name: 'Read in context: Diplomatic source (Ukraine) in Russian demands spark frustration',
      exact: true,
    });
    const target = `${sectionPath('russian-demands-spark-frustration')}#quote-hide-from-the-americans`;
    await expect(link).toHaveAttribute('href', target);

    await press(link, hasTouch);
    if (dialog) await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(target);
    await expectSection(page, 'russian-demands-spark-frustration', true);
    const quote = page.locator('#quote-hide-from-the-americans');
    await expect(quote).toHaveText('What do they have to hide from the Americans?');
    await expect(quote).toBeFocused();
    await expect(quote).toHaveAttribute('data-current', '');
    await expectInViewport(quote);
  });
});

test.describe('sharing a section', () => {
  const id = 'russian-demands-spark-frustration';

  test('without a share sheet, Share copies the section link and says so', async ({
    page,
    context,
    baseURL,
    hasTouch,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Make sure the copy path runs even on a platform that has the Web Share API.
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    });
    await openStory(page);

    await press(shareButton(page, id), hasTouch);
    const status = page.locator(`#${id}`).getByRole('status');
    await expect(status).toHaveText('Link copied');
    await expect(status).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${sectionPath(id)}`,
    );
    // The confirmation goes away on its own.
    await expect(status).toHaveText('', { timeout: 15_000 });
  });

  test('with a share sheet, Share hands it the section link and title', async ({
    page,
    baseURL,
    hasTouch,
  }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.defineProperty(window, '__shared', { value: shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          shared.push(data);
        },
      });
    });
    await openStory(page);

    await press(shareButton(page, id), hasTouch);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared))
      .toEqual([
        {
          title: `Russian demands spark frustration — ${HEADLINE}`,
          url: `${baseURL}${sectionPath(id)}`,
        },
      ]);
    // Nothing was copied, so nothing claims it was.
    await expect(page.locator(`#${id}`).getByRole('status')).toHaveText('');
  });
});
