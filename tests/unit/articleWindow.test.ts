import { describe, expect, it } from 'vitest';
import { buildLongStory } from '../../scripts/articles/longArticles';
import { ArticleSchema, type Article } from '../../src/features/articles/model/articleSchema';
import { buildArticleText } from '../../src/features/articles/model/articleText';
import {
  WHOLE_UP_TO,
  WINDOW_SIZE,
  windowRange,
} from '../../src/features/articles/model/articleWindow';
import { articleWindow } from '../../src/features/articles/model/articleWindowCut';
import { articleJson } from '../fakeServer';

const long = ArticleSchema.parse(
  buildLongStory({ slug: 'long-talks', sections: 60, participants: 24, quotes: 12 }),
);
const bundled = ArticleSchema.parse(articleJson());
const ids = (article: Article) => article.sections.map((section) => section.id);

describe('windowRange', () => {
  it('keeps a short article whole on every page, whatever section it is for', () => {
    const whole = { start: 0, end: bundled.sections.length };
    expect(windowRange(bundled)).toEqual(whole);
    expect(windowRange(bundled, 'turkish-officials-present')).toEqual(whole);
  });

  it('keeps an article of one section whole', () => {
    const one = { ...bundled, sections: bundled.sections.slice(0, 1), quotes: [] };
    expect(windowRange(one, 'opening')).toEqual({ start: 0, end: 1 });
  });

  it('splits only an article longer than the limit', () => {
    const atLimit = { ...long, sections: long.sections.slice(0, WHOLE_UP_TO) };
    expect(windowRange(atLimit, 'round-015')).toEqual({ start: 0, end: WHOLE_UP_TO });
    const overLimit = { ...long, sections: long.sections.slice(0, WHOLE_UP_TO + 1) };
    expect(windowRange(overLimit, 'round-015')).toEqual({ start: 14, end: 14 + WINDOW_SIZE });
    expect(windowRange(overLimit, 'round-002')).toEqual({ start: 1, end: 1 + WINDOW_SIZE });
  });

  it('starts a long article’s window at the first section for the article page', () => {
    expect(windowRange(long)).toEqual({ start: 0, end: WINDOW_SIZE });
    expect(windowRange(long, 'round-001')).toEqual({ start: 0, end: WINDOW_SIZE });
  });

  it('starts at the section a page is for, and stops at the last section', () => {
    expect(windowRange(long, 'round-030')).toEqual({ start: 29, end: 29 + WINDOW_SIZE });
    expect(windowRange(long, 'round-058')).toEqual({ start: 57, end: 60 });
    expect(windowRange(long, 'round-060')).toEqual({ start: 59, end: 60 });
  });

  it('treats an unknown section as the beginning', () => {
    expect(windowRange(long, 'no-such-round')).toEqual({ start: 0, end: WINDOW_SIZE });
  });
});

describe('articleWindow', () => {
  it('keeps the sections of the window, and the quotes and people they need', () => {
    const { article, sectionWindow } = articleWindow(long, { start: 29, end: 39 });
    expect(ids(article)).toEqual(ids(long).slice(29, 39));
    expect(article.quotes.every((quote) => ids(article).includes(quote.sectionId))).toBe(true);
    const text = buildArticleText(article);
    for (const quote of article.quotes) {
      expect(article.participants.map((person) => person.id)).toContain(quote.speakerId);
    }
    // Everyone the window mentions is there to be marked; no one else is.
    expect([...text.mentionsByParticipant.keys()].sort()).toEqual(
      article.participants.map((person) => person.id).sort(),
    );
    expect(sectionWindow).toMatchObject({ start: 29, end: 39, total: 60 });
  });

  it('numbers the window’s mentions as the whole article does', () => {
    const whole = buildArticleText(long);
    const { article, sectionWindow } = articleWindow(long, { start: 40, end: 50 });
    const part = buildArticleText(article, { mentionsBefore: sectionWindow.mentionsBefore });
    for (const [participantId, places] of part.mentionsByParticipant) {
      const inWhole = (whole.mentionsByParticipant.get(participantId) ?? []).filter((place) =>
        ids(article).includes(place.sectionId),
      );
      expect(places).toEqual(inWhole);
    }
  });

  it('leads on from the first window, with no way back', () => {
    const { sectionWindow } = articleWindow(long, windowRange(long));
    expect(sectionWindow.earlier).toBeUndefined();
    const next = long.sections[WINDOW_SIZE];
    expect(sectionWindow.later).toEqual({ id: next?.id, title: next?.title });
  });

  it('leads back from the last window, with nothing after it', () => {
    const { sectionWindow } = articleWindow(long, windowRange(long, 'round-058'));
    const back = long.sections[57 - WINDOW_SIZE];
    expect(sectionWindow.earlier).toEqual({ id: back?.id, title: back?.title });
    expect(sectionWindow.later).toBeUndefined();
  });

  it('leads back to an untitled opening by its id alone (the reader’s words name it)', () => {
    const withOpening = {
      ...long,
      sections: [{ id: 'opening', paragraphs: ['The talks began.'] }, ...long.sections],
    };
    const { sectionWindow } = articleWindow(withOpening, windowRange(withOpening, 'round-005'));
    expect(sectionWindow.earlier).toEqual({ id: 'opening', title: undefined });
  });
});
