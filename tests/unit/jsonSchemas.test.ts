import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas, serialiseJsonSchema } from '../../scripts/articles/jsonSchemas';

const publicFolder = join(import.meta.dirname, '..', '..', 'public');
const schemaFolder = join(publicFolder, 'schema');
const articlesFolder = join(publicFolder, 'articles');

const generated = generateJsonSchemas();
const articleFiles = readdirSync(articlesFolder).filter((name) => name.endsWith('.json'));

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

describe('the committed JSON Schemas', () => {
  it('are exactly the generated ones, no more and no fewer', () => {
    const committed = readdirSync(schemaFolder).filter((name) => name.endsWith('.json'));

    expect(committed.sort(), 'run npm run schema').toEqual(Object.keys(generated).sort());
  });

  it.each(Object.keys(generated))('public/schema/%s matches the zod schema', (name) => {
    const committed = readFileSync(join(schemaFolder, name), 'utf8');

    expect(committed, `public/schema/${name} is stale: run npm run schema`).toBe(
      serialiseJsonSchema(generated[name]),
    );
  });
});

describe('the $schema of each story file', () => {
  it('finds at least one story to check', () => {
    expect(articleFiles.length).toBeGreaterThan(0);
  });

  it.each(articleFiles)('%s points at the article schema', (name) => {
    const { $schema } = readJson(join(articlesFolder, name));

    expect($schema).toBe('../schema/article.schema.json');
    expect(existsSync(join(articlesFolder, String($schema)))).toBe(true);
  });
});

describe('the article JSON Schema', () => {
  const schema = generated['article.schema.json'] as {
    additionalProperties?: unknown;
    required?: string[];
    properties?: Record<string, unknown>;
  };

  it('forbids keys the story format does not have', () => {
    expect(schema.additionalProperties).toBe(false);
  });

  it('requires the fields every story needs, and lets $schema be given', () => {
    expect(schema.required).toEqual(
      expect.arrayContaining(['slug', 'headline', 'publishedAt', 'sections', 'participants']),
    );
    expect(schema.required).not.toContain('$schema');
    expect(schema.properties).toHaveProperty('$schema');
  });

  type ObjectSchema = {
    required?: string[];
    properties?: Record<string, { const?: unknown; enum?: unknown[] }>;
  };
  const participantKinds =
    (schema.properties?.participants as { items?: { oneOf?: ObjectSchema[] } } | undefined)?.items
      ?.oneOf ?? [];

  it('describes what an editor writes, so fields with defaults are optional', () => {
    expect(participantKinds).toHaveLength(2);
    for (const participant of participantKinds) {
      expect(participant.required).toContain('mentions');
      expect(participant.required).not.toContain('kind');
      expect(participant.required).not.toContain('anonymous');
    }
  });

  it('shows the editor that a member of a delegation needs a side, and no one else', () => {
    const delegate = participantKinds.find(
      (participant) => participant.properties?.group?.const === 'delegation',
    );
    const others = participantKinds.filter((participant) => participant !== delegate);

    expect(delegate?.required).toContain('side');
    expect(others.map((participant) => participant.required)).not.toContainEqual(
      expect.arrayContaining(['side']),
    );
  });

  it('keeps section ids clear of the prefixes quote and mention links use', () => {
    const sections = schema.properties?.sections as {
      items?: { properties?: { id?: { allOf?: { pattern: string }[] } } };
    };
    const patterns = (sections.items?.properties?.id?.allOf ?? []).map(
      ({ pattern }) => new RegExp(pattern),
    );
    const accepts = (id: string) => patterns.every((pattern) => pattern.test(id));

    expect(patterns.length).toBeGreaterThan(0);
    expect(accepts('no-putin-no-zelensky')).toBe(true);
    expect(accepts('main')).toBe(true);
    expect(accepts('quote-tammy-bruce')).toBe(false);
    expect(accepts('mention-vladimir-putin-1')).toBe(false);
  });
});
