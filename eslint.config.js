// Lint rules that also guard the process boundaries of DESIGN.md §2:
// the renderer and the shared contract never reach Node or Electron, and the core never reaches Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('node:'));
const noNodeNoElectron = {
  'no-restricted-imports': [
    'error',
    {
      paths: [...nodeBuiltins, 'electron'].map((name) => ({
        name,
        message: 'renderer/ and shared/ run without Node or Electron: go through the API contract.',
      })),
      patterns: [{ group: ['node:*'], message: 'renderer/ and shared/ never import node:* modules.' }],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'out/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      // Refusing control characters in names and texts is the point of several patterns.
      'no-control-regex': 'off',
    },
  },
  { files: ['renderer/**', 'shared/**'], languageOptions: { globals: { ...globals.browser } }, rules: noNodeNoElectron },
  {
    files: ['electron/core/**', 'electron/cli/**', 'electron/serve/**', 'electron/core-host/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The core runs under plain Node: only electron/main and electron/preload import electron.' }] },
      ],
    },
  },
);
