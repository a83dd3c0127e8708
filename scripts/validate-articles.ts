/** `npm run validate`: checks every article file in public/articles and prints one line per problem. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateArticleFiles } from './articles/validateArticleFiles';

const folder = join(import.meta.dirname, '..', 'public', 'articles');
const files = Object.fromEntries(
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
);

const problems = validateArticleFiles(files);
for (const problem of problems) {
  console.error(`public/articles/${problem.file}: ${problem.path}: ${problem.message}`);
}
if (problems.length > 0) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
console.log(`${Object.keys(files).length} files in public/articles are valid.`);
