import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { findArticlePage, renderApp } from '../renderWithProviders';
import { elementIds } from '../../src/lib/elementIds';
import { SLUG, articleJson, jsonResponse, stubServer } from '../fakeServer';

const ARTICLE = `/articles/${SLUG}`;

/** Pretends to be a phone: no media query for wider screens matches. */
function stubPhone() {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: false,
      media: query,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    })),
  );
}

async function openStory(path = ARTICLE) {
  stubServer();
  const view = renderApp(path);
  await findArticlePage();
  return view;
}

const toggle = (name: string) => screen.getByRole('button', { name });
const sectionText = (id: string) => document.getElementById(elementIds.sectionContent(id));

describe('collapsible sections', () => {
  it('folds and unfolds a section by click, keeping its text findable', async () => {
    const { user } = await openStory();
    const button = toggle('No Putin, no Zelensky');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute(
      'aria-controls',
      elementIds.sectionContent('no-putin-no-zelensky'),
    );
    expect(screen.getByText(/^Neither Russian President/)).toBeVisible();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(sectionText('no-putin-no-zelensky')).toHaveAttribute('hidden', 'until-found');
    expect(screen.getByText(/^Neither Russian President/)).not.toBeVisible();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(sectionText('no-putin-no-zelensky')).not.toHaveAttribute('hidden');
  });

  it('folds and unfolds by keyboard', async () => {
    const { user } = await openStory();
    const button = toggle('Turkish officials present');
    button.focus();

    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('keeps the untitled opening open, with no toggle', async () => {
    await openStory();
    expect(screen.getByRole('region', { name: 'Opening' })).toHaveTextContent(
      /^Russian and Ukrainian delegations met on Friday/,
    );
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(3);
  });

  it('expands and collapses every section at once', async () => {
    const { user } = await openStory();
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(screen.getAllByRole('button', { expanded: false })).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(3);
  });

  it('answers Collapse all at once where the reader is on a long story, then folds the rest', async () => {
    // Plainly test data: the bundled story with 60 invented sections after its own.
    const story = articleJson();
    story.sections.push(
      ...Array.from({ length: 60 }, (_, index) => ({
        id: `test-section-${index + 1}`,
        title: `Test section ${index + 1}`,
        paragraphs: [`Invented text for test section ${index + 1}.`],
      })),
    );
    stubServer({ [`/articles/${SLUG}.json`]: () => jsonResponse(story) });
    const { user } = renderApp(ARTICLE);
    await findArticlePage();
    const sections = story.sections.filter((section) => section.title !== undefined).length;
    const folded = () => screen.queryAllByRole('button', { expanded: false });
    // A long story is drawn a few sections at a time: all of them, here, before the clicks.
    await waitFor(() =>
      expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(sections),
    );
    // The reader has scrolled to test section 27: the screen starts there, 100 px a section.
    const ids = story.sections.map((section) => section.id);
    const rects = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      return DOMRect.fromRect({
        y: (ids.indexOf(this.id) - ids.indexOf('test-section-27')) * 100,
        height: 100,
      });
    });
    onTestFinished(() => rects.mockRestore());

    // The reader folds and opens again a section far above while the rest is being folded.
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(toggle('Test section 27')).toHaveAttribute('aria-expanded', 'false');
    expect(toggle('Test section 33')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Collapse all' })).toHaveAttribute('data-active');
    fireEvent.click(toggle('No Putin, no Zelensky'));
    fireEvent.click(toggle('No Putin, no Zelensky'));

    await waitFor(() => expect(folded()).toHaveLength(sections - 1));
    expect(toggle('No Putin, no Zelensky')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Collapse all' })).not.toHaveAttribute('data-active');
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    await waitFor(() => expect(folded()).toHaveLength(0));
  });

  it('does not add history entries when folding', async () => {
    const { user, router } = await openStory();
    const before = router.state.location;
    await user.click(toggle('No Putin, no Zelensky'));
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(router.state.location).toBe(before);
  });

  it('remembers the reader’s choice across a reload', async () => {
    const { user, unmount } = await openStory();
    await user.click(toggle('Russian demands spark frustration'));
    unmount();

    await openStory();
    expect(toggle('Russian demands spark frustration')).toHaveAttribute('aria-expanded', 'false');
    expect(toggle('No Putin, no Zelensky')).toHaveAttribute('aria-expanded', 'true');
  });

  it('remembers a choice the reader leaves the page right after, before it is drawn', async () => {
    const first = await openStory();
    // The frame that would show the change never comes: the reader reloads, or goes, at once.
    vi.stubGlobal('requestAnimationFrame', () => 0);
    fireEvent.click(toggle('Russian demands spark frustration'));
    window.dispatchEvent(new Event('pagehide'));
    // A reload unmounts nothing: the old page is simply gone.
    first.container.remove();
    vi.unstubAllGlobals();

    await openStory();
    expect(toggle('Russian demands spark frustration')).toHaveAttribute('aria-expanded', 'false');
    expect(toggle('No Putin, no Zelensky')).toHaveAttribute('aria-expanded', 'true');
  });

  it('starts folded on a phone', async () => {
    stubPhone();
    await openStory();
    expect(screen.getAllByRole('button', { expanded: false })).toHaveLength(3);
  });

  it('opens a folded section when find-in-page reaches into it', async () => {
    const { user } = await openStory();
    await user.click(toggle('Turkish officials present'));

    act(() => {
      sectionText('turkish-officials-present')!.dispatchEvent(new Event('beforematch'));
    });
    expect(toggle('Turkish officials present')).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('deep links to a section', () => {
  it('opens, focuses and scrolls to the linked section, even on a phone', async () => {
    stubPhone();
    await openStory(`${ARTICLE}/russian-demands-spark-frustration`);

    const button = toggle('Russian demands spark frustration');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(toggle('No Putin, no Zelensky')).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(button).toHaveFocus());
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(document.getElementById('russian-demands-spark-frustration')).toHaveAttribute(
      'data-current',
    );
    await waitFor(() =>
      expect(document.title).toBe(
        'Russian demands spark frustration · Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough · The Reader',
      ),
    );
  });

  it('accepts the section as a fragment, and in any letter case', async () => {
    stubPhone();
    await openStory(`${ARTICLE}#Turkish-Officials-Present`);
    await waitFor(() => expect(toggle('Turkish officials present')).toHaveFocus());
  });

  it('shows the story with a note for an unknown section', async () => {
    await openStory(`${ARTICLE}/no-such-section`);
    expect(
      screen.getByText('This story has no section “no-such-section”. Here is the whole story.'),
    ).toHaveAttribute('role', 'status');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Turkish officials present' }),
    ).toBeInTheDocument();
  });

  it('gives every section heading a permalink', async () => {
    await openStory();
    expect(
      screen.getByRole('link', { name: 'Link to section: No Putin, no Zelensky' }),
    ).toHaveAttribute('href', `${ARTICLE}/no-putin-no-zelensky`);
  });

  it('follows a permalink within the app to its section', async () => {
    stubPhone();
    const { user, router } = await openStory();
    await user.click(
      screen.getByRole('link', { name: 'Link to section: Turkish officials present' }),
    );

    expect(router.state.location.pathname).toBe(`${ARTICLE}/turkish-officials-present`);
    expect(toggle('Turkish officials present')).toHaveAttribute('aria-expanded', 'true');
    expect(toggle('Turkish officials present')).toHaveFocus();
  });
});

describe('sharing a section', () => {
  it('copies the link and says so where there is no share sheet', async () => {
    // jsdom has no share sheet; user-event gives it a clipboard.
    expect(navigator.share).toBeUndefined();
    const { user } = await openStory();

    await user.click(screen.getByRole('button', { name: 'Share section: No Putin, no Zelensky' }));
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}${ARTICLE}/no-putin-no-zelensky`,
    );
  });

  it('uses the device’s share sheet where there is one', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, share });
    const { user } = await openStory();

    await user.click(
      screen.getByRole('button', { name: 'Share section: Turkish officials present' }),
    );
    expect(share).toHaveBeenCalledWith({
      title:
        'Turkish officials present — Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough',
      url: `${window.location.origin}${ARTICLE}/turkish-officials-present`,
    });
  });
});

describe('the participant sidebar', () => {
  it('opens with a drawing of who sat at the table, whose seats choose people as the list does', async () => {
    const { user } = await openStory();
    const sidebar = screen.getByRole('complementary', { name: 'Participants' });
    const table = within(sidebar).getByRole('figure', { name: 'At the table' });
    const seat = within(table).getByRole('button', {
      name: 'Vladimir Medinsky, on the Russia side',
    });

    await user.click(seat);

    expect(seat).toHaveAttribute('aria-pressed', 'true');
    expect(within(sidebar).getByRole('button', { name: 'Vladimir Medinsky' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const marked = within(screen.getByRole('article')).getAllByRole('button', {
      name: 'Vladimir Medinsky',
    });
    expect(marked.length).toBeGreaterThan(0);
    expect(marked[0]?.closest('mark')).not.toBeNull();
    expect(within(sidebar).getByText('Mentioned in')).toBeInTheDocument();

    await user.click(seat);
    expect(seat).toHaveAttribute('aria-pressed', 'false');
    expect(
      within(screen.getByRole('article')).queryByRole('button', { name: 'Vladimir Medinsky' }),
    ).not.toBeInTheDocument();
  });

  it('groups delegations by side, mediators, absent leaders and others', async () => {
    await openStory();
    const sidebar = screen.getByRole('complementary', { name: 'Participants' });
    const headings = within(sidebar)
      .getAllByRole('heading')
      .map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Participants',
      'Delegations',
      'Russia',
      'Ukraine',
      'Mediators',
      'Absent leaders',
      'Also involved',
    ]);

    const mediators = within(sidebar).getByRole('region', { name: 'Mediators' });
    expect(
      within(mediators)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Hakan Fidan', 'Ibrahim Kalin']);
    const absent = within(sidebar).getByRole('region', { name: 'Absent leaders' });
    expect(within(absent).getAllByText('Not at the talks')).toHaveLength(2);

    const anton = within(sidebar).getByRole('button', { name: 'Michael Anton' }).closest('li')!;
    expect(anton).toHaveTextContent('Senior adviser, United States');
    expect(anton).toHaveTextContent('Refused entry');

    const delegations = within(sidebar).getByRole('region', { name: 'Delegations' });
    expect(
      within(delegations).getByRole('button', { name: 'Deputy foreign minister (Ukraine)' }),
    ).toBeInTheDocument();
    expect(delegations).toHaveTextContent('Not named in the report');
  });

  it('marks a person’s mentions and leads to the sections that mention them', async () => {
    stubPhone();
    const { user } = await openStory(`${ARTICLE}#opening`);
    await user.click(await screen.findByRole('button', { name: 'Participants' }));
    const sheet = screen.getByRole('dialog', { name: 'Participants' });

    const putin = within(sheet).getByRole('button', { name: 'Vladimir Putin' });
    await user.click(putin);
    expect(putin).toHaveAttribute('aria-pressed', 'true');

    const article = screen.getByRole('article');
    const marks = article.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual([
      'Vladimir Putin',
      'Putin',
      'Putin',
      'the Russian president',
    ]);

    await user.click(within(sheet).getByRole('link', { name: 'No Putin, no Zelensky' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(toggle('No Putin, no Zelensky')).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('mention-vladimir-putin-1')).toHaveFocus();
  });

  it('leads from a mention in the text back to the person', async () => {
    const { user } = await openStory();
    const sidebar = screen.getByRole('complementary', { name: 'Participants' });
    await user.click(within(sidebar).getByRole('button', { name: 'Michael Anton' }));

    const mention = within(screen.getByRole('article')).getByRole('button', {
      name: 'Michael Anton',
    });
    await user.click(mention);
    await act(() => new Promise(requestAnimationFrame));
    expect(
      within(sidebar).getByRole('button', { name: 'Michael Anton' }).closest('li'),
    ).toHaveFocus();
  });
});

describe('the pull-quote panel', () => {
  it('lists the quotes with their speakers and whether they are on the record', async () => {
    await openStory();
    const panel = screen.getByRole('complementary', { name: 'Quotes' });
    const figures = within(panel).getAllByRole('figure');
    expect(figures).toHaveLength(4);
    expect(figures[3]).toHaveTextContent('“What do they have to hide from the Americans?”');
    expect(figures[3]).toHaveTextContent('Diplomatic source (Ukraine)');
    expect(figures[3]).toHaveTextContent('Anonymous source');
    expect(figures[1]).toHaveTextContent('Tammy Bruce');
    expect(figures[1]).toHaveTextContent('Spokesperson, U.S. State Department');
    expect(figures[1]).toHaveTextContent('On the record');
  });

  it('takes the reader to the quote in the text, opening its section and marking it', async () => {
    stubPhone();
    const { user } = await openStory();
    await user.click(await screen.findByRole('button', { name: 'Quotes' }));
    const sheet = screen.getByRole('dialog', { name: 'Quotes' });

    await user.click(
      within(sheet).getByRole('link', {
        name: 'Read in context: Diplomatic source (Ukraine) in Russian demands spark frustration',
      }),
    );
    expect(toggle('Russian demands spark frustration')).toHaveAttribute('aria-expanded', 'true');
    const quote = document.getElementById('quote-hide-from-the-americans')!;
    expect(quote).toHaveTextContent('What do they have to hide from the Americans?');
    expect(quote).toHaveAttribute('data-current');
    expect(quote).toHaveFocus();
  });

  it('leaves the quotes in the body text', async () => {
    await openStory();
    expect(
      within(screen.getByRole('article')).getByText(
        'What do they have to hide from the Americans?',
      ),
    ).toBeInTheDocument();
  });
});
