/**
 * Rep actions that change a record, kept durably from the moment they are committed until their
 * outcome is known: the idempotency key is made here once and every attempt (a retry, a second
 * Enter, a restart) reuses it, so the backend does the action once.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ChangeOutcome } from '../../shared/ipc/views';
import { AppFailure } from '../../shared/ipc/result';
import type { CacheCipher } from '../cache/create-cache-cipher';

/** The participation changes (participation/participation-senders.ts sends them). */
export type ParticipationOperationKind = 'opt-in' | 'opt-out' | 'change-effective-date';

/** The money changes (payments/payment-senders.ts); the token of a new method, never card digits. */
export type PaymentOperationKind = 'take-payment' | 'add-payment-method' | 'enrol-autopay' | 'stop-autopay' | 'request-refund';

/** A team lead's decision on a waiting request (approvals/approval-senders.ts). */
export type ApprovalOperationKind = 'decide-approval';

/** What kind of change an operation makes; one per write route. */
export type OperationKind = ParticipationOperationKind | PaymentOperationKind | ApprovalOperationKind;

/** The member and request an action was committed with. */
export interface OperationIntent {
  readonly memberId: string;
  readonly request: unknown;
}

export interface Operation {
  readonly actionId: string;
  readonly kind: OperationKind;
  readonly idempotencyKey: string;
  readonly intent: OperationIntent;
  /** Null while the outcome is unknown (never sent, or sent and not answered). */
  readonly outcome: ChangeOutcome | null;
  /** When the action was first recorded (ms since the epoch): the backend keeps its key only so long. */
  readonly createdAt: number;
}

export interface OperationStore {
  /** Records the action before anything is sent; the same action again returns the stored operation. */
  begin(repId: string, actionId: string, kind: OperationKind, intent: OperationIntent): Operation;
  /** Saves the outcome; the action is settled from now on. */
  settle(repId: string, actionId: string, outcome: ChangeOutcome): void;
  /** This rep's actions whose outcome is unknown, oldest first: resent after a restart. */
  listPending(repId: string): Operation[];
  /** The rep gave up on an action whose outcome is unknown (closed the flow): it is never resent on its own. */
  abandon(repId: string, actionId: string): void;
}

interface Row {
  action_id: string;
  kind: OperationKind;
  idempotency_key: string;
  fingerprint: Buffer;
  intent: Buffer;
  outcome: Buffer | null;
  created_at: number;
}

/** Binds each blob to its row and column: a blob moved to another action or rep does not open. */
const bound = (column: string, repId: string, actionId: string) => Buffer.from(JSON.stringify([column, repId, actionId]));

/** Creates the store over an opened durable database. */
export function createOperationStore(db: Database.Database, cipher: CacheCipher, now: () => number = Date.now): OperationStore {
  const insert = db.prepare(
    `INSERT INTO operation (action_id, rep_id, kind, idempotency_key, fingerprint, intent, status, created_at, updated_at)
     VALUES (@actionId, @repId, @kind, @key, @fingerprint, @intent, 'pending', @at, @at) ON CONFLICT (action_id) DO NOTHING`,
  );
  const select = db.prepare<[string, string], Row>('SELECT action_id, kind, idempotency_key, fingerprint, intent, outcome, created_at FROM operation WHERE action_id = ? AND rep_id = ?');
  const pending = db.prepare<[string], Row>(`SELECT action_id, kind, idempotency_key, fingerprint, intent, outcome, created_at FROM operation WHERE rep_id = ? AND status = 'pending' ORDER BY created_at`);
  const update = db.prepare(`UPDATE operation SET status = 'settled', outcome = @outcome, updated_at = @at WHERE action_id = @actionId AND rep_id = @repId`);
  const giveUp = db.prepare(`UPDATE operation SET status = 'abandoned', updated_at = @at WHERE action_id = @actionId AND rep_id = @repId AND status = 'pending'`);

  function read(repId: string, row: Row): Operation {
    const intent = cipher.open(row.intent, bound('intent', repId, row.action_id));
    const outcome = row.outcome ? cipher.open(row.outcome, bound('outcome', repId, row.action_id)) : null;
    if (!intent || (row.outcome && !outcome)) {
      throw new AppFailure('STORE_UNAVAILABLE', 'Rep Console cannot read a saved action (its key changed). Nothing was deleted; tell IT.');
    }
    return {
      actionId: row.action_id,
      kind: row.kind,
      idempotencyKey: row.idempotency_key,
      intent: JSON.parse(intent.toString('utf8')) as OperationIntent,
      outcome: outcome ? (JSON.parse(outcome.toString('utf8')) as ChangeOutcome) : null,
      createdAt: row.created_at,
    };
  }

  return {
    begin(repId, actionId, kind, intent) {
      const fingerprint = cipher.digest(JSON.stringify([kind, intent.memberId, intent.request]));
      const sealed = cipher.seal(Buffer.from(JSON.stringify(intent)), bound('intent', repId, actionId));
      insert.run({ actionId, repId, kind, key: randomUUID(), fingerprint, intent: sealed, at: now() });
      const row = select.get(actionId, repId);
      if (!row) throw new AppFailure('INVALID_INPUT', 'That action belongs to another rep.');
      if (row.kind !== kind || !row.fingerprint.equals(fingerprint)) {
        // A screen must make a new action id for a new action; reusing one would replay the old outcome.
        throw new AppFailure('INVALID_INPUT', 'This action was already sent with other details. Start it again.');
      }
      return read(repId, row);
    },
    settle(repId, actionId, outcome) {
      const sealed = cipher.seal(Buffer.from(JSON.stringify(outcome)), bound('outcome', repId, actionId));
      update.run({ outcome: sealed, at: now(), actionId, repId });
    },
    listPending: (repId) => pending.all(repId).map((row) => read(repId, row)),
    abandon(repId, actionId) {
      giveUp.run({ at: now(), actionId, repId });
    },
  };
}
