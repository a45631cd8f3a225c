// Lint: TypeScript rules + the layering table of HOUSE_STYLE ("Folders are process boundaries").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Bare module names are matched exactly (`paths`), so a local './util' is not mistaken for Node's 'util'.
const NODE_MODULES = [
  'fs',
  'path',
  'os',
  'http',
  'https',
  'net',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'worker_threads',
  'events',
];
const NODE_BUILTINS = ['node:*', ...NODE_MODULES];
const EXACT = new Set([...NODE_MODULES, 'electron', 'react', 'react-dom', 'better-sqlite3', 'ws']);

const restrict = (entries, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: entries.filter((e) => EXACT.has(e)).map((name) => ({ name, message })),
      patterns: entries.filter((e) => !EXACT.has(e)).map((group) => ({ group: [group], message })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-electron/**',
      'release/**',
      '.native/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      'bench/out/**',
      // Generators kept as they were run, so each fixture's provenance stays exact.
      'test/fixtures/**/gen/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [
        ...NODE_BUILTINS,
        'electron',
        'react',
        'react-dom',
        'better-sqlite3',
        'ws',
        '**/electron/**',
        '**/db/**',
        '**/renderer/**',
      ],
      'shared/ is pure TypeScript: it may import only shared/ (and zod).',
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict(
      ['electron', '**/electron/**', '**/renderer/**', 'react'],
      'db/ may import only shared/ (and Node / better-sqlite3).',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: restrict(
      ['electron', '**/renderer/**'],
      'Only electron/main.ts and electron/preload.ts import electron; main-side services never import the renderer.',
    ),
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts'],
    rules: restrict(['**/renderer/**'], 'The Electron entry reaches the window only through the contract.'),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: restrict(
      [...NODE_BUILTINS, 'electron', 'better-sqlite3', 'ws', '**/electron/**', '**/db/**'],
      'renderer/ imports only shared/ and front-end packages; it reaches the main side through the API contract.',
    ),
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
