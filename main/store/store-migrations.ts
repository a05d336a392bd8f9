/**
 * The durable store's schema as numbered steps (append only). Unlike the cache, this file is never
 * wiped, moved aside or rebuilt: it holds rep actions whose outcome may not be known yet, the notes of
 * the call in progress and the interaction records not yet sent.
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
  {
    version: 2,
    // The interaction with the caller while it runs (notes included), the records waiting to reach the
    // backend, and the audit of deliberate disclosures (a whole MBI shown). In clear: rep IDs, times,
    // statuses, idempotency keys (random) and confirmation numbers; everything about the member and the
    // call is an AES-GCM blob bound to its row. A sent record's blob is dropped: the backend holds it.
    sql: `
      CREATE TABLE interaction_draft (
        interaction_id TEXT PRIMARY KEY,
        rep_id TEXT NOT NULL,
        state BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX interaction_draft_by_rep ON interaction_draft (rep_id, updated_at);
      CREATE TABLE interaction_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        interaction_id TEXT NOT NULL UNIQUE,
        rep_id TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        record BLOB,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'rejected')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        confirmation_number TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX interaction_outbox_pending ON interaction_outbox (rep_id, status, seq);
      CREATE TABLE disclosure_audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        rep_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        interaction_id TEXT,
        subject BLOB NOT NULL,
        at INTEGER NOT NULL
      );
    `,
  },
];
