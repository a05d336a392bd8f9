/**
 * Exactly-once changes: the first answer to a (user, Idempotency-Key) is stored with the request's
 * fingerprint in the same transaction as the change, so a retry after a timeout, a dropped connection
 * or a restart gets that answer again and changes nothing. Business refusals are stored and replayed
 * too: the same action always ends the same way. A key is remembered for 24 hours.
 */
import type { SandboxDatabase } from '../database/open-database';
import { IDEMPOTENCY_KEY_LIFETIME_MS } from '../../shared/api/api-route';
import { SandboxApiError } from '../server/sandbox-api-error';

/** How long a key is remembered: the contract's lifetime, which the console never resends beyond. */
export const IDEMPOTENCY_TTL_MS = IDEMPOTENCY_KEY_LIFETIME_MS;

/** An answer as stored and replayed. */
export interface StoredAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** Who sent which key for which request. */
export interface IdempotencyScope {
  readonly userId: string;
  readonly key: string;
  readonly operationId: string;
  readonly fingerprint: string;
}

/** Runs changes at most once per key. */
export interface IdempotencyStore {
  /**
   * Replays the stored answer for the scope, or runs `change` (inside a savepoint, so a throw leaves no
   * trace) and stores its answer; `toStoredRefusal` says which thrown errors are answers to keep.
   */
  run(scope: IdempotencyScope, change: () => unknown, toStoredRefusal: (error: unknown) => StoredAnswer | null): { answer: StoredAnswer; isReplay: boolean };
}

interface Row { fingerprint: string; status: number; body: string }

const REUSED = 'This Idempotency-Key was already used for a different request. Start the action again; it gets a new key.';

/** Creates the store over the idempotency table (migration 4). */
export function createIdempotencyStore(db: SandboxDatabase, now: () => Date): IdempotencyStore {
  const find = db.prepare<[string, string], Row>('SELECT fingerprint, status, body FROM idempotency WHERE user_id = ? AND idempotency_key = ?');
  const insert = db.prepare<[string, string, string, string, number, string, number]>(
    'INSERT INTO idempotency (user_id, idempotency_key, fingerprint, operation_id, status, body, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const sweep = db.prepare<[number]>('DELETE FROM idempotency WHERE created_at_ms < ?');
  return {
    run(scope, change, toStoredRefusal) {
      const inTransaction = db.transaction(() => {
        const nowMs = now().getTime();
        sweep.run(nowMs - IDEMPOTENCY_TTL_MS);
        const found = find.get(scope.userId, scope.key);
        if (found) {
          if (found.fingerprint !== scope.fingerprint) throw new SandboxApiError(422, 'IDEMPOTENCY_KEY_REUSED', REUSED);
          return { answer: { status: found.status, body: JSON.parse(found.body) as unknown }, isReplay: true };
        }
        let answer: StoredAnswer;
        try {
          answer = { status: 200, body: db.transaction(change)() };
        } catch (error) {
          const refusal = toStoredRefusal(error);
          if (!refusal) throw error;
          answer = refusal;
        }
        insert.run(scope.userId, scope.key, scope.fingerprint, scope.operationId, answer.status, JSON.stringify(answer.body), nowMs);
        return { answer, isReplay: false };
      });
      // IMMEDIATE takes the write lock first, so two sandboxes on one file never both run the same key.
      return inTransaction.immediate();
    },
  };
}
