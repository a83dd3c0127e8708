import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/features/articles/model/articleSchema';
import {
  parseArticle,
  parseArticleIndex,
  readArticle,
} from '../../src/features/articles/model/parseArticle';
import { articleJson } from '../fakeServer';

/** Runs per property: three properties, so they try 9,000 inputs. */
const RUNS = 3000;

const TOP_LEVEL_FIELDS = Object.keys(ArticleSchema.def.shape);

/** Keys a hostile file would use to reach prototypes, mixed with the story's own field names. */
const key = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    ...TOP_LEVEL_FIELDS,
  ),
  fc.constantFrom('id', 'text', 'title', 'paragraphs', 'mentions', 'speakerId', 'sectionId'),
  fc.string(),
);

/** Strings that would run or link somewhere if anything treated text as markup or a URL. */
const hostileString = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  '__proto__',
  '\u202Eevil\u202C',
  'Z̴̡̛͔a̸̢͚l̵̰̈́g̸̣̓o̶͈͝',
  '',
  ' ',
  'x'.repeat(100_000),
);

const leaf = fc.oneof(
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  hostileString,
  fc.constant(null),
);

/** Any value JSON.parse can give, with prototype-reaching keys at every depth. */
const jsonValue = fc
  .anything({ key, values: [leaf], maxDepth: 4, maxKeys: 6 })
  .map((value) => JSON.parse(JSON.stringify(value) ?? 'null') as unknown);

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] =>
  typeof value === 'object' && value !== null;

/** Every place in the real story, as the keys that lead to it, so each field is as likely. */
function placesIn(value: unknown, at: string[] = []): string[][] {
  if (!isContainer(value)) return [at];
  return [at, ...Object.entries(value).flatMap(([name, child]) => placesIn(child, [...at, name]))];
}

/** One edit at one place in the real story: replace it, delete it, add beside it or copy it. */
const mutation = fc.record({
  place: fc.constantFrom(...placesIn(articleJson())),
  action: fc.constantFrom('replace', 'delete', 'add', 'copy'),
  key,
  value: fc.oneof(hostileString, leaf, jsonValue),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(story: unknown, { place, action, key: newKey, value }: Mutation): void {
  const name = place.at(-1);
  let parent: unknown = story;
  for (const step of place.slice(0, -1)) {
    if (!isContainer(parent)) return;
    parent = (parent as Record<string, unknown>)[step];
  }
  if (name === undefined || !isContainer(parent)) return;
  const target = parent as Record<string, unknown>;
  if (action === 'replace') target[name] = value;
  else if (action === 'copy') target[newKey] = structuredClone(target[name]);
  else if (action === 'delete' && Array.isArray(parent) && Number(name) < parent.length) {
    // Through the prototype, and not splice: an earlier edit may have given the array own
    // "constructor" or method keys.
    Array.prototype.copyWithin.call(parent, Number(name), Number(name) + 1);
    parent.length -= 1;
  } else if (action === 'delete') delete target[name];
  // defineProperty, so a "__proto__" key becomes an own key as JSON.parse would make it.
  else
    Object.defineProperty(target, newKey, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

const mutatedStory = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
  const json: unknown = articleJson();
  for (const each of mutations) {
    try {
      mutate(json, each);
    } catch {
      // An edit no JSON file could hold (an array's length redefined, say): left out.
    }
  }
  // Through text and back, exactly as a fetched file arrives.
  return JSON.parse(JSON.stringify(json)) as unknown;
});

/** Either a story that parses again as it is, or problems that each name a field and a reason. */
function expectValidOrReadable(json: unknown): 'valid' | 'invalid' {
  const result = parseArticle(json);
  if (result.ok) {
    expect(parseArticle(structuredClone(result.value))).toEqual(result);
    return 'valid';
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const { path, message } of result.problems) {
    const field = /^[^.[]+/.exec(path)?.[0];
    expect(['(root)', ...TOP_LEVEL_FIELDS]).toContain(field);
    expect(message.trim()).not.toBe('');
    // Values from the file are quoted cut short: a message stays readable.
    expect(message.length).toBeLessThan(400);
  }
  return 'invalid';
}

/** What the reader gets: the story with only what is sound, its left-out parts named. */
function expectReadableForReader(json: unknown): void {
  const result = readArticle(json);
  if (!result.ok) return;
  const { article, panelProblems } = result.value;
  expect(parseArticle(structuredClone(article))).toMatchObject({ ok: true });
  for (const { path } of panelProblems.participants) expect(path).toMatch(/^participants\b/);
  for (const { path } of panelProblems.quotes) expect(path).toMatch(/^quotes\b/);
}

describe('parsing any input', () => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  afterAll(() => {
    // Nothing in any input reached a shared prototype.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns a valid story or readable problems for arbitrary JSON values', () => {
    fc.assert(
      fc.property(jsonValue, (json) => {
        expectValidOrReadable(json);
        expectReadableForReader(json);
      }),
      { numRuns: RUNS },
    );
  });

  it('returns a valid story or readable problems for mutated copies of the real story', () => {
    const outcomes = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(mutatedStory, (json) => {
        outcomes[expectValidOrReadable(json)] += 1;
        expectReadableForReader(json);
      }),
      { numRuns: RUNS },
    );
    // Both outcomes must come up often, or the mutations test little.
    expect(Math.min(outcomes.valid, outcomes.invalid)).toBeGreaterThan(RUNS / 20);
  });

  const PAYLOAD = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
  it.each(['', 'sections', 'participants', 'quotes'])(
    'never lets "__proto__" keys in %s change what objects inherit',
    (field) => {
      const story = JSON.stringify(articleJson());
      const text =
        field === ''
          ? story.replace(/^\{/, `{"__proto__":{"polluted":true},"constructor":${PAYLOAD},`)
          : story.replace(`"${field}":[`, `"${field}":[${PAYLOAD},`);
      expect(text).not.toBe(story);
      const json = JSON.parse(text) as unknown;

      expect(expectValidOrReadable(json)).toBe('invalid');
      expectReadableForReader(json);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('never throws on an arbitrary story index', () => {
    fc.assert(
      fc.property(jsonValue, (json) => {
        const result = parseArticleIndex(json);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});
