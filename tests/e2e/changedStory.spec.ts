import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseFeed } from '@rowanmanning/feed-parser';
import sirv from 'sirv';
import Sitemapper from 'sitemapper';
import { elementIds } from '../../src/lib/elementIds';
import {
  CORRECTED_AT,
  CORRECTION_TEXT,
  EDITED_SLUG,
  MERGED_SECTION,
  ORIGINAL_SLUG,
  QUOTE_SUCCESSORS,
  RENAMED_SECTION,
  SECTION_SUCCESSORS,
  editedStory,
} from '../editedStory';
import { expectInViewport, expectNoAxeViolations } from './article';
import { expect, test } from './fixtures';

/**
 * A story edited after readers shared its links: the suite builds the bundled story, edits it
 * as an editor would (the slug fixed, a subhead reworded with its id, two sections merged, a
 * quote's id changed, a correction added), builds again, and follows every link of the first
 * build on the second. The site is served from its own port, switched from one build to the
 * next, so a browser's storage sees both.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.E2E_PORT ?? 4317) + 1;
const ORIGIN = `http://localhost:${PORT}`;
const WORK = join(ROOT, `node_modules/.cache/reader-e2e/${PORT}/edited`);
const CONTENT = join(WORK, 'public');
const FIRST = join(WORK, 'first');
const SECOND = join(WORK, 'second');
const run = promisify(execFile);

const build = (outDir: string) =>
  run(
    process.execPath,
    ['--import', 'tsx', 'scripts/build.ts', '--public', CONTENT, '--outDir', outDir],
    { cwd: ROOT, env: { ...process.env, SITE_ORIGIN: ORIGIN } },
  );

/**
 * Replaces the bundled story in `publicDir` with `story` (the build lists it by its new slug),
 * and its translations link to it by that slug, as validate asks of an editor who renames a story.
 */
function publish(publicDir: string, story: ReturnType<typeof editedStory>): void {
  const articles = join(publicDir, 'articles');
  rmSync(join(articles, `${ORIGINAL_SLUG}.json`));
  writeFileSync(join(articles, `${story.slug}.json`), JSON.stringify(story, null, 2));
  for (const { slug } of story.translations) {
    const file = join(articles, `${slug}.json`);
    const translation = JSON.parse(readFileSync(file, 'utf8')) as {
      translations: { language: string; slug: string }[];
    };
    translation.translations = translation.translations.map((link) =>
      link.slug === ORIGINAL_SLUG ? { ...link, slug: story.slug } : link,
    );
    writeFileSync(file, JSON.stringify(translation, null, 2));
  }
}

/** Every page the first build wrote for the story: its own, its sections' and its quotes'. */
function pagesOf(dist: string): string[] {
  const folder = join(dist, 'articles', ORIGINAL_SLUG);
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/articles/${ORIGINAL_SLUG}/${file}`.replace(/\/?index\.html$/, ''));
}

/** Where an address of the first build leads after the edit. */
function successor(path: string): string {
  const [, , , kind, id] = path.split('/');
  const story = `/articles/${EDITED_SLUG}`;
  if (kind === undefined) return story;
  if (kind === 'quotes') return `${story}/quotes/${QUOTE_SUCCESSORS[id ?? '']}`;
  return `${story}/${SECTION_SUCCESSORS[kind]}`;
}

let served = FIRST;
let server: Server;

test.describe('a story changed after readers shared its links @desktop-only', () => {
  // Two builds before the first test, on a busy machine: a hook has the tests' time limit.
  test.describe.configure({ mode: 'serial', timeout: 600_000 });

  test.beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    cpSync(join(ROOT, 'public'), CONTENT, { recursive: true });
    await build(FIRST);
    publish(CONTENT, editedStory());
    await build(SECOND);
    server = createServer((request, response) => {
      // Read per request, so the test can switch builds under the same origin.
      sirv(served, { dev: true, extensions: ['html'] })(request, response, () => {
        response.writeHead(404).end();
      });
    });
    await new Promise<void>((listening) => server.listen(PORT, 'localhost', listening));
  });

  test.afterAll(async () => {
    await new Promise((closed) => server.close(closed));
  });

  test('every address of the first build still answers, without JavaScript, with its successor', async ({
    request,
  }) => {
    served = SECOND;
    const pages = pagesOf(FIRST);
    expect(pages).toHaveLength(1 + 4 + 4);
    for (const path of pages) {
      const response = await request.get(`${ORIGIN}${path}`);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, path).toBe(`${ORIGIN}${successor(path)}`);
      const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(card, path).toBe(`${ORIGIN}${successor(path)}/card.png`);
      expect((await request.get(card ?? '')).status(), `${path}: its card`).toBe(200);
    }
    const redirects = await request.get(`${ORIGIN}/_redirects`);
    expect(await redirects.text()).toContain(
      `/articles/${ORIGINAL_SLUG}/turkish-officials-present /articles/${EDITED_SLUG}/${RENAMED_SECTION} 301`,
    );
  });

  test('the sitemap lists the successors and never an old address; the feeds say what changed', async ({
    request,
  }) => {
    served = SECOND;
    const { sites, errors } = await new Sitemapper({ url: `${ORIGIN}/sitemap.xml` }).fetch();
    const listed = sites as string[];

    expect(errors).toEqual([]);
    for (const path of pagesOf(FIRST)) {
      expect(listed, path).toContain(`${ORIGIN}${successor(path)}`);
      if (successor(path) !== path) expect(listed, path).not.toContain(`${ORIGIN}${path}`);
    }
    const feed = parseFeed(await (await request.get(`${ORIGIN}/feed.atom`)).text());
    const entry = feed.items.find((item) => item.url === `${ORIGIN}/articles/${EDITED_SLUG}`);
    expect(entry?.updated?.getTime()).toBe(Date.parse(CORRECTED_AT));
    expect(entry?.content).toContain(CORRECTION_TEXT);
  });

  test('with JavaScript, every old section and quote address lands open, in view and focused', async ({
    page,
  }) => {
    served = SECOND;
    const old = pagesOf(FIRST).filter((path) => path.split('/').length > 3);
    const fragments = [
      ...Object.keys(SECTION_SUCCESSORS).map((id) => `/articles/${ORIGINAL_SLUG}#${id}`),
      ...Object.keys(QUOTE_SUCCESSORS).map(
        (id) => `/articles/${ORIGINAL_SLUG}#${elementIds.quote(id)}`,
      ),
    ];
    for (const address of [...old, ...fragments]) {
      await page.goto(`${ORIGIN}${address}`);
      await expect(page.locator('html')).toHaveAttribute('data-app-ready', '');
      const [path = '', fragment] = address.split('#');
      const quoteId = fragment?.startsWith('quote-')
        ? QUOTE_SUCCESSORS[fragment.slice('quote-'.length)]
        : path.includes('/quotes/')
          ? QUOTE_SUCCESSORS[path.split('/').at(-1) ?? '']
          : undefined;
      // The address bar names where the story is now; the page never says the link was wrong.
      const here = fragment ? `/articles/${EDITED_SLUG}` : successor(path);
      await expect(page).toHaveURL(`${ORIGIN}${here}${fragment ? `#${fragment}` : ''}`);
      await expect(page.getByText(/has no section/)).toHaveCount(0);
      if (quoteId !== undefined) {
        const words = page.locator(`[id="${elementIds.quote(quoteId)}"]`);
        await expect(words, address).toBeFocused();
        await expectInViewport(words);
        continue;
      }
      const sectionId = SECTION_SUCCESSORS[fragment ?? path.split('/').at(-1) ?? ''] ?? '';
      const section = page.locator(`[id="${sectionId}"]`);
      const toggle = section.getByRole('button', { expanded: true }).first();
      if (sectionId === 'opening') {
        await expect(section, address).toBeFocused();
      } else {
        await expect(toggle, address).toBeFocused();
        await expectInViewport(toggle);
      }
    }
  });

  test('a returning reader sees which sections changed since their last visit, and the correction', async ({
    newReaderContext,
  }) => {
    const context = await newReaderContext();
    const page = await context.newPage();
    served = FIRST;
    await page.goto(`${ORIGIN}/articles/${ORIGINAL_SLUG}`);
    await expect(page.locator('html')).toHaveAttribute('data-app-ready', '');
    // A first visit has nothing to compare with.
    await expect(page.getByText(/since your last visit/)).toHaveCount(0);

    served = SECOND;
    await page.goto(`${ORIGIN}/articles/${ORIGINAL_SLUG}`);
    await expect(page.locator('html')).toHaveAttribute('data-app-ready', '');
    await expect(page.getByText('1 section updated since your last visit')).toBeVisible();
    const merged = page.locator(`[id="${MERGED_SECTION}"]`);
    await expect(merged.getByText(/^Updated since your last visit/)).toBeVisible();
    // The renamed section's words are the same, and the opening was not touched.
    for (const unchanged of [RENAMED_SECTION, 'opening']) {
      await expect(page.locator(`[id="${unchanged}"]`).getByText(/last visit/)).toHaveCount(0);
    }
    await expect(merged.getByRole('note')).toContainText(`Correction`);
    await expect(merged.getByRole('note')).toContainText(CORRECTION_TEXT);
    const log = page.getByText('Updated 2 times since publishing');
    await log.click();
    await expect(page.getByRole('listitem').filter({ hasText: CORRECTION_TEXT })).toBeVisible();
    await expectNoAxeViolations(page, 'a story with its updates listed and marked');

    // The next visit compares with this one: nothing changed since.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-app-ready', '');
    await expect(page.getByText(/since your last visit/)).toHaveCount(0);
  });

  test('npm run validate refuses the same edit made without formerIds or formerSlugs, naming each id', async () => {
    const careless = async (options: Parameters<typeof editedStory>[0]) => {
      const dir = join(WORK, `careless-${JSON.stringify(options).replace(/\W/g, '')}`);
      cpSync(join(ROOT, 'public'), dir, { recursive: true });
      publish(dir, editedStory(options));
      const validate = run(
        process.execPath,
        ['--import', 'tsx', 'scripts/validate-articles.ts', '--public', dir],
        { cwd: ROOT },
      );
      const failure = await validate.then(
        () => undefined,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      return failure?.stderr ?? '';
    };
    const withoutIds = await careless({ formerIds: false });
    for (const id of ['no-putin-no-zelensky', 'turkish-officials-present', 'peaceful-end']) {
      expect(withoutIds).toContain(`"formerIds": ["${id}"]`);
    }
    const withoutSlug = await careless({ formerSlugs: false });
    expect(withoutSlug).toContain(`"formerSlugs": ["${ORIGINAL_SLUG}"]`);
  });
});
