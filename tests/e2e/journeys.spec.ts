import { E2E_LONG_STORY, roundId } from '../../scripts/articles/longArticles';
import { elementIds } from '../../src/lib/elementIds';
import { paths } from '../../src/lib/paths';
import {
  FIRST_RENDER_MS,
  FOLDED_BELOW_PX,
  HEADLINE,
  RAIL_FROM_PX,
  SECTIONS,
  SECTION_IDS,
  SLUG,
  STORY_JSON,
  STORY_PATH,
  expectNoFileFor,
  sectionPath,
  storyKeptOffline,
  type SectionId,
} from './article';
import { expect, test } from './engines/fixtures';
import { CHROMIUM_SUITE_TAG } from './engines/tags';
import { DESKTOP, PHONE, type Found, type Reader } from './engines/reader';

/**
 * The reader's journeys, defined once and run in every engine (Chromium, Firefox, WebKit), each
 * through its own driver: see tests/e2e/engines/ and the README's "Browser support". The rest of
 * the suite goes deeper in Chromium alone.
 */

const toggle = (reader: Reader, id: SectionId) =>
  reader.getByRole('button', { name: SECTIONS[id] });
const content = (reader: Reader, id: string) => reader.getById(elementIds.sectionContent(id));
const all = (expanded: boolean) =>
  Object.fromEntries(SECTION_IDS.map((id) => [id, expanded])) as Record<SectionId, boolean>;

/** Whether the first paragraph of a section's text is there for the eye. */
const firstParagraph = (found: Found) =>
  found.evaluate((element) => {
    const paragraph = element.querySelector('p');
    return paragraph !== null &&
      paragraph.checkVisibility() &&
      paragraph.getBoundingClientRect().height > 0
      ? 'shown'
      : 'not shown';
  });

/** The story is there, the app has taken over the prerendered page, and its panels have loaded. */
async function expectStory(reader: Reader): Promise<void> {
  await expect
    .poll(() => reader.getByRole('heading', { level: 1, name: HEADLINE }).visibility(), {
      timeout: FIRST_RENDER_MS,
    })
    .toBe('visible');
  await expect
    .poll(() => reader.evaluate(() => document.documentElement.hasAttribute('data-app-ready')), {
      message: 'the app takes over the prerendered page',
      timeout: FIRST_RENDER_MS,
    })
    .toBe(true);
  const panels =
    reader.viewport.width >= RAIL_FROM_PX
      ? reader.getByRole('complementary', { name: 'Quotes' })
      : reader.getByRole('navigation', { name: 'Story tools' });
  await expect.poll(() => panels.visibility(), { timeout: FIRST_RENDER_MS }).toBe('visible');
}

/** A section as assistive tech (aria-expanded) and the eye (its text) find it. */
async function expectSections(
  reader: Reader,
  states: Partial<Record<SectionId, boolean>>,
): Promise<void> {
  for (const [id, expanded] of Object.entries(states) as [SectionId, boolean][]) {
    const button = toggle(reader, id);
    const text = content(reader, id);
    await expect.poll(() => button.attribute('aria-expanded'), { message: id }).toBe(`${expanded}`);
    expect(await button.attribute('aria-controls')).toBe(elementIds.sectionContent(id));
    await expect
      .poll(() => text.attribute('hidden'), { message: id })
      .toBe(expanded ? null : 'until-found');
    await expect
      .poll(() => firstParagraph(text), { message: id })
      .toBe(expanded ? 'shown' : 'not shown');
  }
}

/** A link landed on a section: open, its toggle focused and in view, the title naming it. */
async function expectLanded(reader: Reader, id: SectionId): Promise<void> {
  await expectStory(reader);
  await expectSections(reader, { [id]: true });
  await expect.poll(() => toggle(reader, id).focus()).toBe('focused');
  await expect.poll(() => toggle(reader, id).place()).toBe('in view');
  expect(await reader.evaluate(() => document.title)).toBe(
    `${SECTIONS[id]} · ${HEADLINE} · The Reader`,
  );
}

/** Waits for the browser to have drawn what the last input changed (nothing may be pending). */
const nextFrame = (reader: Reader) =>
  reader.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );

/** Taken in Chromium by the deeper tests of the desktop and phone projects (see CHROMIUM_SUITE_TAG). */
const CHROMIUM_SUITE_HAS_IT = { tag: CHROMIUM_SUITE_TAG };

test.describe('journeys', () => {
  test('the story and its panels render with no script errors', async ({ reader }) => {
    await reader.open(STORY_PATH, DESKTOP);
    await expectStory(reader);
    const participants = reader.getByRole('complementary', { name: 'Participants' });
    await expect.poll(() => participants.visibility()).toBe('visible');
    // The drawing of the talks: each seat is a button drawn in an SVG foreignObject.
    const seats = participants.getByRole('figure', { name: 'At the table' }).getByRole('button');
    await expect.poll(() => seats.count()).toBeGreaterThan(5);
    await expect
      .poll(() => reader.getByRole('complementary', { name: 'Quotes' }).getByRole('figure').count())
      .toBe(4);
    // Whatever the engine reported is checked once the test is over (see engines/fixtures.ts).
  });

  test(
    'a section folds and opens with a pointer click and with the keyboard',
    CHROMIUM_SUITE_HAS_IT,
    async ({ reader }) => {
      await reader.open(STORY_PATH, DESKTOP);
      await expectStory(reader);
      const id: SectionId = 'no-putin-no-zelensky';
      await expectSections(reader, { [id]: true });
      await toggle(reader, id).click();
      await expectSections(reader, { [id]: false });
      await toggle(reader, id).click();
      await expectSections(reader, { [id]: true });

      const other: SectionId = 'turkish-officials-present';
      await toggle(reader, other).focusIt();
      await reader.press('Enter');
      await expectSections(reader, { [other]: false });
      await expect.poll(() => toggle(reader, other).focus()).toBe('focused');
      await reader.press('Space');
      await expectSections(reader, { [other]: true });
      await expect.poll(() => toggle(reader, other).focus()).toBe('focused');
    },
  );

  test(
    'Expand all and Collapse all fold every section, and are remembered',
    CHROMIUM_SUITE_HAS_IT,
    async ({ reader }) => {
      await reader.open(STORY_PATH, DESKTOP);
      await expectStory(reader);
      const collapseAll = reader.getByRole('button', { name: 'Collapse all' });
      await collapseAll.click();
      await expectSections(reader, all(false));
      await reader.getByRole('button', { name: 'Expand all' }).click();
      await expectSections(reader, all(true));
      await collapseAll.click();
      await expectSections(reader, all(false));

      await reader.reload();
      await expectStory(reader);
      await expectSections(reader, all(false));
    },
  );

  test(
    'a section link lands open, in view and focused, on a phone where sections start folded',
    CHROMIUM_SUITE_HAS_IT,
    async ({ reader }) => {
      await reader.open(sectionPath('turkish-officials-present'), PHONE);
      expect(reader.viewport.width, 'a phone-sized viewport').toBeLessThan(FOLDED_BELOW_PX);
      await expectLanded(reader, 'turkish-officials-present');
      await expectSections(reader, { 'no-putin-no-zelensky': false });
    },
  );

  test(
    'a section link answered by 404.html (its id in capitals) lands there once the app has drawn the page afresh',
    CHROMIUM_SUITE_HAS_IT,
    async ({ reader, problems }) => {
      const path = sectionPath('Turkish-Officials-Present');
      if (reader.driver.traits.seesNetwork) expectNoFileFor(problems, path);
      await reader.open(path, DESKTOP);
      // The panels beside the text arrive after the landing and change the page around it.
      await expectLanded(reader, 'turkish-officials-present');
    },
  );

  test('a quote page lands on its quote', CHROMIUM_SUITE_HAS_IT, async ({ reader }) => {
    await reader.open(paths.quote(SLUG, 'hide-from-the-americans'), PHONE);
    await expectStory(reader);
    await expectSections(reader, { 'russian-demands-spark-frustration': true });
    const quote = reader.getById(elementIds.quote('hide-from-the-americans'));
    expect(await quote.text()).toBe('What do they have to hide from the Americans?');
    await expect.poll(() => quote.focus()).toBe('focused');
    await expect.poll(() => quote.attribute('data-current')).toBe('');
    await expect.poll(() => quote.place()).toBe('in view');
  });

  test('choosing a participant at the table marks their mentions', async ({ reader }) => {
    await reader.open(STORY_PATH, DESKTOP);
    await expectStory(reader);
    const participants = reader.getByRole('complementary', { name: 'Participants' });
    const inList = participants.getByRole('button', { name: 'Vladimir Putin' });
    const seat = participants
      .getByRole('figure', { name: 'At the table' })
      .getByRole('button', { name: /^Vladimir Putin, / });
    const marks = reader.getByRole('article').getByRole('mark');
    await expect.poll(() => inList.attribute('aria-pressed')).toBe('false');
    expect(await marks.count()).toBe(0);

    // A press on the seat's middle reaches its button only where the engine places foreignObject right.
    await seat.click();
    await expect.poll(() => inList.attribute('aria-pressed')).toBe('true');
    await expect.poll(() => seat.attribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => marks.texts())
      .toEqual(['Vladimir Putin', 'Putin', 'Putin', 'the Russian president']);
  });

  test(
    "at a phone's width the bar opens each panel as a modal sheet, which closes",
    CHROMIUM_SUITE_HAS_IT,
    async ({ reader }) => {
      await reader.open(STORY_PATH, PHONE);
      await expectStory(reader);
      const tools = reader.getByRole('navigation', { name: 'Story tools' });

      const participants = tools.getByRole('button', { name: 'Participants' });
      await participants.click();
      const sheet = reader.getByRole('dialog', { name: 'Participants' });
      await expect.poll(() => sheet.visibility()).toBe('visible');
      expect(await sheet.evaluate((element) => element.matches(':modal'))).toBe(true);
      await expect
        .poll(() => sheet.getByRole('heading', { level: 2, name: 'Participants' }).visibility())
        .toBe('visible');
      await sheet.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => sheet.visibility()).toBe('hidden');
      await expect.poll(() => participants.focus()).toBe('focused');

      const quotes = tools.getByRole('button', { name: 'Quotes' });
      await quotes.click();
      const quotesSheet = reader.getByRole('dialog', { name: 'Quotes' });
      await expect.poll(() => quotesSheet.visibility()).toBe('visible');
      await reader.press('Escape');
      await expect.poll(() => quotesSheet.visibility()).toBe('hidden');
      await expect.poll(() => quotes.focus()).toBe('focused');
    },
  );

  test(
    "a fragment typed into the open page's address bar opens its folded section",
    CHROMIUM_SUITE_HAS_IT,
    async ({ reader }) => {
      await reader.open(STORY_PATH, DESKTOP);
      await expectStory(reader);
      await reader.getByRole('button', { name: 'Collapse all' }).click();
      await expectSections(reader, all(false));
      // The same document: only `location.hash` changes, as when a reader types it.
      await reader.goto(`${STORY_PATH}#turkish-officials-present`);
      await expectLanded(reader, 'turkish-officials-present');
      await expectSections(reader, { 'no-putin-no-zelensky': false });
    },
  );

  test(
    'find-in-page reaches folded text: a text-fragment link opens its section (beforematch)',
    CHROMIUM_SUITE_HAS_IT,
    async ({ reader }) => {
      const id: SectionId = 'russian-demands-spark-frustration';
      await reader.open(STORY_PATH, DESKTOP);
      await expectStory(reader);
      await reader.getByRole('button', { name: 'Collapse all' }).click();
      await expectSections(reader, all(false));
      await reader.evaluate(() => {
        const counted = window as Window & { beforematches?: number };
        counted.beforematches = 0;
        document.addEventListener('beforematch', () => (counted.beforematches! += 1), true);
      });

      // The browser's own search-and-scroll, as "Copy link to highlight" or a search result links.
      await reader.goto(`${STORY_PATH}#:~:text=${encodeURIComponent('What do they have to hide')}`);
      await expectSections(reader, { [id]: true });
      expect(
        await reader.evaluate(() => (window as Window & { beforematches?: number }).beforematches),
      ).toBeGreaterThan(0);
      // Revealed for this visit; the other sections keep the reader's choice.
      await expectSections(reader, {
        'no-putin-no-zelensky': false,
        'turkish-officials-present': false,
      });
    },
  );

  test('where folded text cannot be found (no hidden="until-found"), starting a search opens every section for the visit', async ({
    reader,
  }) => {
    await reader.open(STORY_PATH, PHONE);
    await expectStory(reader);
    await expectSections(reader, all(false));
    // This engine has it: find-in-page reaches folded text, so a search changes nothing.
    expect(await reader.evaluate(() => 'onbeforematch' in document.body)).toBe(true);
    await reader.press('Control+f');
    await nextFrame(reader);
    await expectSections(reader, all(false));

    // As in an engine without it (Firefox before 139, older Safari): the reader cannot
    // tell find-in-page to look in folded text, so a search opens the story whole.
    const forgetUntilFound = () => {
      delete (HTMLElement.prototype as { onbeforematch?: unknown }).onbeforematch;
      return 'onbeforematch' in document.body;
    };
    expect(await reader.evaluate(forgetUntilFound)).toBe(false);
    await reader.press('Control+f');
    await expectSections(reader, all(true));
    // Opened for this visit only: the reader's own choice (the phone's default) comes back.
    await reader.reload();
    await expectStory(reader);
    await expectSections(reader, all(false));
    expect(await reader.evaluate(forgetUntilFound)).toBe(false);
    await reader.press('F3');
    await expectSections(reader, all(true));
  });

  test(
    'a story read once opens again offline, with its section links',
    CHROMIUM_SUITE_HAS_IT,
    async ({ reader, problems }) => {
      await reader.open(STORY_PATH, DESKTOP);
      await expectStory(reader);
      await expect
        .poll(() => reader.evaluate(storyKeptOffline, STORY_JSON), { timeout: 60_000 })
        .toBe('kept');

      const offline = await reader.driver.goOffline();
      if (reader.driver.traits.seesNetwork) {
        problems.expect({ url: /./, reason: 'requests fail while the reader is offline' });
      }
      await reader.reload();
      await expectStory(reader);
      // Only a browser that knows it is offline says so: a site that stops answering is not that.
      const saysOffline = async () =>
        (await reader.getByRole('status').texts()).some((text) =>
          text.startsWith('You’re offline'),
        );
      await expect.poll(saysOffline, { message: `offline: ${offline}` }).toBe(offline === 'device');

      const id: SectionId = 'turkish-officials-present';
      await reader.goto(sectionPath(id));
      await expectLanded(reader, id);
    },
  );

  test('a link near the end of a long story lands in view and stays there while sections are drawn above it', async ({
    reader,
  }) => {
    const round = E2E_LONG_STORY.sections - 3;
    await reader.open(`/articles/${E2E_LONG_STORY.slug}/${roundId(round)}`, DESKTOP);
    const target = reader.getByRole('button', { name: new RegExp(`^Round ${round}: `) });
    await expect.poll(() => target.focus(), { timeout: FIRST_RENDER_MS }).toBe('focused');
    await expect.poll(() => target.place()).toBe('in view');
    await expect.poll(() => target.attribute('aria-expanded')).toBe('true');
    // The reader starts reading (a press on the text) while the sections within a screen above
    // are drawn, a few at a time: the browser keeps their place where it anchors scrolling
    // (overflow-anchor), the reader itself where it does not (WebKit).
    await content(reader, roundId(round)).getByRole('paragraph').nth(0).click();
    test.info().annotations.push({
      type: 'sections drawn when the reader moved',
      description: String(
        await reader.evaluate(() => document.querySelectorAll('section[id^="round-"]').length),
      ),
    });
    const anchors = await reader.evaluate(() => CSS.supports('overflow-anchor', 'auto'));
    test.info().annotations.push({
      type: 'place kept by',
      description: anchors ? 'the browser (overflow-anchor)' : 'the reader (useSectionsToRender)',
    });
    const above = reader.getByRole('button', { name: new RegExp(`^Round ${round - 1}: `) });
    await expect.poll(() => above.count(), { timeout: FIRST_RENDER_MS }).toBe(1);
    await expect.poll(() => target.place()).toBe('in view');
  });
});
