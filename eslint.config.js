// Lint enforces the process boundaries of docs/adr/0001: each folder may only reach what its process may.
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (paths, patterns = []) => ['error', { paths, patterns }];
const electron = { name: 'electron', message: 'Only main/electron/, main/hosts/electron-host.ts, main/index.ts and preload/index.ts may import electron.' };
const axios = { name: 'axios', message: 'HTTP lives in main/backend/ only.' };
const sqlite = { name: 'better-sqlite3', message: 'SQLite lives in main/cache/, main/store/ and sandbox/ only.' };
const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ run where Node does not.' };
const newWindow = { selector: "NewExpression[callee.name='BrowserWindow']", message: 'Windows are made only by main/electron/create-secure-window.ts.' };
const ipcMainImport = { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'ipcMain is bound only in main/hosts/electron-host.ts.' };
const react = [{ name: 'react', message: 'React belongs to renderer/.' }, { name: 'react-dom', message: 'React belongs to renderer/.' }];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', '.native/', '.sandbox-data/', '.bench-data/', 'test-results/', 'playwright-report/', 'docs/api/'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', newWindow],
      'no-restricted-imports': restrict([electron, axios, sqlite]),
    },
  },
  { files: ['main/backend/**'], rules: { 'no-restricted-imports': restrict([electron, sqlite]) } },
  { files: ['main/cache/**', 'main/store/**', 'sandbox/**', 'bench/**'], rules: { 'no-restricted-imports': restrict([electron, axios]) } },
  { files: ['main/electron/**', 'main/index.ts'], rules: { 'no-restricted-imports': restrict([axios, sqlite]) } },
  {
    files: ['main/hosts/electron-host.ts'],
    rules: { 'no-restricted-imports': restrict([axios, sqlite, { name: 'electron', importNames: ['ipcRenderer', 'contextBridge'], message: 'ipcRenderer belongs to preload.' }]) },
  },
  {
    files: ['main/**', 'sandbox/**', 'scripts/**', 'bench/**', 'e2e/**'],
    ignores: ['main/hosts/electron-host.ts'],
    rules: { 'no-restricted-syntax': ['error', newWindow, ipcMainImport] },
  },
  { files: ['main/electron/create-secure-window.ts'], rules: { 'no-restricted-syntax': ['error', ipcMainImport] } },
  {
    files: ['preload/index.ts'],
    rules: { 'no-restricted-imports': restrict([axios, sqlite, ...react], [nodeBuiltins]) },
  },
  {
    files: ['preload/web-bridge.ts', 'preload/create-web-socket-transport.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': restrict([electron, axios, sqlite, ...react], [nodeBuiltins]) },
  },
  {
    files: ['shared/**'],
    rules: { 'no-restricted-imports': restrict([electron, axios, sqlite, ...react, { name: 'ws', message: 'shared/ is environment-neutral.' }], [nodeBuiltins]) },
  },
  {
    files: ['renderer/**'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([electron, axios, sqlite, { name: 'ws', message: 'The renderer talks only through window.repConsole.' }], [nodeBuiltins]),
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
