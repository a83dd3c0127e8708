/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { messageCatalogs } from './scripts/build/messageCatalogs.ts';

export default defineConfig(({ command }) => ({
  plugins: [react(), messageCatalogs()],
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
        // A few chunks before the page answers: React, evaluated in a task of its own
        // (main.tsx), then the router with the query cache, then the app, with the small modules
        // it shares with what loads later (the panels, the schema) rather than a file for each.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/](react-router|@tanstack|cookie)[\\/]/ },
            {
              name: 'shared',
              // Not the message catalogs: each stays a chunk of its own, loaded for its language.
              test: /[\\/]src[\\/](lib|components)[\\/](?!i18n[\\/]catalogs)|[\\/]model[\\/](ids|articleText)\.ts|DataProblemReport|\0(?!virtual:messages)|^rolldown:/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    env: { TZ: 'UTC' },
    // Shared two-core machines: jsdom renders of the whole story can take seconds under load.
    testTimeout: 30_000,
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
}));
