import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveDatabaseAside } from './move-database-aside';
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

  it('moves just the file when it has no WAL or shm', () => {
    const filePath = join(tempDir(), 'member-cache.sqlite');
    writeFileSync(filePath, 'bytes');
    const aside = moveDatabaseAside(filePath, 'newer');
    expect(readdirSync(tempDir())).toEqual([aside.slice(tempDir().length + 1)]);
  });
});
