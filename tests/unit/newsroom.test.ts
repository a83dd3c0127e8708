import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSite } from '../../scripts/build/readSite';
import {
  buildNewsroomStory,
  changeOneStory,
  newsroomSlug,
  writeNewsroom,
} from '../../scripts/articles/newsroom';

const PUBLIC = join(import.meta.dirname, '..', '..', 'public');

describe("the bench's newsroom", () => {
  it('is stories of ordinary length, each its own, that the app reads', () => {
    const stories = [1, 2, 3, 50].map(buildNewsroomStory);

    expect(new Set(stories.map((story) => story.headline)).size).toBe(4);
    for (const story of stories) {
      expect(story.sections).toHaveLength(4);
      expect(story.participants).toHaveLength(5);
      expect(story.quotes).toHaveLength(2);
    }
  });

  it('lists newest first in the order it was written, whatever offset each is in', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'newsroom-')), 'public');
    writeNewsroom(PUBLIC, dir, 12);
    const slugs = readSite(dir).index.articles.map((summary) => summary.slug);

    expect(slugs.slice(0, 12)).toEqual(Array.from({ length: 12 }, (_, i) => newsroomSlug(i + 1)));
    expect(slugs).toContain('russia-ukraine-istanbul-ceasefire-talks');
  });

  it("changes one story's text, and nothing else of it or of the others", () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'newsroom-')), 'public');
    writeNewsroom(PUBLIC, dir, 3);
    const read = () =>
      Object.fromEntries(
        readdirSync(join(dir, 'articles')).map((name) => [
          name,
          JSON.parse(readFileSync(join(dir, 'articles', name), 'utf8')) as unknown,
        ]),
      );
    const before = read();

    changeOneStory(dir, 2, 'A new sentence.');
    const after = read();
    const changed = Object.keys(after).filter(
      (name) => JSON.stringify(after[name]) !== JSON.stringify(before[name]),
    );

    expect(changed).toEqual([`${newsroomSlug(2)}.json`]);
    const story = after[`${newsroomSlug(2)}.json`] as ReturnType<typeof buildNewsroomStory>;
    expect(story.sections[2]?.paragraphs[1]).toMatch(/ A new sentence\.$/);
    expect({ ...story, sections: [] }).toEqual({
      ...(before[`${newsroomSlug(2)}.json`] as object),
      sections: [],
    });
  });
});
