import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

describe('the process boundaries lint enforces', () => {
  it.each([
    ["import { app } from 'electron';\nexport const a = app;", 'main/members/x.ts', /may import electron/],
    ["import axios from 'axios';\nexport const a = axios;", 'main/cache/x.ts', /HTTP lives in main\/backend/],
    ["import Database from 'better-sqlite3';\nexport const d = Database;", 'main/backend/x.ts', /SQLite lives in/],
    ["import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", 'shared/lib/x.ts', /run where Node does not/],
    ["import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", 'renderer/features/x.ts', /run where Node does not/],
    ["import { ipcMain } from 'electron';\nexport const i = ipcMain;", 'main/electron/x.ts', /ipcMain is bound only/],
    ["import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow();", 'main/electron/x.ts', /Windows are made only/],
  ])('refuses %s in %s', async (code, filePath, expected) => {
    expect((await messagesFor(code, filePath)).join('\n')).toMatch(expected);
  });

  it.each([
    ["import axios from 'axios';\nexport const a = axios;", 'main/backend/x.ts'],
    ["import Database from 'better-sqlite3';\nexport const d = Database;", 'main/cache/x.ts'],
    ["import { ipcMain } from 'electron';\nexport const i = ipcMain;", 'main/hosts/electron-host.ts'],
    ["import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow();", 'main/electron/create-secure-window.ts'],
    ["import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;", 'preload/index.ts'],
  ])('allows %s in %s', async (code, filePath) => {
    expect(await messagesFor(code, filePath)).toEqual([]);
  });
});
