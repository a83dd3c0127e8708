import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { OFFLINE_CACHES, OFFLINE_SHELL } from '../../src/app/offlineCaches';

/**
 * A regular expression for the URLs of the pages with these path patterns (react-router syntax;
 * `*` is left out: unknown paths are not pages to keep). Parameters never contain a dot, so
 * data files (`/articles/<slug>.json`) and images are never taken for pages.
 */
export function pageUrlPattern(patterns: readonly string[]): RegExp {
  const paths = patterns
    .filter((pattern) => !pattern.includes('*'))
    .map((pattern) =>
      pattern
        .split('/')
        .filter(Boolean)
        .map((segment) =>
          segment.startsWith(':')
            ? '/[^/.?#]+'
            : `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        )
        .join(''),
    );
  return new RegExp(`^https?://[^/]+(?:${paths.join('|')})/?(?:[?#].*)?$`);
}

/**
 * Writes `sw.js` with Workbox. The app shell (hashed JS and CSS, the offline shell, icons) is
 * precached; pages and article files are network-first, kept once opened, so an article read once
 * opens again offline and an updated deploy is what an online reader gets. A new worker takes
 * over at once and drops the old precache, so old and new files never mix.
 */
export async function writeServiceWorker(
  outDir: string,
  pagePatterns: readonly string[],
): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: [
      'assets/**/*.{js,css}',
      OFFLINE_SHELL,
      'favicon.svg',
      'manifest.webmanifest',
      'icons/*.png',
    ],
    swDest: join(outDir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Vite puts a content hash in every asset name already.
    dontCacheBustURLsMatching: /^assets\//,
    runtimeCaching: [
      {
        // The app's pages, from the route list (Workbox writes this into sw.js as a literal).
        urlPattern: pageUrlPattern(pagePatterns),
        handler: 'NetworkFirst',
        options: {
          cacheName: OFFLINE_CACHES.pages,
          // On a slow train, a page already read beats waiting for the network.
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 200 },
          precacheFallback: { fallbackURL: `/${OFFLINE_SHELL}` },
        },
      },
      {
        urlPattern: /\/articles\/[^/]+\.json$/,
        handler: 'NetworkFirst',
        options: {
          cacheName: OFFLINE_CACHES.articles,
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 100 },
        },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join('; ')}`);
  return { count, size };
}
