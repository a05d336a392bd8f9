/**
 * Opens the durable local store: rep actions in flight now, notes and the call outbox later.
 *
 * The opposite of the cache's policy: a cache that cannot open is replaced, but this file may hold the
 * only record that an opt-in or a payment was sent, so it is never moved aside, emptied or rebuilt.
 * If it cannot be opened the console keeps reading, refuses changes, and says why.
 */
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppFailure } from '../../shared/ipc/result';
import { applyMigrations } from '../cache/apply-migrations';
import { ensurePrivateDir } from '../files/ensure-private-dir';
import { ensurePrivateFile } from '../files/ensure-private-file';
import { storeMigrations } from './store-migrations';

export interface OpenDurableStoreOptions {
  readonly filePath: string;
  readonly nativeBinding?: string;
}

/** What the rep is told when changes cannot be made safely; reads go on working. */
export function storeUnavailable(reason: string): AppFailure {
  return new AppFailure(
    'STORE_UNAVAILABLE',
    `Changes are paused: Rep Console cannot use its local record of actions (${reason}). Nothing was sent and nothing is lost. Restart the console; if it keeps happening, tell IT.`,
  );
}

/** Opens and migrates the store; throws STORE_UNAVAILABLE (never deletes anything) when it cannot. */
export function openDurableStore(options: OpenDurableStoreOptions): Database.Database {
  let db: Database.Database | null = null;
  try {
    ensurePrivateDir(dirname(options.filePath));
    ensurePrivateFile(options.filePath, { create: true });
    for (const suffix of ['-wal', '-shm']) ensurePrivateFile(options.filePath + suffix);
    db = new Database(options.filePath, { timeout: 5_000, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    const check = String(db.pragma('quick_check', { simple: true }));
    if (check !== 'ok') throw new Error(`its integrity check failed: ${check}`);
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > storeMigrations.length) throw new Error(`it was written by a newer Rep Console (schema ${version})`);
    db.pragma('journal_mode = WAL');
    // FULL: an action recorded as sent must survive a power cut, or a retry could not reuse its key.
    db.pragma('synchronous = FULL');
    applyMigrations(db, storeMigrations);
    return db;
  } catch (error) {
    db?.close();
    throw storeUnavailable(error instanceof Error ? error.message : String(error));
  }
}
