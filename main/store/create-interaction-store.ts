/**
 * The call in progress and the records waiting for the backend, kept where a crash cannot take them:
 * the notes a rep typed come back after a restart, and a finished interaction stays in the outbox, with
 * the one idempotency key every attempt reuses, until the backend has it.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { InteractionRecord } from '../../shared/calls/interaction';
import { AppFailure } from '../../shared/ipc/result';
import type { CacheCipher } from '../cache/create-cache-cipher';

/** One record waiting in the outbox, in the order it was finished. */
export interface OutboxItem {
  readonly seq: number;
  readonly interactionId: string;
  readonly idempotencyKey: string;
  readonly record: InteractionRecord;
  readonly attempts: number;
}

export interface InteractionStore {
  /** Saves (or replaces) the interaction in progress; `state` is the interaction service's own shape. */
  saveDraft(repId: string, interactionId: string, state: unknown): void;
  /** This rep's interactions in progress, newest first: what a restart brings back. */
  listDrafts(repId: string): { interactionId: string; state: unknown }[];
  /** Moves a finished interaction to the outbox with a new key, in one transaction; the same record again changes nothing. */
  enqueue(repId: string, record: InteractionRecord): void;
  /** This rep's records not yet sent, oldest first. */
  listPending(repId: string): OutboxItem[];
  /** The backend has the record: its blob is dropped, the key and confirmation kept. */
  markSent(repId: string, interactionId: string, confirmationNumber: string): void;
  /** An attempt failed and the record waits; `code` is the failure's stable code (no PHI). */
  noteFailedAttempt(repId: string, interactionId: string, code: string): void;
  /** The backend will never take this record (it refused it for good): it stays on disk for IT, out of the queue. */
  markRejected(repId: string, interactionId: string, code: string): void;
  /** Records that a rep deliberately saw something masked (a whole MBI); returns the audit entry's number. */
  recordDisclosure(repId: string, kind: 'mbi', memberId: string, interactionId: string | null): number;
}

interface OutboxRow {
  seq: number;
  interaction_id: string;
  idempotency_key: string;
  record: Buffer;
  attempts: number;
}

/** Binds each blob to its table, rep and row: a blob copied to another row or rep does not open. */
const bound = (table: string, repId: string, id: string) => Buffer.from(JSON.stringify([table, repId, id]));

function unreadable(): AppFailure {
  return new AppFailure('STORE_UNAVAILABLE', 'Rep Console cannot read a saved interaction (its key changed). Nothing was deleted; tell IT.');
}

/** Creates the store over an opened durable database (see open-durable-store.ts). */
export function createInteractionStore(db: Database.Database, cipher: CacheCipher, now: () => number = Date.now): InteractionStore {
  const upsertDraft = db.prepare(
    `INSERT INTO interaction_draft (interaction_id, rep_id, state, created_at, updated_at) VALUES (@id, @repId, @state, @at, @at)
     ON CONFLICT (interaction_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at WHERE rep_id = excluded.rep_id`,
  );
  const drafts = db.prepare<[string], { interaction_id: string; state: Buffer }>('SELECT interaction_id, state FROM interaction_draft WHERE rep_id = ? ORDER BY updated_at DESC');
  const deleteDraft = db.prepare('DELETE FROM interaction_draft WHERE interaction_id = ? AND rep_id = ?');
  const insertOutbox = db.prepare(
    `INSERT INTO interaction_outbox (interaction_id, rep_id, idempotency_key, record, status, created_at, updated_at)
     VALUES (@id, @repId, @key, @record, 'pending', @at, @at) ON CONFLICT (interaction_id) DO NOTHING`,
  );
  const pending = db.prepare<[string], OutboxRow>(
    `SELECT seq, interaction_id, idempotency_key, record, attempts FROM interaction_outbox WHERE rep_id = ? AND status = 'pending' ORDER BY seq`,
  );
  const sent = db.prepare(`UPDATE interaction_outbox SET status = 'sent', record = NULL, confirmation_number = @confirmation, updated_at = @at WHERE interaction_id = @id AND rep_id = @repId`);
  const failed = db.prepare(`UPDATE interaction_outbox SET attempts = attempts + 1, last_error = @code, updated_at = @at WHERE interaction_id = @id AND rep_id = @repId`);
  const rejected = db.prepare(`UPDATE interaction_outbox SET status = 'rejected', attempts = attempts + 1, last_error = @code, updated_at = @at WHERE interaction_id = @id AND rep_id = @repId`);
  const audit = db.prepare('INSERT INTO disclosure_audit (rep_id, kind, interaction_id, subject, at) VALUES (@repId, @kind, @interactionId, @subject, @at)');

  const moveToOutbox = db.transaction((repId: string, record: InteractionRecord) => {
    const sealed = cipher.seal(Buffer.from(JSON.stringify(record)), bound('interaction_outbox', repId, record.id));
    insertOutbox.run({ id: record.id, repId, key: randomUUID(), record: sealed, at: now() });
    deleteDraft.run(record.id, repId);
  });

  function open(blob: Buffer, aad: Buffer): unknown {
    const plain = cipher.open(blob, aad);
    if (!plain) throw unreadable();
    return JSON.parse(plain.toString('utf8')) as unknown;
  }

  return {
    saveDraft(repId, interactionId, state) {
      const sealed = cipher.seal(Buffer.from(JSON.stringify(state)), bound('interaction_draft', repId, interactionId));
      upsertDraft.run({ id: interactionId, repId, state: sealed, at: now() });
    },
    listDrafts: (repId) => drafts.all(repId).map((row) => ({ interactionId: row.interaction_id, state: open(row.state, bound('interaction_draft', repId, row.interaction_id)) })),
    enqueue(repId, record) {
      moveToOutbox.immediate(repId, record);
    },
    listPending: (repId) =>
      pending.all(repId).map((row) => ({
        seq: row.seq,
        interactionId: row.interaction_id,
        idempotencyKey: row.idempotency_key,
        record: open(row.record, bound('interaction_outbox', repId, row.interaction_id)) as InteractionRecord,
        attempts: row.attempts,
      })),
    markSent(repId, interactionId, confirmationNumber) {
      sent.run({ confirmation: confirmationNumber, at: now(), id: interactionId, repId });
    },
    noteFailedAttempt(repId, interactionId, code) {
      failed.run({ code, at: now(), id: interactionId, repId });
    },
    markRejected(repId, interactionId, code) {
      rejected.run({ code, at: now(), id: interactionId, repId });
    },
    recordDisclosure(repId, kind, memberId, interactionId) {
      const at = now();
      const subject = cipher.seal(Buffer.from(memberId), bound('disclosure_audit', repId, `${kind}:${at}`));
      return Number(audit.run({ repId, kind, interactionId, subject, at }).lastInsertRowid);
    },
  };
}
