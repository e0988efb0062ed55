import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import LAYERS from './eslint.layers.json' with { type: 'json' };

const CYTOSCAPE_ONLY = {
  regex: '^(cytoscape|cytoscape-.+|react-cytoscapejs)$',
  message: 'Only src/cytoscape/ may import cytoscape (architecture rule C6).',
};

/**
 * The folders of src/ and what each may import of ours besides itself (eslint.layers.json). Every
 * folder has a line there: tests/lint/fences.test.ts fails when one is missing and proves each fence
 * bites. Top-level files (main.tsx, App.tsx, Explorer.tsx) compose everything and are not fenced.
 */
const layerZones = Object.entries(LAYERS).map(([folder, allowed]) => ({
  target: `./src/${folder}`,
  from: './src',
  except: [folder, ...allowed].map((name) => `./${name}`),
  message: `src/${folder}/ may import only ${allowed.length ? allowed.join(', ') : 'itself'} (eslint.layers.json).`,
}));

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
    // Imports go one way between folders, and no module reaches itself through a chain of imports.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    // The project is named from this file, so a copy of the config resolves its own copy of src/.
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${import.meta.dirname}/tsconfig.json` })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
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
              message: 'components/ get data through props, never from the renderer, the loaders or the state.',
            },
          ],
        },
      ],
    },
  },
);
