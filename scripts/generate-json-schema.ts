/** `npm run schema`: writes the JSON Schemas editors use into public/schema. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsonSchemas, serialiseJsonSchema } from './articles/jsonSchemas';

const folder = join(import.meta.dirname, '..', 'public', 'schema');
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(generateJsonSchemas())) {
  writeFileSync(join(folder, name), serialiseJsonSchema(schema));
  console.log(`wrote public/schema/${name}`);
}
