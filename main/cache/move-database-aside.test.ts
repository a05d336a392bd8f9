import { chmodSync, existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteExpiredAsideFiles, moveDatabaseAside } from './move-database-aside';
import { useTempDir } from './test-fixtures/use-temp-dir';

const tempDir = useTempDir();

describe('moveDatabaseAside', () => {
  it('moves the file with its WAL and shm under one timestamped name that Windows accepts', () => {
    const filePath = join(tempDir(), 'member-cache.sqlite');
    for (const suffix of ['', '-wal', '-shm']) writeFileSync(filePath + suffix, `bytes${suffix}`);

    const aside = moveDatabaseAside(filePath, 'corrupt', new Date('2026-04-20T14:03:07.250Z'));

    expect(aside).toBe(`${filePath}.corrupt-2026-04-20T14-03-07-250Z`);
    expect(readdirSync(tempDir()).sort()).toEqual(['', '-shm', '-wal'].map((suffix) => `member-cache.sqlite.corrupt-2026-04-20T14-03-07-250Z${suffix}`));
    expect(readFileSync(`${aside}-wal`, 'utf8')).toBe('bytes-wal');
    expect(existsSync(filePath)).toBe(false);
  });

  it.runIf(process.platform !== 'win32')('leaves the moved copies 0600 even when the originals were readable by others', () => {
    const filePath = join(tempDir(), 'member-cache.sqlite');
    for (const suffix of ['', '-wal', '-shm']) {
      writeFileSync(filePath + suffix, 'bytes');
      chmodSync(filePath + suffix, 0o644);
    }
    const aside = moveDatabaseAside(filePath, 'corrupt');
    expect(['', '-wal', '-shm'].map((suffix) => statSync(aside + suffix).mode & 0o777)).toEqual([0o600, 0o600, 0o600]);
  });

  it('moves just the file when it has no WAL or shm', () => {
    const filePath = join(tempDir(), 'member-cache.sqlite');
    writeFileSync(filePath, 'bytes');
    const aside = moveDatabaseAside(filePath, 'newer');
    expect(readdirSync(tempDir())).toEqual([aside.slice(tempDir().length + 1)]);
  });

  it('deletes moved-aside copies once their contents are past the time-to-live, and nothing else', () => {
    const filePath = join(tempDir(), 'member-cache.sqlite');
    const now = new Date('2026-04-21T12:00:00.000Z');
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
    const files = {
      'member-cache.sqlite': 1, 'member-cache.sqlite-wal': 30, 'member-key.bin': 30, 'other.sqlite.corrupt-2026-04-19T00-00-00-000Z': 30,
      'member-cache.sqlite.corrupt-2026-04-19T00-00-00-000Z': 13, 'member-cache.sqlite.corrupt-2026-04-19T00-00-00-000Z-wal': 13,
      'member-cache.sqlite.newer-2026-04-20T00-00-00-000Z': 13, 'member-cache.sqlite.corrupt-2026-04-21T09-00-00-000Z': 11,
    };
    for (const [name, age] of Object.entries(files)) {
      writeFileSync(join(tempDir(), name), 'bytes');
      utimesSync(join(tempDir(), name), hoursAgo(age), hoursAgo(age));
    }

    const deleted = deleteExpiredAsideFiles(filePath, 12 * 3_600_000, now);

    expect(deleted.sort()).toEqual([
      'member-cache.sqlite.corrupt-2026-04-19T00-00-00-000Z', 'member-cache.sqlite.corrupt-2026-04-19T00-00-00-000Z-wal', 'member-cache.sqlite.newer-2026-04-20T00-00-00-000Z',
    ]);
    expect(readdirSync(tempDir()).sort()).toEqual([
      'member-cache.sqlite', 'member-cache.sqlite-wal', 'member-cache.sqlite.corrupt-2026-04-21T09-00-00-000Z', 'member-key.bin', 'other.sqlite.corrupt-2026-04-19T00-00-00-000Z',
    ]);
  });
});
