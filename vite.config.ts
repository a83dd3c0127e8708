/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { messageCatalogs } from './scripts/build/messageCatalogs.ts';
import type * as ArticleIndexFile from './scripts/build/articleIndexFile';

/**
 * The development server's `articles/index.json` (the app's `dataUrls.articleIndex()`), derived
 * from the public folder's articles on each request as the build derives it, so a new or changed
 * file is listed at once. The build's module is loaded through Vite, which runs its TypeScript.
 */
function serveArticleIndex(): Plugin {
  return {
    name: 'reader:article-index',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${server.config.base}articles/index.json`)
          return next();
        server
          .ssrLoadModule('/scripts/build/articleIndexFile.ts')
          .then((module) => {
            const { articleIndexJson, readSite } = module as typeof ArticleIndexFile;
            response.setHeader('content-type', 'application/json');
            response.end(articleIndexJson(readSite(server.config.publicDir)));
          })
          .catch(next);
      });
    },
  };
}

export default defineConfig(({ command, isSsrBuild }) => ({
  // The build writes the story index; the development server derives it on each request.
  plugins: [react(), messageCatalogs(), serveArticleIndex()],
  // Short class names in a build: a long article's page repeats them hundreds of times.
  css: command === 'build' ? { modules: { generateScopedName: '_[hash:base64:6]' } } : {},
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    // One stylesheet, which the build inlines into every page: text and panels paint styled.
    cssCodeSplit: false,
    // Tells the build which chunks the entry needs before the page answers (boot.js preloads them).
    manifest: true,
    // boot.js asks for every module the page needs at once; later ones load when imported.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // V8 (Chrome 136 on) then compiles every function of a module while it streams in, off
        // the main thread, instead of each one on its first call during hydration: that lazy
        // compiling took 116–223 ms of the main thread after a section link's first paint
        // (traced at full speed), 5–7 ms with the hint. The functions the page never calls cost
        // only background time.
        postBanner: isSsrBuild ? '' : '//# allFunctionsCalledOnLoad',
        // A few chunks before the page answers: React, evaluated in a task of its own
        // (main.tsx), then the router with the query cache, then the app, with the small modules
        // it shares with what loads later (the panels, the schema, the list of stories, a page's
        // share card) rather than a file for each.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/](react-router|@tanstack|cookie)[\\/]/ },
            {
              name: 'shared',
              // Not the message catalogs: each stays a chunk of its own, loaded for its language.
              test: /[\\/]src[\\/](lib|components)[\\/](?!i18n[\\/]catalogs)|[\\/]model[\\/](ids|articleText|articleLanguage|articlePlace|articleWindow)\.ts|[\\/]routes[\\/](homeRoute|notFoundRoute)\.tsx|ReaderTime|DataProblemReport|\0(?!virtual:messages)|^rolldown:/,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: false,
    env: { TZ: 'UTC' },
    // Shared two-core machines: jsdom renders of the whole story can take seconds under load.
    testTimeout: 30_000,
    css: { modules: { classNameStrategy: 'non-scoped' } },
    projects: [
      // The model and the build's scripts run in Node; a unit test that needs a document says
      // so in its first line (`@vitest-environment jsdom`). A page per file costs seconds.
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['./tests/setupUnit.ts'],
          include: ['tests/unit/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/component/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
}));
