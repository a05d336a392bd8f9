/**
 * Counts and sizes of the durable store for the diagnostics export: rep actions and interaction
 * records by state (how many are stuck, how many wait to be sent), never what they say or whose.
 *
 * A read-only connection of its own: the store is never migrated, repaired or written from here,
 * and a console running beside it is not disturbed.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** What support may see of the store. */
export interface StoreStatistics {
  readonly exists: boolean;
  readonly fileBytes: number;
  readonly walBytes: number;
  readonly schemaVersion: number | null;
  /** Rep actions by status (pending, settled, abandoned). */
  readonly operationsByStatus: Readonly<Record<string, number>>;
  /** Rep actions by kind and status, e.g. `opt-in/pending`: which kind of change is stuck. */
  readonly operationsByKind: Readonly<Record<string, number>>;
  readonly interactionDrafts: number | null;
  /** Finished interactions by status (pending, sent, rejected). */
  readonly outboxByStatus: Readonly<Record<string, number>>;
  readonly disclosureAuditEntries: number | null;
  readonly problem: string | null;
}

const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : 0);

/** The store's file inside user data, as store/open-operation-store.ts opens it. */
export function storeFilePath(userDataDir: string): string {
  return join(userDataDir, 'store', 'console-store.sqlite');
}

/** Reads the store at `filePath` without changing it. */
export function readStoreStatistics(options: { filePath: string; nativeBinding?: string }): StoreStatistics {
  const { filePath } = options;
  const sizes = { fileBytes: sizeOf(filePath), walBytes: sizeOf(`${filePath}-wal`) };
  const empty = { schemaVersion: null, operationsByStatus: {}, operationsByKind: {}, interactionDrafts: null, outboxByStatus: {}, disclosureAuditEntries: null };
  if (!existsSync(filePath)) return { exists: false, ...sizes, ...empty, problem: null };
  let db: Database.Database | null = null;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true, timeout: 2_000, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((row) => row.name));
    const grouped = (table: string, key: string): Record<string, number> => {
      if (!tables.has(table)) return {};
      const rows = db!.prepare(`SELECT ${key} AS k, COUNT(*) AS n FROM ${table} GROUP BY ${key} ORDER BY k`).all() as Array<{ k: string; n: number }>;
      return Object.fromEntries(rows.map((row) => [row.k, Number(row.n)]));
    };
    const count = (table: string) => (tables.has(table) ? Number((db!.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n) : null);
    return {
      exists: true,
      ...sizes,
      schemaVersion: Number(db.pragma('user_version', { simple: true })),
      operationsByStatus: grouped('operation', 'status'),
      operationsByKind: grouped('operation', "kind || '/' || status"),
      interactionDrafts: count('interaction_draft'),
      outboxByStatus: grouped('interaction_outbox', 'status'),
      disclosureAuditEntries: count('disclosure_audit'),
      problem: null,
    };
  } catch (error) {
    return { exists: true, ...sizes, ...empty, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}
