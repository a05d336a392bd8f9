/**
 * Opens the member cache's SQLite file ready for use: a cache must never stop a rep from working, so a
 * corrupt file or one from a newer release is moved aside and replaced, with a warning, not an error.
 */
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ensurePrivateDir } from '../files/ensure-private-dir';
import { ensurePrivateFile } from '../files/ensure-private-file';
import { applyMigrations } from './apply-migrations';
import { migrations } from './migrations';
import { moveDatabaseAside, type AsideLabel } from './move-database-aside';

/** Another process (a second window's host, a backup tool) may hold the write lock briefly. */
const BUSY_TIMEOUT_MS = 5_000;

/** Where the cache lives and who hears about a file that had to be replaced. */
export interface OpenCacheDatabaseOptions {
  readonly filePath: string;
  readonly onWarning?: (message: string) => void;
  /** better-sqlite3 built for the running runtime's ABI (Electron), when it is not the default one. */
  readonly nativeBinding?: string;
}

/** Why a file cannot be used as it is; `label` names the moved-aside copy. */
class UnusableCacheError extends Error {
  constructor(readonly label: AsideLabel, message: string) {
    super(message);
  }
}

function toUnusable(error: unknown): UnusableCacheError | null {
  if (error instanceof UnusableCacheError) return error;
  const code = error instanceof Database.SqliteError ? error.code : '';
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return new UnusableCacheError('corrupt', `is damaged or is not a SQLite database (${code})`);
  }
  return null;
}

/**
 * Creates the database file 0600 before SQLite opens it, because SQLite gives the -wal and -shm files
 * it creates the database file's permissions; an older install's world-readable files are tightened.
 */
function makeFilesPrivate(filePath: string): void {
  ensurePrivateFile(filePath, { create: true });
  for (const suffix of ['-wal', '-shm']) ensurePrivateFile(filePath + suffix);
}

function openMigrated(filePath: string, nativeBinding: string | undefined): Database.Database {
  const db = new Database(filePath, { timeout: BUSY_TIMEOUT_MS, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    // The first statement reads the header: this is where a non-SQLite file throws SQLITE_NOTADB.
    const check = String(db.pragma('quick_check', { simple: true }));
    if (check !== 'ok') throw new UnusableCacheError('corrupt', `failed its integrity check (${check})`);
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > migrations.length) {
      throw new UnusableCacheError('newer', `was written by a newer Rep Console (schema ${version}; this one reads up to ${migrations.length})`);
    }
    // NORMAL is durable across app crashes in WAL mode; a power cut may lose the last lookups, which a
    // cache can afford in exchange for commits that do not wait on fsync.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    applyMigrations(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens (creating if needed) and migrates the cache at `filePath`.
 *
 * Damaged or newer files go to `<file>.corrupt-<time>` / `<file>.newer-<time>` and a fresh cache is
 * built. If even that fails (read-only disk, locked file), the cache lives in memory for this run.
 */
export function openCacheDatabase(options: OpenCacheDatabaseOptions): Database.Database {
  const { filePath, nativeBinding } = options;
  const warn = options.onWarning ?? (() => undefined);
  try {
    ensurePrivateDir(dirname(filePath));
    try {
      makeFilesPrivate(filePath);
      return openMigrated(filePath, nativeBinding);
    } catch (error) {
      const unusable = toUnusable(error);
      if (!unusable) throw error;
      const aside = moveDatabaseAside(filePath, unusable.label);
      warn(`The member cache ${filePath} ${unusable.message}; it was moved to ${aside} and an empty cache was started. Recent lookups will be fetched again.`);
      makeFilesPrivate(filePath);
      return openMigrated(filePath, nativeBinding);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warn(`The member cache ${filePath} could not be opened (${reason}); recent lookups are kept in memory until the console closes.`);
    return openMigrated(':memory:', nativeBinding);
  }
}
