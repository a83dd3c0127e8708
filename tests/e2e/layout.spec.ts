import { expect, test } from './fixtures';
import {
  HEADLINE,
  RAIL_FROM_PX,
  expectNoHorizontalOverflow,
  openPanel,
  openStory,
  press,
} from './article';

test.describe('layout', () => {
  test('nothing scrolls sideways at 320, 390 and 1280 px', async ({ page, hasTouch, isMobile }) => {
    // A phone is never 1280 px wide; a desktop window can be narrow.
    const widths = isMobile ? [320, 390] : [320, 390, 1280];
    for (const width of widths) {
      await page.setViewportSize({ width, height: isMobile ? 844 : 800 });
      await page.goto('/');
      await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
      await expectNoHorizontalOverflow(page, `the index at ${width} px`);

      await openStory(page);
      await page.getByRole('button', { name: 'Expand all' }).click();
      await expectNoHorizontalOverflow(page, `the story at ${width} px`);

      if (width < RAIL_FROM_PX) {
        for (const name of ['Participants', 'Quotes'] as const) {
          const { panel, dialog } = await openPanel(page, name, hasTouch);
          if (name === 'Participants') {
            // The longest content: a chosen person with their "Mentioned in" list.
            await press(
              panel.getByRole('button', { name: 'Diplomatic source (Ukraine)' }),
              hasTouch,
            );
          }
          await expectNoHorizontalOverflow(page, `the ${name} dialog at ${width} px`);
          await page.keyboard.press('Escape');
          await expect(dialog!).toBeHidden();
        }
      }
    }
  });

  test(
    'on a wide screen, Participants and Quotes sit beside the text',
    { tag: '@desktop-only' },
    async ({ page }) => {
      await openStory(page);
      const article = await page.locator('article').boundingBox();
      for (const name of ['Participants', 'Quotes']) {
        const aside = page.getByRole('complementary', { name });
        await expect(aside).toBeVisible();
        const box = await aside.boundingBox();
        expect(box!.x, `${name} starts right of the text`).toBeGreaterThanOrEqual(
          article!.x + article!.width,
        );
      }
      await expect(page.getByRole('navigation', { name: 'Story tools' })).toHaveCount(0);
    },
  );

  test(
    'at 1280 × 800 the quotes begin within the first screen and a half, above the participants',
    { tag: '@desktop-only' },
    async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openStory(page);
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      const heading = page
        .getByRole('complementary', { name: 'Quotes' })
        .getByRole('heading', { name: 'Quotes' });
      const top = await heading.evaluate(
        (element) => element.getBoundingClientRect().top + window.scrollY,
      );
      expect(top).toBeLessThanOrEqual(1.5 * 800);
      const participants = await page
        .getByRole('complementary', { name: 'Participants' })
        .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeLessThan(participants);
    },
  );

  test(
    'beside a taller side column, the text keeps its own spacing',
    { tag: '@desktop-only' },
    async ({ page }) => {
      await openStory(page);
      // Seen once: the text column's rows stretched to the rail's height, so "Expand all"
      // grew to 160 px and the header split apart.
      const button = await page.getByRole('button', { name: 'Expand all' }).boundingBox();
      expect(button!.height).toBeLessThanOrEqual(56);
      const headline = await page.getByRole('heading', { level: 1, name: HEADLINE }).boundingBox();
      const standfirst = await page
        .getByText(
          'Although the dialogue was seen as a breakthrough in itself, the one-hour session ended without major progress.',
          { exact: true },
        )
        .boundingBox();
      expect(standfirst!.y - (headline!.y + headline!.height)).toBeLessThan(64);
    },
  );

  test(
    'below 64rem, "Story tools" opens each panel as a modal dialog',
    { tag: '@phone-only' },
    async ({ page, hasTouch }) => {
      await openStory(page);
      await expect(page.getByRole('complementary', { name: 'Participants' })).toHaveCount(0);
      const tools = page.getByRole('navigation', { name: 'Story tools' });
      await expect(tools).toBeVisible();

      for (const name of ['Participants', 'Quotes'] as const) {
        const opener = tools.getByRole('button', { name });
        await expect(opener).toHaveAttribute('aria-haspopup', 'dialog');
        const { dialog } = await openPanel(page, name, hasTouch);
        // Modal: the rest of the page is inert while it is open.
        expect(await dialog!.evaluate((element) => element.matches(':modal'))).toBe(true);
        await expect(dialog!.getByRole('heading', { level: 2, name })).toBeVisible();
        await press(dialog!.getByRole('button', { name: 'Close' }), hasTouch);
        await expect(dialog!).toBeHidden();
        await expect(opener).toBeFocused();
      }

      // Escape closes it too, and focus goes back to the button that opened it.
      const { dialog } = await openPanel(page, 'Quotes', hasTouch);
      await page.keyboard.press('Escape');
      await expect(dialog!).toBeHidden();
      await expect(tools.getByRole('button', { name: 'Quotes' })).toBeFocused();
    },
  );

  test(
    'words selected in the text are put aside while a sheet is open, and selected again after',
    { tag: '@phone-only' },
    async ({ page, hasTouch }) => {
      // A selection left behind a modal makes Chromium slow to answer every press inside it.
      await openStory(page);
      const selected = () => page.evaluate(() => String(document.getSelection()));
      await page
        .getByRole('article')
        .locator('section p')
        .first()
        .evaluate((paragraph) => document.getSelection()?.selectAllChildren(paragraph));
      const words = await selected();
      expect(words).toContain(' ');

      const { dialog } = await openPanel(page, 'Participants', hasTouch);
      // Not only out of sight behind the modal: out of the selection.
      expect(await page.evaluate(() => document.getSelection()?.rangeCount)).toBe(0);
      await press(dialog!.getByRole('button', { name: 'Close' }), hasTouch);
      await expect(dialog!).toBeHidden();
      expect(await selected()).toBe(words);
    },
  );
});
