import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import {
  RAIL_FROM_PX,
  expectNoHorizontalOverflow,
  expectNoFileFor,
  viewportWidth,
} from './article';
import bundledStory from '../../public/articles/russia-ukraine-istanbul-ceasefire-talks.json' with { type: 'json' };
import { FOREIGN_HOST, RAN, hostileArticle, payload } from '../hostileArticle';

// A worker could answer requests before page.route sees them.
test.use({ serviceWorkers: 'block' });

/** Not a real story, so the app boots and fetches its file rather than reading prerendered HTML. */
const SLUG = 'xss-probe';
const PATH = `/articles/${SLUG}`;

/** The participants or quotes panel, beside the text or opened from the phone's bar, by keyboard. */
async function openPanelByKeyboard(page: Page, name: 'Participants' | 'Quotes') {
  if (viewportWidth(page) >= RAIL_FROM_PX) return page.getByRole('complementary', { name });
  const tools = page.getByRole('navigation', { name: 'Story tools' });
  await tools.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
  return page.getByRole('dialog', { name }).getByRole('complementary', { name });
}

const WORD = 'Ceasefire'.repeat(60);

/** The real story under SLUG, with a word longer than any screen in each kind of field. */
function longWordStory() {
  const plain = structuredClone(bundledStory);
  plain.slug = SLUG;
  plain.headline = `${WORD} ${plain.headline}`;
  plain.standfirst = 'قال المتحدث إن المحادثات ستستمر في إسطنبول.';
  plain.location = WORD;
  plain.leadImage.caption = WORD;
  const [, titled] = plain.sections;
  const [person] = plain.participants;
  if (!titled || !person) throw new Error('The story lost its first parts');
  titled.title = `${WORD} ${titled.title}`;
  titled.paragraphs[0] += ` ${WORD} ${'Z̴̡̛͔a̸̢͚l̵̰̈́g̸̣̓o̶͈͝'.repeat(20)}`;
  person.note = `${WORD} ${person.note}`;
  person.role = `${WORD} ${person.role}`;
  return plain;
}

test.describe('hostile text in a story file', () => {
  test('every field shows as inert text: no dialog, no script, no request elsewhere', async ({
    page,
    problems,
  }) => {
    expectNoFileFor(problems, PATH);
    const { story, fields } = hostileArticle(SLUG);
    const dialogs: string[] = [];
    const foreign: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.addInitScript((ran) => {
      Object.assign(window, { [ran]: [] });
    }, RAN);
    await page.route(`**://${FOREIGN_HOST}/**`, async (route) => {
      foreign.push(route.request().url());
      await route.abort();
    });
    await page.route(`**/articles/${SLUG}.json`, (route) => route.fulfill({ json: story }));

    await page.goto(PATH);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(payload('headline'));
    const bodyText = () => page.evaluate(() => document.body.textContent);
    let text = await bodyText();
    // Open what a phone keeps in sheets (rendered only while open), and read them too.
    for (const [name, field] of [
      ['Participants', 'participants[0].note'],
      ['Quotes', 'quotes[0].text'],
    ] as const) {
      const panel = await openPanelByKeyboard(page, name);
      await expect(panel).toContainText(payload(field));
      text += await bodyText();
      if (viewportWidth(page) < RAIL_FROM_PX) await page.keyboard.press('Escape');
    }
    for (const field of fields) expect(text, field).toContain(payload(field));
    const live = await page.evaluate(
      ({ ran, host }) => {
        const elements = [...document.querySelectorAll('*')];
        const loads = ['src', 'href', 'srcdoc', 'action', 'formaction', 'data', 'xlink:href'];
        return {
          ran: (window as unknown as Record<string, unknown>)[ran],
          handlers: elements.flatMap((element) =>
            element.getAttributeNames().filter((name) => name.startsWith('on')),
          ),
          // Markup from the file would be an element that runs or loads what the payload names.
          injected: elements
            .filter(
              (element) =>
                (element.tagName === 'SCRIPT' && element.textContent.includes(ran)) ||
                loads.some(
                  (name) =>
                    /javascript:|vbscript:|data:/i.test(element.getAttribute(name) ?? '') ||
                    (element.getAttribute(name) ?? '').includes(host),
                ),
            )
            .map((element) => element.outerHTML.slice(0, 120)),
          hrefs: [...document.querySelectorAll('a')].map((link) => link.getAttribute('href')),
        };
      },
      { ran: RAN, host: FOREIGN_HOST },
    );
    expect(live.ran).toEqual([]);
    expect(live.handlers).toEqual([]);
    expect(live.injected).toEqual([]);
    for (const href of live.hrefs) expect(href).toMatch(/^(\/(?!\/)|#)/);
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
  });

  test('very long words and right-to-left text stay inside the page', async ({
    page,
    problems,
  }) => {
    expectNoFileFor(problems, PATH);
    const story = longWordStory();
    await page.route(`**/articles/${SLUG}.json`, (route) => route.fulfill({ json: story }));

    await page.goto(PATH);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(WORD);
    await expect(page.getByText(story.standfirst)).toHaveAttribute('dir', 'auto');
    await expectNoHorizontalOverflow(page, 'a story with very long words');
  });

  test('a long time-zone label stays inside the page', async ({ page, problems }) => {
    expectNoFileFor(problems, PATH);
    const story = { ...longWordStory(), timeZoneLabel: `IST ${'long label '.repeat(30)}` };
    await page.route(`**/articles/${SLUG}.json`, (route) => route.fulfill({ json: story }));

    await page.goto(PATH);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(WORD);
    await expectNoHorizontalOverflow(page, 'a story with a long time-zone label');
  });
});
