import { z } from 'zod/mini';
import { ArticleSchema } from '../../src/features/articles/model/articleSchema';

/**
 * The JSON Schemas editors get completion and errors from, generated from the zod schemas so the
 * two can never disagree. Cross-reference checks exist only in zod; `npm run validate` runs them.
 */
export function generateJsonSchemas(): Record<string, unknown> {
  return {
    'article.schema.json': {
      ...z.toJSONSchema(ArticleSchema, { io: 'input' }),
      title: 'A story for the reader',
    },
  };
}

export function serialiseJsonSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
