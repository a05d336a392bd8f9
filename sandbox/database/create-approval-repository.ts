/**
 * Requests waiting for a team lead (back-dates beyond a client's window, refunds above its threshold),
 * kept in the sandbox database so a restart loses none, and the lead's decision on each. An opt-out
 * withdraws the back-dates its ending participation leaves behind (a refund still stands).
 */
import type { ApprovalQueueItem } from '../../shared/api/approval-routes';
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

/** A lead's decision as recorded on the request. */
export interface ApprovalDecisionRecord {
  readonly status: 'approved' | 'rejected';
  readonly decidedBy: string;
  readonly decidedById: string;
  readonly decidedAt: string;
  readonly reason: string;
  readonly confirmationNumber: string;
}

/** Prepared statements over the approvals table (migrations 4, 5 and the decisions step). */
export interface ApprovalRepository {
  insert(approval: NewApproval): void;
  /** True while a request of that kind for the member waits. */
  hasPending(memberKey: number, kind: Approval['kind']): boolean;
  /** Pending approvals for members of `clientIds`, oldest first, with what a lead decides them by. */
  listQueue(clientIds: readonly string[]): ApprovalQueueItem[];
  /** One request by id, whatever its status; null when none has it. */
  find(approvalId: string): NewApproval | null;
  /** Records the decision on a request still pending; false when it no longer was. */
  decide(approvalId: string, decision: ApprovalDecisionRecord): boolean;
  /** Moves the refund an approval stands for out of pending_approval; false when it was not waiting. */
  settleRefund(memberKey: number, confirmationNumber: string, status: 'requested' | 'rejected'): boolean;
  /**
   * Withdraws (marks rejected, reason kept) the member's back-dates still waiting for `planYear`, e.g. when
   * an opt-out ends that participation; answers how many were withdrawn.
   */
  withdrawPending(memberKey: number, planYear: number): number;
}

const COLUMNS = `a.id, a.kind, a.status, m.member_id AS memberId, a.client_id AS clientId, a.requested_by AS requestedBy, a.requested_at AS requestedAt,
  a.reason, a.confirmation_number AS confirmationNumber, a.effective_on AS effectiveOn, a.amount_cents AS amountCents, a.refund_kind AS refundKind,
  a.requested_by_id AS requestedById, a.plan_year AS planYear, a.requested_on AS requestedOn`;

/** Prepares the statements once per connection. */
export function createApprovalRepository(db: SandboxDatabase): ApprovalRepository {
  const insert = db.prepare(`INSERT INTO approvals (id, kind, status, member_key, client_id, plan_year, requested_by, requested_by_id, requested_at,
    requested_on, reason, confirmation_number, effective_on, amount_cents, refund_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const pending = db.prepare<[number, string], number>("SELECT 1 FROM approvals WHERE member_key = ? AND kind = ? AND status = 'pending' LIMIT 1").pluck();
  const queue = db.prepare<[string], ApprovalQueueItem>(`SELECT ${COLUMNS}, m.first_name || ' ' || m.last_name AS memberName,
    CASE WHEN a.kind = 'effective_date_change' THEN p.effective_on END AS currentEffectiveOn, r.destination AS refundDestination
    FROM approvals a JOIN members m ON m.member_key = a.member_key
    LEFT JOIN participations p ON p.member_key = a.member_key AND p.plan_year = a.plan_year
    LEFT JOIN refunds r ON a.kind = 'refund' AND r.member_key = a.member_key AND r.confirmation_number = a.confirmation_number
    WHERE a.status = 'pending' AND a.client_id IN (SELECT value FROM json_each(?)) ORDER BY a.requested_at, a.seq`);
  const byId = db.prepare<[string], NewApproval>(`SELECT ${COLUMNS}, a.member_key AS memberKey FROM approvals a JOIN members m ON m.member_key = a.member_key WHERE a.id = ?`);
  const decide = db.prepare<[string, string, string, string, string, string, string]>(`UPDATE approvals SET status = ?, decided_by = ?, decided_by_id = ?, decided_at = ?,
    decision_reason = ?, decision_confirmation_number = ? WHERE id = ? AND status = 'pending'`);
  const refund = db.prepare<[string, number, string]>("UPDATE refunds SET status = ? WHERE member_key = ? AND confirmation_number = ? AND status = 'pending_approval'");
  const withdraw = db.prepare<[number, number]>(
    "UPDATE approvals SET status = 'rejected' WHERE member_key = ? AND plan_year = ? AND status = 'pending' AND kind = 'effective_date_change'",
  );
  return {
    insert(a) {
      insert.run(a.id, a.kind, a.status, a.memberKey, a.clientId, a.planYear, a.requestedBy, a.requestedById, a.requestedAt, a.requestedOn, a.reason, a.confirmationNumber, a.effectiveOn, a.amountCents, a.refundKind);
    },
    hasPending: (memberKey, kind) => pending.get(memberKey, kind) !== undefined,
    listQueue: (clientIds) => queue.all(JSON.stringify(clientIds)),
    find: (approvalId) => byId.get(approvalId) ?? null,
    decide: (approvalId, d) => decide.run(d.status, d.decidedBy, d.decidedById, d.decidedAt, d.reason, d.confirmationNumber, approvalId).changes === 1,
    settleRefund: (memberKey, confirmationNumber, status) => refund.run(status, memberKey, confirmationNumber).changes === 1,
    withdrawPending: (memberKey, planYear) => withdraw.run(memberKey, planYear).changes,
  };
}
