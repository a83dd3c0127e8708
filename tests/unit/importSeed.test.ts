import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPage } from '../../scripts/articles/import/importPage';
import type { Article } from '../../src/features/articles/model/articleSchema';
import { fileNameProblem, parseArticle } from '../../src/features/articles/model/parseArticle';

const root = join(import.meta.dirname, '..', '..');
/**
 * The page the bundled story was typed from, as copied out of a browser (see issue 23), kept in
 * the repository so a clean clone tests with it.
 */
const SEED = join(root, 'tests', 'fixtures', 'seed-istanbul-talks.txt');
const SLUG = 'russia-ukraine-istanbul-ceasefire-talks';

function bundledStory(): Article {
  const text = readFileSync(join(root, 'public', 'articles', `${SLUG}.json`), 'utf8');
  const parsed = parseArticle(JSON.parse(text));
  if (!parsed.ok) throw new Error('The bundled story fails the schema');
  return parsed.value;
}

function importSeed(): Article {
  const { draft } = importPage({
    fileName: 'seed.txt',
    content: readFileSync(SEED, 'utf8'),
    slug: SLUG,
  });
  if (!draft.ok) throw new Error(`No draft: ${JSON.stringify(draft)}`);
  return draft.article;
}

describe('importing the seed page of the bundled story', () => {
  const story = bundledStory();
  const draft = importSeed();

  it('gives a draft that passes the schema under its own file name', () => {
    expect(parseArticle(JSON.parse(JSON.stringify(draft))).ok).toBe(true);
    expect(fileNameProblem(draft, `${SLUG}.json`)).toBeUndefined();
  });

  it('gives the headline, standfirst and source the story has', () => {
    expect(draft.headline).toBe(story.headline);
    expect(draft.standfirst).toBe(story.standfirst);
    expect(draft.source).toBe(story.source);
  });

  it('gives both instants in IST, +05:30', () => {
    expect(draft.publishedAt).toBe('2025-05-16T18:22:00+05:30');
    expect(draft.publishedAt).toBe(story.publishedAt);
    expect(draft.updatedAt).toBe(story.updatedAt);
    expect(draft.timeZoneLabel).toBe('IST');
  });

  it('gives the sections with their titles, ids and every paragraph word for word', () => {
    expect(draft.sections).toEqual(story.sections);
  });

  it('gives the four quotes with their speakers, sections and paragraphs', () => {
    const withoutIds = (quotes: Article['quotes']) =>
      quotes.map(({ text, speakerId, sectionId, paragraph }) => ({
        text,
        speakerId,
        sectionId,
        paragraph,
      }));

    expect(withoutIds(draft.quotes)).toEqual(withoutIds(story.quotes));
  });

  it('gives the location and the lead image’s caption and credit', () => {
    expect(draft.location).toBe('Istanbul');
    expect(draft.leadImage).toEqual({ caption: 'Donetsk, Ukraine', credit: 'AP' });
  });

  it('names the people the story names, with the parts the text gives them', () => {
    const byId = new Map(draft.participants.map((participant) => [participant.id, participant]));
    const fields = (id: string) => {
      const participant = byId.get(id);
      return (
        participant && {
          role: participant.role,
          affiliation: participant.affiliation,
          group: participant.group,
          side: participant.side,
          presence: participant.presence,
        }
      );
    };

    expect(fields('vladimir-putin')).toEqual({
      role: 'President',
      affiliation: 'Russia',
      group: 'absent-leader',
      side: undefined,
      presence: 'absent',
    });
    expect(fields('vladimir-medinsky')).toMatchObject({
      affiliation: 'Russia',
      group: 'delegation',
      side: 'Russia',
      presence: 'present',
    });
    expect(fields('hakan-fidan')).toMatchObject({ group: 'mediator', presence: 'present' });
    expect(fields('ibrahim-kalin')).toMatchObject({
      affiliation: 'Turkey',
      group: 'mediator',
      presence: 'present',
    });
    expect(fields('michael-anton')).toMatchObject({
      affiliation: 'United States',
      presence: 'refused',
    });
    expect(fields('marco-rubio')).toMatchObject({
      role: 'Secretary of State',
      group: 'other',
      presence: 'not-stated',
    });
    expect(byId.get('volodymyr-zelensky')?.mentions).toEqual(['Volodymyr Zelensky', 'Zelensky']);
    expect(byId.get('ukrainian-diplomatic-source')).toMatchObject({
      anonymous: true,
      role: 'Diplomatic source',
      affiliation: 'Ukraine',
      mentions: ['a Ukrainian diplomatic source', 'The same source'],
    });
    expect(byId.get('ukrainian-diplomatic-source')?.name).toBeUndefined();
  });
});
