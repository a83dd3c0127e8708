import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The build/browser line: what runs in a reader's browser never imports what runs in Node. */
const nodeCode = {
  group: ['**/scripts/**', '**/bench/**', '**/tests/**', 'node:*'],
  message: 'Browser code (src/) must not import build, bench, test or Node code.',
};
const restrictImports = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: [nodeCode, ...patterns] }],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The browser's globals in the app, Node's in the build, tools and bench; tests run both.
  {
    files: ['src/**', 'public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**', 'bench/**', '*.{js,ts}', 'tests/e2e/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/*.{ts,tsx}', 'tests/unit/**', 'tests/component/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  { files: ['src/**'], rules: restrictImports() },
  {
    // Not tests/e2e: Playwright fixtures call `use`, which is not React's.
    files: ['src/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}', 'tests/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['tests/component/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      // Element ids are the public contract of deep links (`#quote-…`), so tests check them.
      'testing-library/no-node-access': 'off',
    },
  },
  {
    // Shared code never imports a feature: features depend on it, not the other way round.
    files: ['src/lib/**', 'src/components/**'],
    rules: restrictImports({
      group: ['**/features/**', '**/app/**'],
      message: 'Shared code must not import features or the app.',
    }),
  },
  {
    files: ['src/features/**'],
    rules: restrictImports({
      group: ['**/app/**'],
      message: 'Features must not import the app layer.',
    }),
  },
);
