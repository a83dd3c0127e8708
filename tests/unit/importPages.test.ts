import { describe, expect, it } from 'vitest';
import { formatReport } from '../../scripts/articles/import/formatReport';
import { importPage, type ImportInput } from '../../scripts/articles/import/importPage';
import type { Article } from '../../src/features/articles/model/articleSchema';
import { parseArticle } from '../../src/features/articles/model/parseArticle';
import { courierPage, gazettePage, heraldText } from '../importPages';

function draftOf(input: ImportInput): Article {
  const { draft } = importPage(input);
  if (!draft.ok) throw new Error(`No draft: ${JSON.stringify(draft)}`);
  // What is written is what validate reads: the JSON text, parsed again.
  const reread = parseArticle(JSON.parse(draft.json));
  if (!reread.ok) throw new Error(`The written draft fails: ${JSON.stringify(reread.problems)}`);
  return reread.value;
}

const participant = (article: Article, id: string) =>
  article.participants.find((entry) => entry.id === id);

describe('an <article> page with <time> elements (Example Gazette)', () => {
  const draft = draftOf({ fileName: 'gazette.html', content: gazettePage, slug: 'ferry-deal' });

  it('takes the headline from the <h1> and the standfirst the page marks, not its description', () => {
    expect(draft.slug).toBe('ferry-deal');
    expect(draft.headline).toBe('Harbour council agrees ferry timetable after night of talks');
    expect(draft.standfirst).toBe(
      'The council and the ferry company settled after a night of talks in the town hall.',
    );
    expect(draft.source).toBe('Jo Testwriter');
  });

  it('reads the <time> elements in the zone their text names', () => {
    // The published datetime is in UTC; the page names CET, so the draft keeps +01:00.
    expect(draft.publishedAt).toBe('2031-03-04T09:15:00+01:00');
    expect(draft.updatedAt).toBe('2031-03-04T11:40:00+01:00');
    expect(draft.timeZoneLabel).toBe('CET');
  });

  it('keeps the figure’s caption and credit, the dateline’s place and the text word for word', () => {
    expect(draft.leadImage).toEqual({
      caption: 'The ferry at Fictionport quay',
      credit: 'Example Agency',
    });
    expect(draft.location).toBe('Fictionport');
    expect(draft.sections).toEqual([
      {
        id: 'opening',
        paragraphs: [
          'FICTIONPORT — Members of the harbour council and the Example Ferry Company agreed a new timetable on Tuesday, after talks that ran through the night in the old town hall.',
          '"We have a timetable that works for the islands," said council leader Mara Quill. The ferry company\'s director, Tomas Fenwick, said the deal was "fair to both sides".',
        ],
      },
      {
        id: 'who-was-at-the-table',
        title: 'Who was at the table',
        paragraphs: [
          'Mediator Ada Brightwater chaired the talks. Mayor Otto Vance did not attend, and sent a letter instead.',
        ],
      },
    ]);
  });

  it('attributes each quote, trimmed as an editor would keep it', () => {
    expect(draft.quotes.map(({ text, speakerId }) => ({ text, speakerId }))).toEqual([
      { text: 'We have a timetable that works for the islands', speakerId: 'mara-quill' },
      { text: 'fair to both sides', speakerId: 'tomas-fenwick' },
    ]);
  });

  it('gives each participant the part the text gives them, and leaves the rest as not stated', () => {
    expect(participant(draft, 'mara-quill')).toMatchObject({
      role: 'Council leader',
      group: 'other',
      presence: 'not-stated',
    });
    expect(participant(draft, 'tomas-fenwick')).toMatchObject({
      role: 'Director',
      affiliation: 'Ferry company',
    });
    expect(participant(draft, 'ada-brightwater')).toMatchObject({
      role: 'Mediator',
      group: 'mediator',
      presence: 'present',
    });
    expect(participant(draft, 'otto-vance')).toMatchObject({
      role: 'Mayor',
      group: 'absent-leader',
      presence: 'absent',
    });
    expect(participant(draft, 'example-ferry-company')).toMatchObject({
      kind: 'organisation',
      mentions: ['Example Ferry Company'],
    });
  });

  it('leaves out the ads, newsletter prompt, related link and cookie notice', () => {
    const text = JSON.stringify(draft);

    for (const furniture of ['Advertisement', 'newsletter', 'Read more', 'cookies']) {
      expect(text).not.toContain(furniture);
    }
  });
});

describe('a page of plain divs with its dates written as text (Example Courier)', () => {
  const draft = draftOf({ fileName: 'courier.htm', content: courierPage, slug: 'lanterns' });

  it('reads the written dates, a.m. and p.m., in EST', () => {
    expect(draft.publishedAt).toBe('2031-03-04T09:15:00-05:00');
    expect(draft.updatedAt).toBe('2031-03-04T13:05:00-05:00');
    expect(draft.timeZoneLabel).toBe('EST');
  });

  it('names the site as the source when the page has no byline, and no location it cannot see', () => {
    expect(draft.source).toBe('Example Courier');
    expect(draft.location).toBeUndefined();
    expect(draft.leadImage).toBeUndefined();
  });

  it('finds the subhead inside a div once, and keeps the rest as paragraphs', () => {
    expect(draft.sections.map((section) => section.title)).toEqual([undefined, 'A quieter route']);
    expect(draft.sections.map((section) => section.paragraphs.length)).toEqual([2, 2]);
    expect(draft.sections[0]?.paragraphs[1]).toBe(
      '«The river will be full of light again,» said festival director Lena Sample, who has run the night for a decade.',
    );
  });

  it('takes the first sentence as the standfirst when the page has none', () => {
    expect(draft.standfirst).toBe(
      "The lantern festival will return to Mapleford this autumn, the organisers of the invented town's best-loved night said on Monday, after two years in which the river stayed dark.",
    );
  });

  it('attributes angle, low-high and curly quotes, and an unnamed official', () => {
    expect(
      draft.quotes.map(({ text, speakerId, sectionId, paragraph }) => ({
        text,
        speakerId,
        sectionId,
        paragraph,
      })),
    ).toEqual([
      {
        text: 'The river will be full of light again',
        speakerId: 'lena-sample',
        sectionId: 'opening',
        paragraph: 1,
      },
      {
        text: 'We expect twelve thousand visitors.',
        speakerId: 'city-official',
        sectionId: 'a-quieter-route',
        paragraph: 0,
      },
      {
        text: 'We were never asked.',
        speakerId: 'ben-placeholder',
        sectionId: 'a-quieter-route',
        paragraph: 1,
      },
    ]);
    expect(participant(draft, 'city-official')).toMatchObject({
      anonymous: true,
      role: 'City official',
      mentions: ['a city official', 'The same official'],
    });
    expect(participant(draft, 'city-official')?.name).toBeUndefined();
  });
});

describe('plain text copied out of a browser (Example Herald)', () => {
  const { draft, report } = importPage({ fileName: 'herald.txt', content: heraldText });
  const article = draft.ok ? draft.article : undefined;

  it('reads the header lines and drops them from the text', () => {
    expect(article).toMatchObject({
      slug: 'hill-farmers-vote-to-share-one-pool-of',
      headline: 'Hill farmers vote to share one pool of tractors',
      standfirst: "The co-operative's vote ends a decade of argument over machinery.",
      source: 'Example Herald',
      publishedAt: '2031-06-02T07:30:00+01:00',
      updatedAt: '2031-06-02T09:00:00+01:00',
      timeZoneLabel: 'BST',
      location: 'Glenexample',
      leadImage: { caption: 'Farmers at the vote in Glenexample', credit: 'Example Herald' },
    });
  });

  it('keeps only the story’s paragraphs under their subheads', () => {
    expect(article?.sections).toEqual([
      {
        id: 'opening',
        paragraphs: [
          'GLENEXAMPLE — Hill farmers in the invented valley of Glenexample voted on Saturday to share a single pool of tractors, ending a decade of argument over machinery.',
          '"Nobody needs six tractors in one glen," chairwoman Ida Fictional told the meeting.',
        ],
      },
      {
        id: 'who-stayed-away',
        title: 'Who stayed away',
        paragraphs: [
          'Landowner Hugo Notreal did not attend the vote. A farming union spokesperson said the union would "watch closely".',
        ],
      },
    ]);
  });

  it('gives "X told …" and "X said … " quotes their speakers', () => {
    expect(article?.quotes.map(({ text, speakerId }) => ({ text, speakerId }))).toEqual([
      { text: 'Nobody needs six tractors in one glen', speakerId: 'ida-fictional' },
      { text: 'watch closely', speakerId: 'farming-union-spokesperson' },
    ]);
    expect(article && participant(article, 'hugo-notreal')).toMatchObject({
      group: 'other',
      presence: 'absent',
    });
  });

  it('reports what it dropped, each guess with its sentence, and what to check', () => {
    const text = formatReport(report);

    expect(text).toContain('"Follow: Example Herald on Social" (follow prompt)');
    expect(text).toContain('"Share" (share prompt)');
    expect(text).toContain(
      'hugo-notreal: presence "absent" ← "Landowner Hugo Notreal did not attend the vote."',
    );
    expect(text).toContain(
      'quote watch-closely: speaker "farming-union-spokesperson" ← "A farming union spokesperson said the union would "watch closely"."',
    );
    expect(text).toContain('slug "hill-farmers-vote-to-share-one-pool-of" is the headline');
    expect(text).toContain('hugo-notreal: role and affiliation not found in the text');
  });
});

describe('a page the import cannot place in time', () => {
  it('writes no draft, and names the zone it does not know', () => {
    const page = heraldText.replaceAll('BST', 'XYZT');
    const { draft, report } = importPage({ fileName: 'herald.txt', content: page });

    expect(draft.ok).toBe(false);
    expect(draft.ok ? [] : draft.missing).toEqual([
      'publishedAt: no publication date with a time and a known time zone',
    ]);
    expect(report.checks).toContain(
      '"Published 2 June 2031 at 07:30 XYZT" names the time zone XYZT, which the import does not know: it does not guess its offset',
    );
  });
});
