/**
 * Opens a sandbox SQLite file at the newest schema: WAL for serving (readers never wait on the
 * writer), or journal-free for the one-shot seed into a temporary file that is thrown away if it fails.
 */
import Database from 'better-sqlite3';
import { migrations } from './migrations';

/** The connection type, named so callers need not import better-sqlite3. */
export type SandboxDatabase = Database.Database;

/** What the file is opened for, which decides its journal and durability. */
export interface OpenDatabaseOptions {
  /** `seed` trades durability for speed: the file is a temporary one, renamed into place only when complete. */
  readonly purpose: 'serve' | 'seed' | 'inspect';
  /** better-sqlite3 built for another runtime's ABI, when it is not the default one. */
  readonly nativeBinding?: string;
}

// The version is read inside the write transaction: two sandboxes opening one file at once (e2e workers)
// must not both apply the same step.
function applyMigrations(db: SandboxDatabase): void {
  db.transaction(() => {
    const current = Number(db.pragma('user_version', { simple: true }));
    if (current > migrations.length) {
      throw new Error(`This sandbox database has schema ${current}; this sandbox knows up to ${migrations.length}. Delete the file to reseed it.`);
    }
    for (const step of migrations) {
      if (step.version <= current) continue;
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }
  }).immediate();
}

/** Opens (creating if needed) and migrates the database at `filePath`. */
export function openDatabase(filePath: string, options: OpenDatabaseOptions): SandboxDatabase {
  const db = new Database(filePath, {
    timeout: 5_000,
    readonly: options.purpose === 'inspect',
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (options.purpose === 'inspect') return db;
    if (options.purpose === 'seed') {
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('cache_size = -65536');
    } else {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    applyMigrations(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
