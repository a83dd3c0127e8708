import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/features/articles/model/articleSchema';
import {
  changesSince,
  recordVisit,
  sectionFingerprint,
} from '../../src/features/articles/model/changesSinceLastVisit';
import { MERGED_SECTION, editedStory } from '../editedStory';
import { articleJson } from '../fakeServer';

const original = ArticleSchema.parse(articleJson());
const edited = ArticleSchema.parse(editedStory());
const READ_AT = '2025-05-16T14:00:00Z';

describe('what changed since the reader last read the story', () => {
  it('marks nothing on a first visit', () => {
    expect(changesSince(undefined, edited).size).toBe(0);
  });

  it('marks nothing when nothing changed', () => {
    const visit = recordVisit(undefined, original.sections, READ_AT);
    expect(changesSince(visit, original).size).toBe(0);
  });

  it('marks a section whose words changed, with the latest update about it since the visit', () => {
    const visit = recordVisit(undefined, original.sections, READ_AT);
    const changes = changesSince(visit, edited);
    expect([...changes.keys()]).toEqual([MERGED_SECTION]);
    expect(changes.get(MERGED_SECTION)?.update).toMatchObject({ kind: 'correction' });
  });

  it('leaves out updates the reader had already seen', () => {
    const visit = recordVisit(undefined, original.sections, '2025-05-16T16:00:00Z');
    expect(changesSince(visit, edited).get(MERGED_SECTION)).toEqual({ update: undefined });
  });

  it('marks a new section, and not one whose id and subhead changed but whose words did not', () => {
    const visit = recordVisit(undefined, original.sections, READ_AT);
    const added = {
      ...edited,
      sections: [...edited.sections, { id: 'what-next', title: 'What next', paragraphs: ['New.'] }],
    };
    expect([...changesSince(visit, added).keys()]).toEqual([MERGED_SECTION, 'what-next']);
  });

  it('keeps only a short fingerprint of each section, never its words', () => {
    const visit = recordVisit(undefined, original.sections, READ_AT);
    const kept = JSON.stringify(visit);
    expect(kept).not.toContain('Istanbul');
    for (const fingerprint of Object.values(visit.sections)) {
      expect(fingerprint).toMatch(/^[0-9a-z]{1,7}$/);
    }
    const [first] = original.sections;
    if (!first) throw new Error('The story has no sections');
    expect(sectionFingerprint({ ...first, paragraphs: [`${first.paragraphs[0]}.`] })).not.toBe(
      sectionFingerprint(first),
    );
  });
});
