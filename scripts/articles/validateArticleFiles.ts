import { MAX_RESPONSE_CHARS } from '../../src/lib/fetchJson';
import type { DataProblem } from '../../src/lib/validation';
import type { Article, ArticleIndex } from '../../src/features/articles/model/articleSchema';
import {
  articleFileName,
  fileNameProblem,
  parseArticle,
  parseArticleIndex,
} from '../../src/features/articles/model/parseArticle';

export const INDEX_FILE = 'index.json';

/** A problem in one of the article files, as `npm run validate` prints it. */
export type FileProblem = DataProblem & { file: string };

function parseJson(
  file: string,
  text: string,
): { ok: true; json: unknown } | { ok: false; problem: FileProblem } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { file, path: '(root)', message: `Not valid JSON: ${reason}` } };
  }
}

/**
 * Checks a folder of article files as a whole: each article against the schema, the index against
 * its schema, and the two against each other (every listed article exists and agrees with its file,
 * every article is listed). Pure, so it is tested without touching the disk.
 */
export function validateArticleFiles(files: Record<string, string>): FileProblem[] {
  const problems: FileProblem[] = [];
  const articles = new Map<string, Article>();
  let index: ArticleIndex | undefined;

  for (const [file, text] of Object.entries(files)) {
    if (text.length > MAX_RESPONSE_CHARS) {
      problems.push({
        file,
        path: '(root)',
        message: `Too large: ${text.length} characters, and the reader refuses files over ${MAX_RESPONSE_CHARS}`,
      });
      continue;
    }
    const parsed = parseJson(file, text);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    const result = file === INDEX_FILE ? parseArticleIndex(parsed.json) : parseArticle(parsed.json);
    if (!result.ok) {
      problems.push(...result.problems.map((problem) => ({ file, ...problem })));
      continue;
    }
    if ('articles' in result.value) {
      index = result.value;
      continue;
    }
    const article = result.value;
    const misnamed = fileNameProblem(article, file);
    if (misnamed) problems.push({ file, ...misnamed });
    articles.set(article.slug, article);
  }

  if (!(INDEX_FILE in files)) {
    problems.push({
      file: INDEX_FILE,
      path: '(root)',
      message: 'Missing: the app lists stories from it',
    });
  }
  if (index === undefined) return problems;

  const listed = new Set<string>();
  index.articles.forEach((summary, position) => {
    listed.add(summary.slug);
    const article = articles.get(summary.slug);
    const at = `articles[${position}]`;
    if (article === undefined) {
      if (!(articleFileName(summary.slug) in files)) {
        problems.push({
          file: INDEX_FILE,
          path: `${at}.slug`,
          message: `No file ${articleFileName(summary.slug)} for this story`,
        });
      }
      return;
    }
    for (const field of ['headline', 'standfirst', 'publishedAt'] as const) {
      if (summary[field] !== article[field]) {
        problems.push({
          file: INDEX_FILE,
          path: `${at}.${field}`,
          message: `Differs from ${field} in ${articleFileName(summary.slug)}`,
        });
      }
    }
  });
  for (const slug of articles.keys()) {
    if (!listed.has(slug)) {
      problems.push({
        file: articleFileName(slug),
        path: '(root)',
        message: `Not listed in ${INDEX_FILE}, so readers cannot find it`,
      });
    }
  }
  return problems;
}
