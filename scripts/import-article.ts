/**
 * `npm run import -- <page.html | page.txt> [--slug <slug>] [--force]`: drafts
 * public/articles/<slug>.json from a saved page and prints what it found, guessed and left to check.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFileName } from '../src/features/articles/model/parseArticle';
import { formatReport } from './articles/import/formatReport';
import { importPage } from './articles/import/importPage';

const USAGE = 'Usage: npm run import -- <page.html | page.txt> [--slug <slug>] [--force]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { slug: { type: 'string' }, force: { type: 'boolean', default: false } },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
})();
const [pagePath, ...extra] = positionals;
if (pagePath === undefined || extra.length > 0) fail(USAGE);
if (!existsSync(pagePath)) fail(`No such file: ${pagePath}`);

const { draft, report } = importPage({
  fileName: basename(pagePath),
  content: readFileSync(pagePath, 'utf8'),
  ...(values.slug !== undefined ? { slug: values.slug } : {}),
});
console.log(formatReport(report));
if (!draft.ok) {
  const reasons = [
    ...draft.missing.map((missing) => `  - ${missing}`),
    ...draft.problems.map((problem) => `  - ${problem.path}: ${problem.message}`),
  ];
  fail(`\nNo draft written: it would not pass the schema.\n${reasons.join('\n')}`);
}
const file = join('public', 'articles', articleFileName(draft.article.slug));
const target = join(import.meta.dirname, '..', file);
if (existsSync(target) && !values.force) {
  fail(`\n${file} already exists: nothing written. Pass --force to replace it.`);
}
writeFileSync(target, draft.json);
console.log(`\nWrote ${file}. Check the draft, then run npm run validate.`);
