/**
 * Counts and sizes of the member cache for the diagnostics export: how full it is, how much has
 * outlived its time-to-live, how big its files are. Never a row's contents, a rep ID or a member.
 *
 * Opens its own read-only connection, so it works beside a running console (WAL readers never
 * block) and from the command line while no console runs; it never creates or migrates the file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';

/** What support may see of the cache. */
export interface CacheStatistics {
  readonly exists: boolean;
  readonly fileBytes: number;
  readonly walBytes: number;
  readonly shmBytes: number;
  /** Cache files moved aside (damaged or from a newer release) and not yet deleted. */
  readonly asideFiles: number;
  readonly schemaVersion: number | null;
  readonly entries: number | null;
  readonly profiles: number | null;
  /** How many reps have entries: a count, never who. */
  readonly reps: number | null;
  /** Entries older than the time-to-live, waiting for the next purge. */
  readonly expiredEntries: number | null;
  /** Why the counts are missing, when the file could not be read. */
  readonly problem: string | null;
}

const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : 0);

/** Reads `<filePath>` (the cache's SQLite file) without changing it. */
export function readCacheStatistics(options: { filePath: string; ttlSeconds: number; now?: number; nativeBinding?: string }): CacheStatistics {
  const { filePath } = options;
  const folder = dirname(filePath);
  const asideFiles = existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith(`${basename(filePath)}.`) && !/-(wal|shm)$/.test(name)).length : 0;
  const sizes = { fileBytes: sizeOf(filePath), walBytes: sizeOf(`${filePath}-wal`), shmBytes: sizeOf(`${filePath}-shm`), asideFiles };
  const empty = { schemaVersion: null, entries: null, profiles: null, reps: null, expiredEntries: null };
  if (!existsSync(filePath)) return { exists: false, ...sizes, ...empty, problem: null };
  let db: Database.Database | null = null;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true, timeout: 2_000, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    const count = (sql: string, ...params: unknown[]) => Number((db!.prepare(sql).get(...params) as { n: number }).n);
    const cutoff = (options.now ?? Date.now()) - options.ttlSeconds * 1000;
    return {
      exists: true,
      ...sizes,
      schemaVersion: Number(db.pragma('user_version', { simple: true })),
      entries: count('SELECT COUNT(*) AS n FROM member_entry'),
      profiles: count('SELECT COUNT(*) AS n FROM member_profile'),
      reps: count('SELECT COUNT(DISTINCT rep_id) AS n FROM member_entry'),
      expiredEntries: count('SELECT COUNT(*) AS n FROM member_entry WHERE fetched_at < ?', cutoff),
      problem: null,
    };
  } catch (error) {
    return { exists: true, ...sizes, ...empty, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

/** The cache file's path inside user data, as services/open-member-cache.ts opens it. */
export function cacheFilePath(userDataDir: string): string {
  return join(userDataDir, 'cache', 'member-cache.sqlite');
}
