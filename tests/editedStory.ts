// The attribute lets Playwright's loader take the JSON module too.
import bundledArticle from '../public/articles/russia-ukraine-istanbul-ceasefire-talks.json' with { type: 'json' };

/**
 * The bundled story as an editor might change it after readers shared links to it: the slug
 * fixed, a subhead reworded with its id, two sections merged, a quote's id changed, and a
 * correction added. Test data only: the correction's words say so, and nothing here is shipped.
 */

type Story = typeof bundledArticle & {
  formerSlugs?: string[];
  updates?: { at: string; kind: 'update' | 'correction'; text: string; sectionIds?: string[] }[];
};
type StorySection = Story['sections'][number] & { formerIds?: string[] };
type StoryQuote = Story['quotes'][number] & { formerIds?: string[] };

export const ORIGINAL_SLUG = bundledArticle.slug;
export const EDITED_SLUG = 'russia-ukraine-talks-in-istanbul';

/** Two sections merged into one: its text changed, it was updated and then corrected. */
export const MERGED_SECTION = 'russian-demands-spark-frustration';
/** A subhead reworded with its id: its text is the same. */
export const RENAMED_SECTION = 'turkish-officials-in-the-room';
export const CORRECTION_TEXT = 'Test correction: a sentence of this test story was put right.';
export const CORRECTED_AT = '2025-05-16T21:05:00+05:30';

/** Where each published section and quote id of the story is after the edit. */
export const SECTION_SUCCESSORS: Record<string, string> = {
  opening: 'opening',
  'no-putin-no-zelensky': 'russian-demands-spark-frustration',
  'russian-demands-spark-frustration': 'russian-demands-spark-frustration',
  'turkish-officials-present': RENAMED_SECTION,
};
export const QUOTE_SUCCESSORS: Record<string, string> = {
  'final-coordination': 'final-coordination',
  'peaceful-end': 'peaceful-end-of-the-war',
  'killing-needs-to-stop': 'killing-needs-to-stop',
  'hide-from-the-americans': 'hide-from-the-americans',
};
export const UPDATE_AT = '2025-05-16T20:40:00+05:30';

/**
 * The edited story. Without `formerIds` (or `formerSlugs`), it is the same edit made
 * carelessly: the old ids (or the old slug) are simply gone, which `npm run validate` and the
 * build must refuse.
 */
export function editedStory({ formerIds = true, formerSlugs = true } = {}): Story {
  const story: Story = structuredClone(bundledArticle);
  const claim = (ids: string[]) => (formerIds ? { formerIds: ids } : {});
  story.slug = EDITED_SLUG;
  if (formerSlugs) story.formerSlugs = [ORIGINAL_SLUG];

  const [opening, noPutin, demands, turkish] = story.sections as StorySection[];
  if (!opening || !noPutin || !demands || !turkish) throw new Error('The bundled story changed');
  const merged: StorySection = {
    ...demands,
    ...claim(['no-putin-no-zelensky']),
    paragraphs: [...demands.paragraphs, ...noPutin.paragraphs],
  };
  const renamed: StorySection = {
    ...turkish,
    id: RENAMED_SECTION,
    title: 'Turkish officials in the room',
    ...claim(['turkish-officials-present']),
  };
  story.sections = [opening, merged, renamed];

  story.quotes = (story.quotes as StoryQuote[]).map((quote) =>
    quote.id === 'peaceful-end'
      ? { ...quote, id: 'peaceful-end-of-the-war', ...claim(['peaceful-end']) }
      : quote,
  );
  story.updatedAt = CORRECTED_AT;
  story.updates = [
    {
      at: UPDATE_AT,
      kind: 'update',
      text: 'Test update: two sections of this test story were merged.',
      sectionIds: [MERGED_SECTION],
    },
    { at: CORRECTED_AT, kind: 'correction', text: CORRECTION_TEXT, sectionIds: [MERGED_SECTION] },
  ];
  return story;
}
