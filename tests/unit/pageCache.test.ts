import {
  mkdtempSync,
  readFileSync,
  utimesSync,
  existsSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageCache, contentHash, pageCacheVersion } from '../../scripts/build/pageCache';
import { articleJson } from '../fakeServer';

const temporary = () => mkdtempSync(join(tmpdir(), 'reader-pages-'));

describe('the page cache', () => {
  it('keys a page by its path, its old address and its data, by content not by object', () => {
    const cache = new PageCache(temporary(), 'v1');
    const key = cache.key('/articles/a', articleJson());

    expect(cache.key('/articles/a', articleJson())).toBe(key);
    expect(cache.key('/articles/b', articleJson())).not.toBe(key);
    expect(cache.key('/articles/a', articleJson(), '/articles/old')).not.toBe(key);
    const edited = articleJson();
    edited.sections[2]!.paragraphs[0] += ' One more sentence.';
    expect(cache.key('/articles/a', edited)).not.toBe(key);
  });

  it('keys every page anew when what renders them changes', () => {
    expect(new PageCache(temporary(), 'v2').key('/', { a: 1 })).not.toBe(
      new PageCache(temporary(), 'v1').key('/', { a: 1 }),
    );
  });

  it('gives back a kept page, byte for byte, wherever the build asks', () => {
    const cache = new PageCache(temporary(), 'v1');
    const key = cache.key('/', { a: 1 });
    expect(cache.has(key)).toBe(false);

    cache.put(key, '<p>a page</p>');
    const target = join(temporary(), 'articles/a/index.html');
    cache.copyTo(key, target);

    expect(cache.has(key)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('<p>a page</p>');
  });

  it('forgets pages no build has used for a month, and keeps those it used', () => {
    const cache = new PageCache(temporary(), 'v1');
    const [old, used] = [cache.key('/old', 1), cache.key('/used', 2)];
    cache.put(old, 'old');
    cache.put(used, 'used');
    const longAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    for (const key of [old, used]) utimesSync(join(cache.dir, `${key}.html`), longAgo, longAgo);

    cache.copyTo(used, join(temporary(), 'used.html'));
    cache.prune();

    expect(cache.has(old)).toBe(false);
    expect(cache.has(used)).toBe(true);
  });

  it('hashes a story once however many of its pages ask', () => {
    const story = articleJson();
    const hash = contentHash(story);
    // A story is not changed once read: the hash of the same object is remembered.
    story.headline = 'changed';
    expect(contentHash(story)).toBe(hash);
    expect(contentHash(articleJson())).toBe(hash);
  });
});

describe('what every page depends on', () => {
  function serverBuild(text: string): string {
    const dir = temporary();
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'renderPage.js'), text);
    writeFileSync(join(dir, 'chunks/app.js'), 'app');
    return dir;
  }

  it('changes with the server bundle, the template and the origin, and only with them', () => {
    const base = { serverDir: serverBuild('a'), template: '<html>', origin: 'https://a.example' };
    const version = pageCacheVersion(base);

    expect(existsSync(join(base.serverDir, 'renderPage.js'))).toBe(true);
    expect(pageCacheVersion({ ...base, serverDir: serverBuild('a') })).toBe(version);
    expect(pageCacheVersion({ ...base, serverDir: serverBuild('b') })).not.toBe(version);
    expect(pageCacheVersion({ ...base, template: '<html lang="en">' })).not.toBe(version);
    expect(pageCacheVersion({ ...base, origin: 'https://b.example' })).not.toBe(version);
  });
});
