/**
 * Appends entries to the audit trail, each linked to the one before by hash. An append reads the last
 * entry and writes the next inside one IMMEDIATE transaction (or the caller's, as a savepoint), so two
 * sandboxes on one file never both take the same seq and the chain never forks.
 */
import type { z } from 'zod';
import type { AuditPage, AuditSearchQuerySchema } from '../../shared/domain/audit';
import type { Role } from '../../shared/domain/session';
import { describeAuditAction } from '../../shared/domain/describe-audit-action';
import type { SandboxDatabase } from '../database/open-database';
import { GENESIS_HASH, hashAuditEntry, type AuditRow } from './hash-audit-entry';
import { searchAuditTrail } from './search-audit-trail';

/** What a recorder knows about one action; the trail adds seq, time, client and the hashes. */
export interface AuditDraft {
  readonly userId: string;
  readonly userName: string | null;
  readonly role: Role | null;
  readonly action: string;
  readonly memberId: string | null;
  readonly outcome: string;
  readonly confirmationNumber: string | null;
  readonly authority: string | null;
  readonly idempotencyKey: string | null;
  readonly resultCount: number | null;
  readonly detail: string | null;
}

/** The append side of the trail. */
export interface AuditTrail {
  /** Appends one entry and answers its seq. */
  append(draft: AuditDraft): number;
  /** Runs `work` in one write transaction with the appends it makes (a change and its entry commit together). */
  atomically<T>(work: () => T): T;
  /** A page of the entries matching the query that a lead serving `clientIds` may see. */
  search(query: z.output<typeof AuditSearchQuerySchema>, clientIds: readonly string[]): AuditPage;
}

const COLUMNS = 'seq, at, user_id, user_name, role, action, action_name, member_id, client_id, outcome, confirmation_number, authority, idempotency_key, result_count, detail, prev_hash, hash';

/** Creates the trail over audit_entries (sandbox migration 7). */
export function createAuditTrail(db: SandboxDatabase, now: () => Date): AuditTrail {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1');
  const clientOf = db.prepare<[string], { id: string }>('SELECT id FROM clients WHERE member_id_prefix = ?');
  const insert = db.prepare<[AuditRow & { hash: string }]>(
    `INSERT INTO audit_entries (${COLUMNS}) VALUES (${COLUMNS.split(', ').map((c) => `@${c}`).join(', ')})`,
  );
  const appendNow = db.transaction((draft: AuditDraft): number => {
    const previous = last.get();
    const row: AuditRow = {
      seq: (previous?.seq ?? 0) + 1,
      at: now().toISOString(),
      user_id: draft.userId,
      user_name: draft.userName,
      role: draft.role,
      action: draft.action,
      action_name: describeAuditAction(draft.action),
      member_id: draft.memberId,
      client_id: draft.memberId === null ? null : (clientOf.get(draft.memberId.slice(0, 3))?.id ?? null),
      outcome: draft.outcome,
      confirmation_number: draft.confirmationNumber,
      authority: draft.authority,
      idempotency_key: draft.idempotencyKey,
      result_count: draft.resultCount,
      detail: draft.detail,
      prev_hash: previous?.hash ?? GENESIS_HASH,
    };
    insert.run({ ...row, hash: hashAuditEntry(row) });
    return row.seq;
  });
  return {
    append: (draft) => appendNow.immediate(draft),
    atomically: (work) => db.transaction(work).immediate(),
    search: (query, clientIds) => searchAuditTrail(db, query, clientIds),
  };
}
