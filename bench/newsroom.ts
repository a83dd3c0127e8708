import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildReport } from '../scripts/build/buildReport';
import {
  NEWSROOM_STORIES,
  SMALL_NEWSROOM_STORIES,
  changeOneStory,
  writeNewsroom,
} from '../scripts/articles/newsroom';
import { log } from './report';

/** One build of the newsroom: what the build reports, and its wall time as the bench saw it. */
export type NewsroomBuild = BuildReport & {
  wallMs: number;
  /** The page work (prerendering and share cards) per page, the build's fixed costs left out. */
  perPageMs: number;
};

export type NewsroomResult = {
  /** From empty caches, with the smaller newsroom: the base the full build's growth is read on. */
  small: NewsroomBuild;
  /** From empty caches, with every story. */
  full: NewsroomBuild;
  /** Right after it, with one story's text changed. */
  rebuild: NewsroomBuild;
  /** The story changed before the rebuild. */
  changed: number;
};

/**
 * Builds a newsroom of generated stories (`scripts/articles/newsroom.ts`) as an editor's
 * machine would: a smaller one and the full one from empty caches, then the full one again
 * after one story's text changed. Each build runs in its own process, in its own folders.
 */
export function measureNewsroom(root: string, work: string): NewsroomResult {
  const publicDir = join(work, 'public');
  const cacheDir = join(work, 'cache');
  const reportFile = join(work, 'build.json');
  const build = (label: string): NewsroomBuild => {
    log(`newsroom: ${label}`);
    const started = performance.now();
    execFileSync(
      process.execPath,
      [
        ...['--import', 'tsx', 'scripts/build.ts', '--public', publicDir],
        ...['--outDir', join(work, 'dist'), '--cache', cacheDir, '--report', reportFile],
      ],
      // The build's output goes to stderr, keeping stdout for the tables.
      { cwd: root, stdio: ['ignore', 2, 2] },
    );
    const wallMs = Math.round(performance.now() - started);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport;
    const perPageMs = (report.pages.ms + report.cards.ms) / Math.max(1, report.pages.count);
    return { ...report, wallMs, perPageMs };
  };
  const fromEmpty = (stories: number) => {
    rmSync(cacheDir, { recursive: true, force: true });
    writeNewsroom(join(root, 'public'), publicDir, stories);
    return build(`${stories} stories, from empty caches`);
  };
  const small = fromEmpty(SMALL_NEWSROOM_STORIES);
  const full = fromEmpty(NEWSROOM_STORIES);
  const changed = Math.ceil(NEWSROOM_STORIES / 2);
  changeOneStory(publicDir, changed, 'A sentence an editor added after publishing.');
  const rebuild = build(`${NEWSROOM_STORIES} stories, one story's text changed`);
  return { small, full, rebuild, changed };
}
