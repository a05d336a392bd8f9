import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeUserData } from './remove-user-data';
import { runRemoveUserDataCommand } from './run-remove-user-data-command';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function tree(files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'rep-console-uninstall-'));
  roots.push(root);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), 'PHI');
  }
  return root;
}

/** What the console leaves in a profile after a day's work (names from the services that write them). */
const CONSOLE_FILES = [
  'Rep Console/cache/member-cache.sqlite',
  'Rep Console/cache/member-cache.sqlite-wal',
  'Rep Console/cache/member-cache.sqlite-shm',
  'Rep Console/cache/member-cache.sqlite.corrupt-2026-03-01T10-00-00-000Z',
  'Rep Console/cache/cache.key',
  'Rep Console/cache/cache.key.sealed',
  'Rep Console/store/console-store.sqlite',
  'Rep Console/store/console-store.sqlite-wal',
  'Rep Console/store/store.key.sealed',
  'Rep Console/softphone/pairing.bin',
  'Rep Console/session/sign-in.bin',
  'Rep Console/session/idle-lock.bin',
  'Rep Console/logs/rep-console.2026-03-01.1.log',
];

/** Files that are not the console's PHI: they stay. */
const OTHER_FILES = ['Rep Console/settings.json', 'Rep Console/Local Storage/leveldb/000003.log', 'Rep Console/cache/notes-from-it.txt', 'member-cache.sqlite', 'Documents/rep-console.2026-03-01.1.log'];

const left = (root: string, files: readonly string[]) => files.filter((file) => existsSync(join(root, file)));

describe('removeUserData', () => {
  it('deletes the cache, the durable store, their keys, the softphone token and the logs, and nothing else', () => {
    const root = tree([...CONSOLE_FILES, ...OTHER_FILES]);
    const report = removeUserData({ userDataDir: join(root, 'Rep Console') });
    expect(left(root, CONSOLE_FILES)).toEqual([]);
    expect(left(root, OTHER_FILES)).toEqual(OTHER_FILES);
    expect(report.removed).toHaveLength(CONSOLE_FILES.length);
    // Emptied folders go; the folder itself stays while it holds anything else.
    expect(readdirSync(join(root, 'Rep Console')).sort()).toEqual(['Local Storage', 'cache', 'settings.json']);
  });

  it('removes the folder itself when nothing else was in it, and the macOS logs folder when it is elsewhere', () => {
    const root = tree([...CONSOLE_FILES, 'Logs/Rep Console/rep-console.2026-03-02.1.log', 'Logs/Rep Console/crash-notes.txt']);
    removeUserData({ userDataDir: join(root, 'Rep Console'), logsDir: join(root, 'Logs/Rep Console') });
    expect(existsSync(join(root, 'Rep Console'))).toBe(false);
    expect(readdirSync(join(root, 'Logs/Rep Console'))).toEqual(['crash-notes.txt']);
  });

  it('never follows a symbolic link out of the folder, and removes a planted link without touching its target', () => {
    const root = tree(['elsewhere/member-cache.sqlite', 'elsewhere/console-store.sqlite', 'victim.db', 'Rep Console/store/console-store.sqlite']);
    symlinkSync(join(root, 'elsewhere'), join(root, 'Rep Console/cache'));
    symlinkSync(join(root, 'victim.db'), join(root, 'Rep Console/store/console-store.sqlite-wal'));
    const report = removeUserData({ userDataDir: join(root, 'Rep Console') });
    expect(left(root, ['elsewhere/member-cache.sqlite', 'elsewhere/console-store.sqlite', 'victim.db'])).toHaveLength(3);
    expect(existsSync(join(root, 'Rep Console/store'))).toBe(false);
    expect(report.skipped).toEqual([{ path: join(root, 'Rep Console/cache'), reason: 'is a symbolic link: nothing was removed through it' }]);
  });

  it('refuses a data folder that is itself a link, and is quiet when there is nothing to remove', () => {
    const root = tree(['real/cache/member-cache.sqlite']);
    symlinkSync(join(root, 'real'), join(root, 'Rep Console'));
    expect(removeUserData({ userDataDir: join(root, 'Rep Console') }).skipped).toHaveLength(1);
    expect(existsSync(join(root, 'real/cache/member-cache.sqlite'))).toBe(true);
    expect(removeUserData({ userDataDir: join(root, 'never-installed') })).toEqual({ removed: [], skipped: [] });
  });
});

describe('rep-console --remove-user-data', () => {
  it('refuses while the console runs, and otherwise removes and says what it did', () => {
    const root = tree(CONSOLE_FILES);
    const lines: string[] = [];
    const options = { userDataDir: join(root, 'Rep Console'), write: (line: string) => lines.push(line) };
    expect(runRemoveUserDataCommand({ ...options, isOnlyInstance: false })).toBe(2);
    expect(left(root, CONSOLE_FILES)).toEqual(CONSOLE_FILES);
    expect(runRemoveUserDataCommand({ ...options, isOnlyInstance: true })).toBe(0);
    expect(left(root, CONSOLE_FILES)).toEqual([]);
    expect(lines.at(-1)).toBe(`Rep Console user data: ${CONSOLE_FILES.length} file(s) removed.`);
  });
});
