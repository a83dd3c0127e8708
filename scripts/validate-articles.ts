/**
 * `npm run validate`: checks every article file in public/articles, and that every link ever
 * published still leads somewhere; prints one line per problem.
 *   --public <dir>   the public folder to check (default public/)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PUBLISHED_IDS_FILE, validatePublishedLinks } from './articles/publishedIds';
import { validateArticleFiles } from './articles/validateArticleFiles';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { public: { type: 'string', default: 'public' } } });
const publicDir = resolve(root, values.public);
const inside = relative(root, publicDir);
const shown = inside.startsWith('..') ? publicDir : inside || '.';
const folder = join(publicDir, 'articles');
const files = Object.fromEntries(
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
);
const publishedFile = join(publicDir, PUBLISHED_IDS_FILE);
const published = existsSync(publishedFile) ? readFileSync(publishedFile, 'utf8') : undefined;

const problems = [
  ...validateArticleFiles(files).map((problem) => ({
    ...problem,
    file: `articles/${problem.file}`,
  })),
  ...validatePublishedLinks(published, files),
];
for (const problem of problems) {
  console.error(`${shown}/${problem.file}: ${problem.path}: ${problem.message}`);
}
if (problems.length > 0) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
console.log(
  `${Object.keys(files).length} files in ${shown}/articles are valid, and every published link leads somewhere.`,
);
