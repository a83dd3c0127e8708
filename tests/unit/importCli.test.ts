import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const SEED = join(root, 'tests', 'fixtures', 'seed-istanbul-talks.txt');
const STORY = join(root, 'public', 'articles', 'russia-ukraine-istanbul-ceasefire-talks.json');

const runImport = (...args: string[]) =>
  spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/import-article.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('npm run import', () => {
  it('never overwrites an existing story without --force', () => {
    const before = readFileSync(STORY, 'utf8');

    const result = runImport(SEED, '--slug', 'russia-ukraine-istanbul-ceasefire-talks');

    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Found: headline');
    expect(result.stderr).toContain(
      'public/articles/russia-ukraine-istanbul-ceasefire-talks.json already exists: nothing written. Pass --force to replace it.',
    );
    expect(readFileSync(STORY, 'utf8')).toBe(before);
  });
});
