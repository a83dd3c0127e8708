import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findArticlePage, renderApp } from '../renderWithProviders';
import { SLUG, articleJson, jsonResponse, stubServer } from '../fakeServer';

const ARTICLE_URL = `/articles/${SLUG}.json`;
const HEADLINE = 'Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough';

type ArticleJson = ReturnType<typeof articleJson>;

function serve(body: string | ArticleJson) {
  stubServer({
    [ARTICLE_URL]: () =>
      typeof body === 'string' ? new Response(body, { status: 200 }) : jsonResponse(body),
  });
  return renderApp(`/articles/${SLUG}`);
}

/** A clone of the real story, broken by `breakIt`. */
function broken(breakIt: (article: ArticleJson) => void): ArticleJson {
  const article = articleJson();
  breakIt(article);
  return article;
}

/** The editor's list of problems on a story's error page, one `path: message` line each. */
function problemLines(container: HTMLElement = document.body): string[] {
  return within(container)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('a story file that cannot be read at all', () => {
  it.each([
    ['not JSON', '{"slug": "russia-ukraine', /not a story file: not valid JSON \(.+\)/],
    ['an HTML page', '<!doctype html><title>Gateway</title>', /not a story file: not valid JSON/],
    ['empty', '', /not a story file: the file is empty/],
    ['only white space', ' \n\t ', /not a story file: the file is empty/],
  ])('explains a file that is %s, offering Retry', async (_name, body, message) => {
    serve(body);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'We couldn’t load the story' }),
    ).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it.each([
    ['an array', '[]', 'array'],
    ['a string', '"Russia and Ukraine"', 'string'],
    ['null', 'null', 'null'],
    ['a number', '42', 'number'],
    ['true', 'true', 'boolean'],
  ])('names the root when the file holds %s instead of a story', async (_name, body, type) => {
    serve(body);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'The story file has errors' }),
    ).toBeInTheDocument();
    expect(problemLines()).toEqual([`(root): Invalid input: expected object, received ${type}`]);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it.each<[string, (article: ArticleJson) => void, string[]]>([
    [
      'a missing headline',
      (article) => Reflect.deleteProperty(article, 'headline'),
      ['headline: Invalid input: expected string, received undefined'],
    ],
    [
      'sections given as an object',
      (article) => Object.assign(article, { sections: { opening: article.sections[0] } }),
      ['sections: Invalid input: expected array, received object'],
    ],
    [
      'a paragraph that is a number, and a date without an offset',
      (article) => {
        Object.assign(article.sections[1]!.paragraphs, { 0: 7 });
        article.publishedAt = '2025-05-16 18:22';
      },
      [
        'publishedAt: Expected an ISO 8601 date-time with an offset, like 2025-05-16T18:22:00+05:30',
        'sections[1].paragraphs[0]: Invalid input: expected string, received number',
      ],
    ],
    [
      'a section id carrying markup',
      (article) => (article.sections[1]!.id = '<script>alert(1)</script>'),
      ['sections[1].id: Expected an id of lowercase letters, digits and single hyphens'],
    ],
    [
      'a lead image whose address is a script',
      (article) => Object.assign(article.leadImage, { src: 'JaVaScRiPt:alert(1)' }),
      ['leadImage.src: Invalid URL'],
    ],
    [
      'a file saved under another story’s name',
      (article) => (article.slug = 'another-story'),
      [`slug: Expected the file to be named another-story.json, not "${SLUG}.json"`],
    ],
  ])('lists the fields at fault for %s', async (_name, breakIt, lines) => {
    serve(broken(breakIt));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'The story file has errors' }),
    ).toBeInTheDocument();
    expect(problemLines()).toEqual(lines);
    expect(screen.queryByRole('heading', { name: HEADLINE })).not.toBeInTheDocument();
  });

  it('refuses an enormous file (10 MB) before trying to show it', async () => {
    const huge = articleJson();
    huge.sections[0]!.paragraphs.push('word '.repeat(2_000_000));
    serve(huge);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'The story file is too large' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^It has 10 million characters; the reader opens files of up to 1 million/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('shows not-found when the index lists a story whose file is missing', async () => {
    stubServer({
      '/articles/index.json': () =>
        jsonResponse({
          articles: [
            {
              slug: 'a-lost-story',
              headline: 'A lost story',
              standfirst: 'Its file was never uploaded.',
              publishedAt: '2025-05-16T18:22:00+05:30',
            },
          ],
        }),
    });
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'A lost story' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Story not found' }),
    ).toBeInTheDocument();
  });
});

describe('a story file with faults confined to participants or quotes', () => {
  const panel = (name: 'Participants' | 'Quotes') => screen.getByRole('complementary', { name });
  const note = (name: 'Participants' | 'Quotes', what: string) =>
    within(panel(name)).getByRole('note', { name: `Some ${what} are missing` });

  async function openBroken(breakIt: (article: ArticleJson) => void) {
    const view = serve(broken(breakIt));
    expect(await findArticlePage()).toHaveAccessibleName(HEADLINE);
    // The text still reads in full.
    expect(screen.getByText(/^Russian and Ukrainian delegations met on Friday/)).toBeVisible();
    expect(
      screen.getAllByRole('heading', { level: 2, name: /Putin|Russian|Turkish/ }),
    ).toHaveLength(3);
    return view;
  }

  it('leaves out a malformed participant, and the quotes they gave, saying which fields', async () => {
    await openBroken((article) => {
      Object.assign(article.participants[8]!, { role: 42, presence: 'maybe' });
    });

    expect(problemLines(note('Participants', 'participants'))).toEqual([
      'participants[8].role: Invalid input: expected string, received number',
      'participants[8].presence: Invalid option: expected one of "present"|"absent"|"refused"|"not-stated"',
    ]);
    expect(
      within(panel('Participants')).getByRole('button', { name: 'Hakan Fidan' }),
    ).toBeVisible();
    expect(
      within(panel('Participants')).queryByRole('button', { name: 'Tammy Bruce' }),
    ).not.toBeInTheDocument();

    expect(problemLines(note('Quotes', 'quotes'))).toEqual([
      'quotes[1].speakerId: Speaker "tammy-bruce" is left out because of the errors in their entry in participants',
      'quotes[2].speakerId: Speaker "tammy-bruce" is left out because of the errors in their entry in participants',
    ]);
    expect(within(panel('Quotes')).getAllByRole('figure')).toHaveLength(2);
  });

  it.each<[string, (article: ArticleJson) => void, string[]]>([
    [
      'a quote in a section that does not exist',
      (article) => (article.quotes[0]!.sectionId = 'closing-remarks'),
      ['quotes[0].sectionId: Unknown section "closing-remarks": expected the id of a section'],
    ],
    [
      'a quote by a person who does not exist',
      (article) => (article.quotes[3]!.speakerId = 'nobody'),
      ['quotes[3].speakerId: Unknown speaker "nobody": expected the id of a participant'],
    ],
    [
      'a quote past the end of its section',
      (article) => (article.quotes[3]!.paragraph = 5),
      [
        'quotes[3].paragraph: Section "russian-demands-spark-frustration" has no paragraph 5 (it has 2, counted from 0)',
      ],
    ],
    [
      'a duplicate quote id',
      (article) => (article.quotes[2]!.id = 'peaceful-end'),
      ['quotes[2].id: Duplicate id "peaceful-end"'],
    ],
  ])('leaves out %s and says so in the quotes', async (_name, breakIt, lines) => {
    await openBroken(breakIt);

    expect(problemLines(note('Quotes', 'quotes'))).toEqual(lines);
    expect(within(panel('Quotes')).getAllByRole('figure')).toHaveLength(3);
    expect(
      within(panel('Participants')).queryByRole('note', { name: /missing/ }),
    ).not.toBeInTheDocument();
  });

  it('leaves out a duplicate participant and a mention the text does not have', async () => {
    await openBroken((article) => {
      article.participants[7]!.id = 'marco-rubio';
      article.participants[3]!.mentions = ['Ibrahim Kalın'];
    });

    expect(problemLines(note('Participants', 'participants'))).toEqual([
      'participants[3].mentions[0]: Phrase "Ibrahim Kalın" does not appear in the text',
      'participants[7].id: Duplicate id "marco-rubio"',
    ]);
    expect(
      within(panel('Participants')).getByRole('button', { name: 'Marco Rubio' }),
    ).toBeVisible();
    expect(
      within(panel('Participants')).queryByRole('button', { name: /Kalin|Anton/ }),
    ).not.toBeInTheDocument();
  });

  it('keeps the story when participants and quotes are not lists at all', async () => {
    await openBroken((article) => {
      Object.assign(article, { participants: 'see the sidebar', quotes: null });
    });

    expect(problemLines(note('Participants', 'participants'))).toEqual([
      'participants: Invalid input: expected array, received string',
    ]);
    expect(problemLines(note('Quotes', 'quotes'))).toEqual([
      'quotes: Invalid input: expected array, received null',
    ]);
    expect(within(panel('Participants')).queryAllByRole('button')).toEqual([]);
    expect(within(panel('Quotes')).queryAllByRole('figure')).toEqual([]);
  });
});

describe('a sound file with unusual text', () => {
  it('shows a very long word and a very long paragraph whole, as text', async () => {
    const longWord = 'Donetsk'.repeat(20_000);
    const longParagraph = 'The talks went on. '.repeat(20_000).trim();
    serve(
      broken((article) => {
        article.headline = `${longWord} talks`;
        article.sections[3]!.paragraphs.push(longParagraph);
      }),
    );

    const headline = await screen.findByRole('heading', { level: 1 });
    expect(headline).toHaveTextContent(`${longWord} talks`);
    expect(screen.getByText(longParagraph)).toBeInTheDocument();
  });

  it('shows right-to-left and combining characters as written, each paragraph finding its direction', async () => {
    const arabic = 'قال المتحدث إن المحادثات ستستمر في إسطنبول.';
    const hebrew = 'השיחות יימשכו מחר.';
    const combining = 'Z̴̡̛͔a̸̢͚l̵̰̈́g̸̣̓o̶͈͝ and café (cafe\u0301) and \u202Eevil\u202C text';
    serve(
      broken((article) => {
        article.standfirst = arabic;
        article.sections[1]!.paragraphs[0] = hebrew;
        article.sections[1]!.paragraphs[1] = combining;
      }),
    );

    await screen.findByRole('heading', { level: 1, name: HEADLINE });
    for (const text of [arabic, hebrew, combining]) {
      const element = screen.getByText(text);
      expect(element).toHaveAttribute('dir', 'auto');
    }
  });
});
