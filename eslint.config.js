// Lint rules that also guard the process boundaries of DESIGN.md §2:
// the renderer and the shared contract never reach Node or Electron, and the core never reaches Electron;
// quire/process-boundaries resolves relative imports, so no process reaches into another's folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';
import processBoundaries from './eslint-rules/process-boundaries.js';

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

// Which folders each process's code may import from (besides its own); everything else is refused.
const processAreas = [
  { folder: 'renderer', mayImport: ['shared'], why: 'the renderer is untrusted web content; it reaches the core only through window.quire and the contract in shared/' },
  { folder: 'shared', mayImport: [], why: 'the contract is loaded by every process, so it depends on none of them' },
  { folder: 'electron/preload', mayImport: ['shared'], why: 'the preload only forwards calls over IPC and holds no logic' },
  {
    folder: 'electron/main',
    mayImport: ['shared'],
    mayImportTypesFrom: ['electron/core-host'],
    why: 'main forwards calls to the core host process and never loads the core itself (it may name the host\'s message types)',
  },
  { folder: 'electron/core', mayImport: ['shared'], why: 'the core runs under plain Node in every host (app, CLI, loopback server): hosts import the core, never the other way round' },
  { folder: 'electron/core-host', mayImport: ['shared', 'electron/core'], why: 'the core host runs the core in its own process' },
  { folder: 'electron/cli', mayImport: ['shared', 'electron/core', 'electron/serve'], why: 'the CLI hosts the core (and starts the loopback server)' },
  { folder: 'electron/serve', mayImport: ['shared', 'electron/core'], why: 'the loopback server hosts the core' },
];

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
  {
    files: ['renderer/**', 'shared/**', 'electron/**'],
    plugins: { quire: { rules: { 'process-boundaries': processBoundaries } } },
    rules: { 'quire/process-boundaries': ['error', { areas: processAreas }] },
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
