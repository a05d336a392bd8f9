/**
 * Requests waiting for a team lead (back-dates beyond a client's window, refunds above its threshold),
 * kept in the sandbox database so a restart loses none. Approving or rejecting them is a later step; an
 * opt-out withdraws the back-dates its ending participation leaves behind (a refund still stands).
 */
import type { Approval } from '../../shared/domain/participation-changes';
import type { SandboxDatabase } from './open-database';

/** An approval as stored: the API's shape plus where it belongs and who asked. */
export interface NewApproval extends Approval {
  readonly memberKey: number;
  readonly planYear: number;
  /** The console user who asked. */
  readonly requestedById: string;
  /** The business date it was asked on. */
  readonly requestedOn: string;
}

/** Prepared statements over the approvals table (migration 4). */
export interface ApprovalRepository {
  insert(approval: NewApproval): void;
  /** True while a request of that kind for the member waits. */
  hasPending(memberKey: number, kind: Approval['kind']): boolean;
  /** Pending approvals for members of `clientIds`, oldest first. */
  listPending(clientIds: readonly string[]): Approval[];
  /**
   * Withdraws (marks rejected, reason kept) the member's back-dates still waiting for `planYear`, e.g. when
   * an opt-out ends that participation; answers how many were withdrawn.
   */
  withdrawPending(memberKey: number, planYear: number): number;
}

/** Prepares the statements once per connection. */
export function createApprovalRepository(db: SandboxDatabase): ApprovalRepository {
  const insert = db.prepare(`INSERT INTO approvals (id, kind, status, member_key, client_id, plan_year, requested_by, requested_by_id, requested_at,
    requested_on, reason, confirmation_number, effective_on, amount_cents, refund_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const pending = db.prepare<[number, string], number>("SELECT 1 FROM approvals WHERE member_key = ? AND kind = ? AND status = 'pending' LIMIT 1").pluck();
  const list = db.prepare<[string], Approval>(`SELECT a.id, a.kind, a.status, m.member_id AS memberId, a.client_id AS clientId, a.requested_by AS requestedBy,
    a.requested_at AS requestedAt, a.reason, a.confirmation_number AS confirmationNumber, a.effective_on AS effectiveOn,
    a.amount_cents AS amountCents, a.refund_kind AS refundKind FROM approvals a JOIN members m ON m.member_key = a.member_key
    WHERE a.status = 'pending' AND a.client_id IN (SELECT value FROM json_each(?)) ORDER BY a.requested_at, a.seq`);
  const withdraw = db.prepare<[number, number]>(
    "UPDATE approvals SET status = 'rejected' WHERE member_key = ? AND plan_year = ? AND status = 'pending' AND kind = 'effective_date_change'",
  );
  return {
    insert(a) {
      insert.run(a.id, a.kind, a.status, a.memberKey, a.clientId, a.planYear, a.requestedBy, a.requestedById, a.requestedAt, a.requestedOn, a.reason, a.confirmationNumber, a.effectiveOn, a.amountCents, a.refundKind);
    },
    hasPending: (memberKey, kind) => pending.get(memberKey, kind) !== undefined,
    listPending: (clientIds) => list.all(JSON.stringify(clientIds)),
    withdrawPending: (memberKey, planYear) => withdraw.run(memberKey, planYear).changes,
  };
}
