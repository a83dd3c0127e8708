import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { OFFLINE_CACHES, OFFLINE_SHELL } from '../../src/app/offlineCaches';

/**
 * Writes `sw.js` with Workbox. The app shell (hashed JS and CSS, the offline shell, icons) is
 * precached; pages and story files are network-first, kept once opened, so a story read once
 * opens again offline and an updated deploy is what an online reader gets. A new worker takes
 * over at once and drops the old precache, so old and new files never mix.
 */
export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number }> {
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
        urlPattern: ({ request }) => request.mode === 'navigate',
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
          cacheName: OFFLINE_CACHES.stories,
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 100 },
        },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join('; ')}`);
  return { count, size };
}
