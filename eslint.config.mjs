// Lint, with the layer rules that keep the process boundaries honest:
// - renderer/ may not reach Node, Electron, SQLite or electron/ code;
// - shared/domain/ is pure and imports nothing outside itself; shared/contract/ only itself, domain and zod;
// - shared/schema/ (the document model) only itself, domain and Tiptap/ProseMirror;
// - electron/core/ and electron/cli/ run without Electron and may not import it;
// - raw IPC (ipcRenderer, ipcMain.handle, webContents.send) lives only in its wrapper files.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='send'][object.property.name='webContents']",
          message: 'Send to the renderer through electron/main/rendererEvents.ts.',
        },
        {
          selector: "CallExpression[callee.object.name='ipcMain']",
          message: 'Use ipcMain only in electron/main/ipcRegistration.ts and rendererEvents.ts.',
        },
      ],
    },
  },
  { files: ['**/*.mjs', 'scripts/**'], languageOptions: { globals: globals.node } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches main only through renderer/api.ts.' },
            { name: 'better-sqlite3', message: 'The database lives in electron/core.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node.js.' })),
          ],
          patterns: [{ group: ['**/electron/**', '**/electron'], message: 'The renderer may not import main-process code.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api.ts', 'renderer/global.d.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'Call the main process through renderer/api.ts.' },
        { object: 'window', property: 'shell', message: 'Listen to the menu through renderer/api.ts.' },
      ],
    },
  },
  {
    files: ['shared/domain/**/*.ts'],
    ignores: ['shared/domain/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./)', message: 'shared/domain is pure: it imports only from shared/domain.' }] },
      ],
    },
  },
  {
    // A folder of shared/domain (e.g. numbering/) may also reach one level up, to shared/domain itself.
    files: ['shared/domain/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./|\\.\\./(?!\\.\\./))', message: 'shared/domain is pure: it imports only from shared/domain.' }] },
      ],
    },
  },
  {
    files: ['shared/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./|\\.\\./domain/|zod$)', message: 'shared/contract imports only itself, shared/domain and zod.' }] },
      ],
    },
  },
  {
    // The document model: Tiptap and ProseMirror, shared/domain, and itself; no Node, no app code.
    files: ['shared/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|\\.\\./(?!\\.\\./|contract/)|\\.\\./\\.\\./domain/|@tiptap/)',
              message: 'shared/schema imports only itself, shared/domain and Tiptap/ProseMirror.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The core and the CLI run without Electron.' }],
          patterns: [
            { group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'The core may not depend on the shell or the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // Each file matches one no-restricted-imports block only: a later block would replace the rule, not add to it.
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', importNames: ['ipcRenderer', 'contextBridge'], message: 'Only the preload talks to ipcRenderer.' }] },
      ],
    },
  },
  {
    files: ['electron/main/ipcRegistration.ts', 'electron/main/rendererEvents.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  { files: ['tests/**/*.ts'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
