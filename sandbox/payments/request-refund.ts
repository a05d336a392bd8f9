/**
 * Resolve an overpayment: refund the member (to a saved method, or a check to the address on file),
 * transfer it to their Medicare premium, or to a pharmacy. The amount comes out of the plan year's
 * ledger at once, so the overpayment shown never counts it twice. Above the client's threshold it is
 * saved pending a team lead's approval; otherwise it is requested, for the back office to issue.
 */
import type { ChangeResult } from '../../shared/domain/participation-changes';
import type { RefundRequest } from '../../shared/domain/payment-changes';
import { formatCents } from '../../shared/lib/money';
import { isValidNpi } from '../../shared/lib/npi';
import { isoDates } from '../calendar/iso-dates';
import { actorLabel, changeResult, refuse, type ChangeTarget } from '../participation/change-context';
import { newApprovalId, newConfirmationNumber, newRecordId } from '../participation/new-record-ids';
import { resolveAuthority } from '../participation/resolve-authority';
import { labelMethod, recordContact, type PaymentDependencies } from './payment-context';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WHAT: Readonly<Record<RefundRequest['kind'], string>> = {
  member_refund: 'Refund of the overpayment', premium_transfer: 'Overpayment applied to the plan premium', pharmacy_transfer: 'Overpayment transferred to the pharmacy',
};

/** Where the money goes, in the words the refunds list shows; checks the NPI and the method. */
function destinationOf(target: ChangeTarget, request: RefundRequest): { text: string; methodId: string | null } {
  switch (request.kind) {
    case 'member_refund': {
      if (request.destination.type === 'check') return { text: 'Check to address on file', methodId: null };
      const { methodId } = request.destination;
      const method = target.record.profile.payments.methods.find((m) => m.id === methodId);
      if (!method) throw refuse(422, 'METHOD_NOT_FOUND', 'That payment method is not saved for this member. Refund to a saved method or by check.');
      return { text: `Back to ${labelMethod(method)}`, methodId: method.id };
    }
    case 'premium_transfer': {
      const [year, month] = request.premiumPeriod.split('-').map(Number);
      return { text: `Premium account, ${MONTHS[(month ?? 1) - 1]} ${year}`, methodId: null };
    }
    case 'pharmacy_transfer':
      if (!isValidNpi(request.pharmacyNpi)) throw refuse(422, 'INVALID_NPI', "That NPI's check digit is wrong. Read the pharmacy's NPI again, digit by digit.");
      return { text: `Pharmacy NPI ${request.pharmacyNpi}, claim ${request.claimReference}`, methodId: null };
  }
}

/** Requests it, or refuses: NO_OVERPAYMENT, AMOUNT_EXCEEDS_OVERPAYMENT, INVALID_NPI, METHOD_NOT_FOUND. */
export function requestRefund(deps: PaymentDependencies, target: ChangeTarget, request: RefundRequest): ChangeResult {
  const { profile, memberKey } = target.record;
  const authorizedBy = resolveAuthority(request.authorizedBy, profile.representatives, deps.asOf);
  const destination = destinationOf(target, request);
  const overpaid = profile.payments.overpaymentCents;
  if (overpaid === 0) throw refuse(409, 'NO_OVERPAYMENT', 'The member has no overpayment to refund or transfer.');
  if (request.amountCents > overpaid) {
    throw refuse(422, 'AMOUNT_EXCEEDS_OVERPAYMENT', `That is more than the overpayment of ${formatCents(overpaid)}. Refund or transfer at most that.`);
  }
  const threshold = target.rules.refundApprovalThresholdCents;
  const needsApproval = request.amountCents > threshold;
  const confirmationNumber = newConfirmationNumber('RFD');
  deps.payments.insertRefund(memberKey, {
    id: newRecordId('RFD'), requestedOn: deps.asOf, kind: request.kind, amountCents: request.amountCents, status: needsApproval ? 'pending_approval' : 'requested',
    destination: destination.text, confirmationNumber, planYear: isoDates.yearOf(deps.asOf), methodId: destination.methodId,
  });
  const approvalId = needsApproval ? newApprovalId() : null;
  if (approvalId) {
    deps.approvals.insert({
      id: approvalId, kind: 'refund', status: 'pending', memberId: profile.member.memberId, clientId: profile.client.id, memberKey,
      planYear: isoDates.yearOf(deps.asOf), requestedBy: actorLabel(target.user), requestedById: target.user.id, requestedAt: deps.now().toISOString(),
      requestedOn: deps.asOf, reason: `${WHAT[request.kind]}: ${formatCents(request.amountCents)} to ${destination.text}, above the ${formatCents(threshold)} limit.`,
      confirmationNumber, effectiveOn: null, amountCents: request.amountCents, refundKind: request.kind,
    });
  }
  recordContact(deps, target, {
    reason: 'Refund request',
    notes: `${WHAT[request.kind]}: ${formatCents(request.amountCents)} to ${destination.text}. ${approvalId ? 'Above the approval limit: waits for a team lead.' : 'Takes up to 30 days.'} Authorized by ${authorizedBy}.`,
    confirmationNumber,
  });
  return changeResult(deps, target, { status: needsApproval ? 'pending_approval' : 'completed', confirmationNumber, approvalId });
}
