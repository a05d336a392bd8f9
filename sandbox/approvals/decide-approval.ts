/**
 * A team lead's decision on a waiting request, run by the server inside the idempotency transaction:
 * checked (it exists, it is one of the lead's clients, it still waits, the lead did not ask for it),
 * applied to the record, recorded on the request, and told to the rep who asked on their event stream.
 * Refusals are the route's declared codes, so a resend of the same decision answers the same way.
 */
import type { ApprovalDecidedEvent, DecideApprovalBody } from '../../shared/api/approval-routes';
import type { ChangeResult } from '../../shared/domain/participation-changes';
import type { User } from '../../shared/domain/session';
import type { AgentEventHub } from '../cti/create-agent-event-hub';
import { actorLabel, refuse, type ChangeDependencies } from '../participation/change-context';
import { newConfirmationNumber } from '../participation/new-record-ids';
import { assertClientAccess } from '../server/client-access';
import { SandboxApiError } from '../server/sandbox-api-error';
import { applyDecision } from './apply-decision';

/** Where decisions read and write, and the stream that tells the rep. */
export interface DecisionDependencies extends ChangeDependencies {
  readonly hub: Pick<AgentEventHub, 'publish'>;
}

/** Decides the request and answers the decision's confirmation number with the member's record after it. */
export function decideApproval(deps: DecisionDependencies, lead: User, approvalId: string, body: DecideApprovalBody): ChangeResult & { decision: DecideApprovalBody['decision'] } {
  const approval = deps.approvals.find(approvalId);
  if (!approval) throw new SandboxApiError(404, 'APPROVAL_NOT_FOUND', 'No request waiting for approval has that id. Refresh the queue.');
  assertClientAccess(lead, approval.clientId, 'member');
  if (approval.status !== 'pending') {
    throw refuse(409, 'ALREADY_DECIDED', `That request was already ${approval.status === 'approved' ? 'approved' : 'rejected or withdrawn'}. Refresh the queue.`);
  }
  if (approval.requestedById === lead.id) throw refuse(409, 'SELF_APPROVAL', 'You made this request, so another team lead must decide it.');
  const confirmationNumber = newConfirmationNumber(approval.kind === 'refund' ? 'RFD' : 'M3P');
  const decidedAt = deps.now().toISOString();
  applyDecision(deps, approval, { lead, decision: body.decision, reason: body.reason, confirmationNumber });
  const recorded = deps.approvals.decide(approval.id, {
    status: body.decision === 'approve' ? 'approved' : 'rejected', decidedBy: actorLabel(lead), decidedById: lead.id, decidedAt, reason: body.reason, confirmationNumber,
  });
  if (!recorded) throw new Error(`Approval ${approval.id} stopped pending during its own decision.`);
  const after = deps.profiles.readRecord(approval.memberKey);
  if (!after) throw new Error('The member vanished during a decision.');
  const decided: ApprovalDecidedEvent = {
    type: 'approval_decided', approvalId: approval.id, kind: approval.kind, memberId: approval.memberId, decision: body.decision, reason: body.reason,
    confirmationNumber, decidedBy: actorLabel(lead), decidedAt,
  };
  // Stored with the change (same transaction): a rep offline now gets it on reconnect, within the replay window.
  deps.hub.publish(approval.requestedById, decided);
  return { status: 'completed', confirmationNumber, approvalId: null, profile: after.profile, decision: body.decision };
}
