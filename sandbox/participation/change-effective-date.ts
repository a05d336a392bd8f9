/**
 * Back-dating an opt-in's effective date: only earlier, never before the plan year or the member's
 * Part D coverage, never in the future. Within the client's window it applies at once and the bills
 * recompute with the fills it now covers; beyond it, it waits for a team lead and nothing moves yet.
 */
import type { ChangeResult, EffectiveDateChange } from '../../shared/domain/participation-changes';
import { formatIsoDate } from '../../shared/lib/dates';
import { isoDates } from '../calendar/iso-dates';
import { actorLabel, changeEvent, changeResult, refuse, type ChangeDependencies, type ChangeTarget } from './change-context';
import { newApprovalId, newConfirmationNumber } from './new-record-ids';
import { resolveAuthority } from './resolve-authority';

/**
 * Refusals, in order: nothing to move, one already waiting, then the new date itself. It moves the as-of
 * year's participation, never a next-year opt-in (which starts January 1 and cannot start earlier).
 */
export function changeEffectiveDate(deps: ChangeDependencies, target: ChangeTarget, request: EffectiveDateChange): ChangeResult {
  const { profile, memberKey, participations } = target.record;
  const current = participations.find((p) => p.planYear === isoDates.yearOf(deps.asOf));
  if (current?.status !== 'active' || current.effectiveOn === null) throw refuse(409, 'NOT_PARTICIPATING', 'The member has no active opt-in whose effective date could move.');
  if (deps.approvals.hasPending(memberKey, 'effective_date_change')) {
    throw refuse(409, 'APPROVAL_ALREADY_PENDING', "A change of this member's effective date already waits for a team lead. Wait for that decision before asking again.");
  }
  const { effectiveOn } = request;
  const partDStart = profile.member.eligibility.partDEffectiveOn;
  if (effectiveOn > deps.asOf) throw refuse(422, 'EFFECTIVE_DATE_IN_FUTURE', 'The new effective date is after today; an effective date can only move earlier.');
  if (effectiveOn >= current.effectiveOn) throw refuse(422, 'NOT_EARLIER', `The new effective date must be before the current one, ${formatIsoDate(current.effectiveOn)}.`);
  if (effectiveOn < `${current.planYear}-01-01`) throw refuse(422, 'BEFORE_PLAN_YEAR', `The effective date cannot be before January 1, ${current.planYear}, when the plan year began.`);
  if (effectiveOn < partDStart) throw refuse(422, 'BEFORE_PART_D_START', `The effective date cannot be before the member's Part D coverage began on ${formatIsoDate(partDStart)}.`);
  const authorizedBy = resolveAuthority(request.authorizedBy, profile.representatives, deps.asOf);
  const confirmationNumber = newConfirmationNumber();
  const fields = { planYear: current.planYear, effectiveOn, channel: null, confirmationNumber, reasonCode: null, note: request.reason };
  if (isoDates.daysBetween(effectiveOn, deps.asOf) <= target.rules.backdateWindowDays) {
    deps.writer.saveYear(memberKey, { ...current, effectiveOn, confirmationNumber });
    deps.writer.billFillsByM3p(memberKey, effectiveOn, current.effectiveOn);
    deps.writer.appendEvent(memberKey, changeEvent(deps, target, authorizedBy, { ...fields, kind: 'effective_date_changed' }));
    return changeResult(deps, target, { status: 'completed', confirmationNumber, approvalId: null });
  }
  const approvalId = newApprovalId();
  deps.approvals.insert({
    id: approvalId, kind: 'effective_date_change', status: 'pending', memberId: profile.member.memberId, clientId: profile.client.id, memberKey,
    planYear: current.planYear, requestedBy: actorLabel(target.user), requestedById: target.user.id, requestedAt: deps.now().toISOString(),
    requestedOn: deps.asOf, reason: request.reason, confirmationNumber, effectiveOn, amountCents: null, refundKind: null,
  });
  deps.writer.appendEvent(memberKey, changeEvent(deps, target, authorizedBy, { ...fields, kind: 'effective_date_change_pending' }));
  return changeResult(deps, target, { status: 'pending_approval', confirmationNumber, approvalId });
}
