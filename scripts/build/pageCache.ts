import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pruneUnused, writeAtomically } from './fileCache';

const ROOT = resolve(import.meta.dirname, '../..');
/** Cached pages no build has used for this long are deleted. */
const CACHE_DAYS = 30;

/**
 * The modules outside the server bundle that turn a rendered page into its file: a change to
 * any of them changes every page.
 */
const WRITERS = ['prerender.ts', 'pageCache.ts', 'scriptJson.ts', 'fileCache.ts'].map((file) =>
  join(import.meta.dirname, file),
);

/** Every file under `dir`, in a stable order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

const hashes = new WeakMap<object, string>();

/**
 * A hash of a page's data, by its JSON. Each article's is worked out once, however many pages
 * (its own, its sections', its quotes') are drawn from it.
 */
export function contentHash(value: unknown): string {
  const known = typeof value === 'object' && value !== null ? hashes.get(value) : undefined;
  if (known !== undefined) return known;
  const hash = createHash('sha256')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('hex');
  if (typeof value === 'object' && value !== null) hashes.set(value, hash);
  return hash;
}

/**
 * What every page depends on besides its own data: the server bundle that renders it (the app's
 * code and CSS module names), the page template (the inlined CSS, the boot script, the CSP and
 * the hashed entry's name), the modules that write it out, the installed packages the bundle
 * imports (by the lockfile), and the origin its URLs are made absolute with.
 */
export function pageCacheVersion(parts: {
  serverDir: string;
  template: string;
  origin: string;
}): string {
  const hash = createHash('sha256');
  for (const file of [
    ...filesUnder(parts.serverDir),
    ...WRITERS,
    join(ROOT, 'package-lock.json'),
  ]) {
    hash.update(file.startsWith(parts.serverDir) ? file.slice(parts.serverDir.length) : file);
    hash.update(readFileSync(file));
  }
  return hash.update(parts.template).update(parts.origin).digest('hex');
}

/**
 * Prerendered pages kept between builds in `node_modules/.cache/reader-pages/`, keyed by what
 * they are drawn from, like the share cards: a build renders only the pages whose data, or the
 * app, changed, and copies the rest.
 */
export class PageCache {
  readonly dir: string;
  private readonly version: string;

  constructor(dir: string, version: string) {
    this.dir = dir;
    this.version = version;
    mkdirSync(dir, { recursive: true });
  }

  /** The key of the file written at `path` (or at an old address, `movedFrom`) from `data`. */
  key(path: string, data: unknown, movedFrom?: string): string {
    return createHash('sha256')
      .update(this.version)
      .update(JSON.stringify([path, movedFrom ?? null, contentHash(data)]))
      .digest('hex');
  }

  private file(key: string): string {
    return join(this.dir, `${key}.html`);
  }

  has(key: string): boolean {
    return existsSync(this.file(key));
  }

  /** Writes the cached page to `target`, and marks it used. */
  copyTo(key: string, target: string, now = new Date()): void {
    const cached = this.file(key);
    utimesSync(cached, now, now);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(cached, target);
  }

  put(key: string, html: string): void {
    writeAtomically(this.file(key), html);
  }

  /** Deletes pages that no build has written or used for `CACHE_DAYS`. */
  prune(): void {
    pruneUnused(this.dir, CACHE_DAYS);
  }
}
