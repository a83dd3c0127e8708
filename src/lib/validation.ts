import type { z } from 'zod/mini';

/** One problem in a data file: where it is (a JSON path like `sections[1].id`) and what was expected. */
export type DataProblem = { path: string; message: string };

/** Renders a zod issue path as the JSON path an editor would look for. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

/** The problems in a zod error, with `at` (the path of the value parsed) before each path. */
export function toProblems(
  error: z.core.$ZodError,
  at: readonly PropertyKey[] = [],
): DataProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath([...at, ...issue.path]),
    message: issue.message,
  }));
}

const QUOTED_MAX = 60;

/** A value from a file, quoted for a message and cut short, so a huge field cannot flood the page. */
export function quoted(value: string): string {
  return `"${value.length > QUOTED_MAX ? `${value.slice(0, QUOTED_MAX)}…` : value}"`;
}

/** Thrown when a file is reachable but its content does not match its schema. */
export class InvalidDataError extends Error {
  readonly problems: DataProblem[];
  readonly resource: string;

  constructor(resource: string, problems: DataProblem[]) {
    super(
      `${resource} is not valid:\n${problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n')}`,
    );
    this.name = 'InvalidDataError';
    this.resource = resource;
    this.problems = problems;
  }
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: DataProblem[] };

/**
 * Parses untrusted JSON with a schema and returns either the typed value or every problem found.
 * `at` is where the value stands in its file, so a part parsed alone is still named in full.
 */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  json: unknown,
  at: readonly PropertyKey[] = [],
): ParseResult<z.output<S>> {
  const result = schema.safeParse(json);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: toProblems(result.error, at) };
}
