import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CYTOSCAPE_ONLY = {
  regex: '^(cytoscape|cytoscape-.+|react-cytoscapejs)$',
  message: 'Only src/cytoscape/ may import cytoscape (architecture rule C6).',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'dist-bench',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'simple-import-sort': simpleImportSort },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cytoscape/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CYTOSCAPE_ONLY] }] },
  },
  {
    // The domain is pure: no React, no renderer, no DOM, no network.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            CYTOSCAPE_ONLY,
            { regex: '^(react|react-dom|@tanstack/.+)(/.*)?$', message: 'src/domain/ is pure TypeScript.' },
            { regex: '^\\.\\./', message: 'src/domain/ imports nothing of ours outside domain/.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'src/domain/ does no I/O.' },
        { name: 'window', message: 'src/domain/ has no DOM.' },
        { name: 'document', message: 'src/domain/ has no DOM.' },
      ],
    },
  },
  {
    // Browser tests take `test` from the fixture that fails them on any console error or warning.
    files: ['tests/e2e/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', message: "Import test and expect from './fixtures'." }] },
      ],
    },
  },
  {
    // UI components get data through props: no fetching, no renderer, no reaching into other layers.
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            CYTOSCAPE_ONLY,
            {
              regex: '^\\.\\./(cytoscape|data|state|io)/',
              message: 'components/ import only domain/ and theme/.',
            },
          ],
        },
      ],
    },
  },
);
