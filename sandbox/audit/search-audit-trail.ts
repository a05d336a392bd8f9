/**
 * A team lead's search of the audit trail, newest first, one page at a time. A lead sees the entries
 * about their clients' members, and the entries about no member (sign-ins, searches); entries about
 * other clients' members are left out as if they did not exist.
 */
import type { z } from 'zod';
import type { AuditEntry, AuditPage, AuditSearchQuerySchema } from '../../shared/domain/audit';
import type { SandboxDatabase } from '../database/open-database';
import type { AuditRow } from './hash-audit-entry';

type Query = z.output<typeof AuditSearchQuerySchema>;

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq, at: row.at, userId: row.user_id, userName: row.user_name, role: row.role === 'rep' || row.role === 'team_lead' ? row.role : null,
    action: row.action, actionName: row.action_name, memberId: row.member_id, clientId: row.client_id, outcome: row.outcome,
    confirmationNumber: row.confirmation_number, authority: row.authority, idempotencyKey: row.idempotency_key,
    resultCount: row.result_count, detail: row.detail,
  };
}

/** Entries matching the query among those visible to a lead serving `clientIds`. */
export function searchAuditTrail(db: SandboxDatabase, query: Query, clientIds: readonly string[]): AuditPage {
  const where: string[] = [`(client_id IS NULL OR client_id IN (${clientIds.map(() => '?').join(', ') || 'NULL'}))`];
  const values: (string | number)[] = [...clientIds];
  if (query.memberId !== undefined) { where.push('member_id = ?'); values.push(query.memberId); }
  if (query.repId !== undefined) { where.push('user_id = ?'); values.push(query.repId); }
  // Entries hold toISOString() instants, which compare as strings once the query's are in the same form.
  if (query.from !== undefined) { where.push('at >= ?'); values.push(new Date(query.from).toISOString()); }
  if (query.to !== undefined) { where.push('at < ?'); values.push(new Date(query.to).toISOString()); }
  if (query.before !== undefined) { where.push('seq < ?'); values.push(query.before); }
  const rows = db
    .prepare<(string | number)[], AuditRow>(`SELECT * FROM audit_entries WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ?`)
    .all(...values, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const oldest = page.at(-1);
  return { entries: page.map(toEntry), nextBefore: rows.length > query.limit && oldest ? oldest.seq : null };
}
