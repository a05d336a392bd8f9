/**
 * The chain's link: SHA-256 over a canonical serialisation of one entry and the hash before it. The
 * serialisation is a JSON array in a fixed field order (no key order to disagree on), so the writer
 * and the check command — or anyone's own tool — compute the same hash from the same row.
 */
import { createHash } from 'node:crypto';

/** The hash the first entry links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** One row of audit_entries as stored, without its own hash. */
export interface AuditRow {
  readonly seq: number;
  readonly at: string;
  readonly user_id: string;
  readonly user_name: string | null;
  readonly role: string | null;
  readonly action: string;
  readonly action_name: string;
  readonly member_id: string | null;
  readonly client_id: string | null;
  readonly outcome: string;
  readonly confirmation_number: string | null;
  readonly authority: string | null;
  readonly idempotency_key: string | null;
  readonly result_count: number | null;
  readonly detail: string | null;
  readonly prev_hash: string;
}

/** The row's hash as a lower-case hex string. */
export function hashAuditEntry(row: AuditRow): string {
  const canonical = JSON.stringify([
    row.seq, row.at, row.user_id, row.user_name, row.role, row.action, row.action_name, row.member_id, row.client_id,
    row.outcome, row.confirmation_number, row.authority, row.idempotency_key, row.result_count, row.detail, row.prev_hash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
