import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { createMemberCache } from '../cache/member-cache';
import { openCacheDatabase } from '../cache/open-cache-database';
import { buildMemberProfile } from '../cache/test-fixtures/build-member-profile';
import { createLogger } from '../logging/create-logger';

let userDataDir = '';
beforeEach(() => {
  userDataDir = mkdtempSync(join(tmpdir(), 'rep-console-user-data-'));
});
afterEach(() => rmSync(userDataDir, { recursive: true, force: true }));

/** Every path below `dir` with its permission bits, folders marked with a trailing slash. */
function walkModes(dir: string): Record<string, number> {
  const modes: Record<string, number> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    modes[path.slice(userDataDir.length + 1) + (entry.isDirectory() ? '/' : '')] = statSync(path).mode & 0o777;
  }
  return modes;
}

describe.runIf(process.platform !== 'win32')('the user-data folder the console writes', () => {
  it('holds only 0600 files in 0700 folders: cache with its WAL and shm, key file and logs', async () => {
    // The same layout run-web-host.ts and create-console-services.ts use.
    const logger = await createLogger({ directory: join(userDataDir, 'logs') });
    const key = createFileKeyStore({ filePath: join(userDataDir, 'cache', 'cache.key'), onWarning: (message) => logger.warn(message) }).loadOrCreateKey();
    const db = openCacheDatabase({ filePath: join(userDataDir, 'cache', 'member-cache.sqlite'), onWarning: (message) => logger.warn(message) });
    const cache = createMemberCache({ db, key, ttlSeconds: 3_600, maxEntriesPerRep: 50, maxEntriesTotal: 100 });
    for (let seq = 0; seq < 30; seq += 1) cache.put('rep.amoreno', buildMemberProfile({ seq }), new Date());
    expect(cache.listRecent('rep.amoreno')).toHaveLength(20);
    logger.info({ entries: 30 }, 'cache filled');
    await new Promise<void>((resolve, reject) => logger.flush((error) => (error ? reject(error) : resolve())));

    const modes = walkModes(userDataDir);
    db.close();
    expect(Object.keys(modes).sort()).toEqual([
      'cache/', 'cache/cache.key', 'cache/member-cache.sqlite', 'cache/member-cache.sqlite-shm', 'cache/member-cache.sqlite-wal',
      'logs/', expect.stringMatching(/^logs\/rep-console\.\d{4}-\d{2}-\d{2}\.1\.log$/),
    ]);
    for (const [path, mode] of Object.entries(modes)) expect(mode, path).toBe(path.endsWith('/') ? 0o700 : 0o600);
    expect(statSync(userDataDir).mode & 0o777).toBe(0o700);
  });
});
