import { MAX_RESPONSE_CHARS } from '../../src/lib/fetchJson';
import type { DataProblem } from '../../src/lib/validation';
import { fileNameProblem, parseArticle } from '../../src/features/articles/model/parseArticle';
import { INDEX_FILE } from '../build/readSite';

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
 * Checks a folder of article files: each against the schema and its cross-references, and named
 * for its slug. There is no index to keep: the build derives it from the articles, so a
 * hand-kept `index.json` left in the folder is reported for deletion. Pure, so it is tested
 * without touching the disk.
 */
export function validateArticleFiles(files: Record<string, string>): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (file === INDEX_FILE) {
      problems.push({
        file,
        path: '(root)',
        message: 'Not a story: the build lists the stories from their files now, so delete it',
      });
      continue;
    }
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
    const result = parseArticle(parsed.json);
    if (!result.ok) {
      problems.push(...result.problems.map((problem) => ({ file, ...problem })));
      continue;
    }
    const misnamed = fileNameProblem(result.value, file);
    if (misnamed) problems.push({ file, ...misnamed });
  }
  return problems;
}
