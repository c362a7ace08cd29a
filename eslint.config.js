// Lint rules double as the project's runtime boundaries (see ARCHITECTURE.md):
// shared/ is pure, electron/desk/ never touches Electron, renderer/ never touches Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-electron/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      '.copydesk-data/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // Tool configuration files are read by tools that expect a default export.
    files: ['*.config.ts', '*.config.js', 'eslint.config.js', 'tests/e2e/fixtures/global-setup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeModules.map((name) => ({ name, message: 'shared/ is pure: no Node modules.' })),
            { name: 'electron', message: 'shared/ is pure: no Electron.' },
            { name: 'react', message: 'shared/ is pure: no React.' },
            { name: 'react-dom', message: 'shared/ is pure: no React DOM.' },
            { name: '@tiptap/react', message: 'shared/ is pure: React node views live in renderer/.' },
          ],
          patterns: [{ group: ['**/renderer/**', '**/electron/**', '**/server/**'], message: 'shared/ imports nothing outside shared/.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'localStorage'],
    },
  },
  {
    files: ['electron/desk/**/*.ts', 'electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Desk services and web mode run in plain Node: never import electron.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'Node side cannot import the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeModules.map((name) => ({ name, message: 'The renderer never imports Node modules; use the DeskApi.' })),
            { name: 'electron', message: 'The renderer talks to the desk only through the DeskApi.' },
          ],
          patterns: [{ group: ['**/electron/**', '**/server/**'], message: 'The renderer talks to the desk only through the DeskApi.' }],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The server never imports electron.' }],
          patterns: [{ group: ['**/renderer/**', '**/electron/**'], message: 'The server imports only shared/ and its own code.' }],
        },
      ],
    },
  },
);
