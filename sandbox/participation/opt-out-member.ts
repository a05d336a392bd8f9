/**
 * Opt-out: participation ends today, for the member's own reason (one of the client's codes); the
 * remaining balance is still billed. A request still pending is withdrawn the same way, and so is a
 * back-date still waiting for a team lead: there is no longer a participation for it to move.
 */
import type { ChangeResult, OptOutRequest } from '../../shared/domain/participation-changes';
import { isoDates } from '../calendar/iso-dates';
import { changeEvent, changeResult, refuse, type ChangeDependencies, type ChangeTarget } from './change-context';
import { newConfirmationNumber } from './new-record-ids';
import { resolveAuthority } from './resolve-authority';

/**
 * Ends every open participation from the as-of year on, so a next-year opt-in does not survive it, and
 * withdraws the back-dates waiting on those plan years, all in the caller's transaction.
 */
export function optOutMember(deps: ChangeDependencies, target: ChangeTarget, request: OptOutRequest): ChangeResult {
  const { profile, memberKey, participations } = target.record;
  if (request.requestedOn > deps.asOf) throw refuse(422, 'REQUEST_DATE_IN_FUTURE', 'The request date is after today. Use the day the member asked.');
  if (!target.rules.optOutReasons.some((reason) => reason.code === request.reasonCode)) {
    throw refuse(422, 'UNKNOWN_REASON_CODE', `${profile.client.shortName} does not use that opt-out reason. Pick one of the reasons listed for this plan.`);
  }
  const authorizedBy = resolveAuthority(request.authorizedBy, profile.representatives, deps.asOf);
  const asOfYear = isoDates.yearOf(deps.asOf);
  const open = participations.filter((p) => p.planYear >= asOfYear && (p.status === 'active' || p.status === 'pending'));
  const newest = open.at(-1);
  if (!newest) throw refuse(409, 'NOT_PARTICIPATING', 'The member is not in the payment plan, so there is nothing to opt out of.');
  const confirmationNumber = newConfirmationNumber();
  deps.writer.appendEvent(memberKey, changeEvent(deps, target, authorizedBy, {
    planYear: newest.planYear, kind: 'opt_out_requested', effectiveOn: null, channel: request.channel, confirmationNumber,
    reasonCode: request.reasonCode, note: request.note ? request.note : null,
  }));
  for (const participation of open) {
    deps.writer.saveYear(memberKey, { ...participation, status: 'terminated', endsOn: deps.asOf, terminationReason: 'voluntary', confirmationNumber });
    deps.approvals.withdrawPending(memberKey, participation.planYear);
    deps.writer.appendEvent(memberKey, changeEvent(deps, target, authorizedBy, {
      planYear: participation.planYear, kind: 'terminated', effectiveOn: deps.asOf, channel: null, confirmationNumber, reasonCode: 'TRM-VOLUNTARY', note: null,
    }));
  }
  return changeResult(deps, target, { status: 'completed', confirmationNumber, approvalId: null });
}
