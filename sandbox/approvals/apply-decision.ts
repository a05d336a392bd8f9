/**
 * What a lead's decision does to the member's record, inside the decision's idempotent transaction: an
 * approved back-date moves the effective date with the same writes a direct change within the window
 * makes (sandbox/participation/change-effective-date.ts: the year's row, the fills it now covers, an
 * event); a rejected one only leaves an event. A refund waiting for approval is requested for the back
 * office, or rejected, which gives its amount back to the overpayment.
 */
import type { NewApproval } from '../database/create-approval-repository';
import { actorLabel, refuse, type ChangeDependencies } from '../participation/change-context';
import { newEventId } from '../participation/new-record-ids';
import type { User } from '../../shared/domain/session';
import type { ApprovalDecision } from '../../shared/api/approval-routes';

/** The decision to apply: by whom, which way, why, and under which confirmation number. */
export interface DecisionToApply {
  readonly lead: User;
  readonly decision: ApprovalDecision;
  readonly reason: string;
  readonly confirmationNumber: string;
}

function applyBackdate(deps: ChangeDependencies, approval: NewApproval, d: DecisionToApply): void {
  const record = deps.profiles.readRecord(approval.memberKey);
  const current = record?.participations.find((p) => p.planYear === approval.planYear);
  const asked = approval.effectiveOn;
  if (!record || asked === null) throw new Error(`Approval ${approval.id} has no member record or no date.`);
  // The authority the rep recorded with the request stays the authority of the change.
  const requested = record.profile.participation.history.find((e) => e.kind === 'effective_date_change_pending' && e.confirmationNumber === approval.confirmationNumber);
  const event = {
    id: newEventId(), planYear: approval.planYear, occurredOn: deps.asOf, effectiveOn: asked, channel: null, confirmationNumber: d.confirmationNumber,
    reasonCode: null, actor: actorLabel(d.lead), actorId: d.lead.id, authorizedBy: requested?.authorizedBy ?? null,
  };
  if (d.decision === 'reject') {
    deps.writer.appendEvent(approval.memberKey, { ...event, kind: 'effective_date_change_rejected', note: `Rejected: ${d.reason}` });
    return;
  }
  if (current?.status !== 'active' || current.effectiveOn === null) {
    throw refuse(409, 'NOT_PARTICIPATING', 'The member no longer has an active opt-in for that plan year, so the effective date cannot move. Reject the request instead.');
  }
  if (asked >= current.effectiveOn) throw refuse(409, 'NOT_EARLIER', 'The effective date is already on or before the date asked for. Reject the request instead.');
  deps.writer.saveYear(approval.memberKey, { ...current, effectiveOn: asked, confirmationNumber: d.confirmationNumber });
  deps.writer.billFillsByM3p(approval.memberKey, asked, current.effectiveOn);
  deps.writer.appendEvent(approval.memberKey, { ...event, kind: 'effective_date_changed', note: d.reason ? `Approved: ${d.reason}` : 'Approved.' });
}

/** Applies the decision to the record; throws a declared refusal when approving is no longer possible. */
export function applyDecision(deps: ChangeDependencies, approval: NewApproval, decision: DecisionToApply): void {
  if (approval.kind === 'effective_date_change') return applyBackdate(deps, approval, decision);
  const settled = deps.approvals.settleRefund(approval.memberKey, approval.confirmationNumber, decision.decision === 'approve' ? 'requested' : 'rejected');
  if (!settled) throw refuse(409, 'ALREADY_DECIDED', 'That refund is no longer waiting for approval.');
}
