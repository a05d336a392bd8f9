/**
 * The durable store's schema as numbered steps (append only). Unlike the cache, this file is never
 * wiped, moved aside or rebuilt: it holds rep actions whose outcome may not be known yet.
 */
import type { Migration } from '../cache/migrations';

export const storeMigrations: readonly Migration[] = [
  {
    version: 1,
    // One row per rep action. In clear: the rep ID, the kind of action, the status and times (what a
    // support engineer needs to count stuck actions). The member and the request are an AES-GCM blob;
    // the idempotency key is random and says nothing about the member.
    sql: `
      CREATE TABLE operation (
        action_id TEXT PRIMARY KEY,
        rep_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        fingerprint BLOB NOT NULL,
        intent BLOB NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'settled', 'abandoned')),
        outcome BLOB,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX operation_pending_by_rep ON operation (rep_id, status, created_at);
    `,
  },
];
