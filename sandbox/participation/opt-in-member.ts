/**
 * Opt-in: the member joins the payment plan for a plan year, effective on the day the rules say —
 * the pharmacy visit for an urgent request where the client dates those from the request, else the
 * processing day (today), or January 1 for a request made before the plan year.
 */
import type { ChangeResult, OptInRequest } from '../../shared/domain/participation-changes';
import { formatIsoDate } from '../../shared/lib/dates';
import { isoDates } from '../calendar/iso-dates';
import { processingEffectiveOn } from '../profile/assess-opt-in';
import { changeEvent, changeResult, refuse, type ChangeDependencies, type ChangeTarget } from './change-context';
import { newConfirmationNumber } from './new-record-ids';
import { resolveAuthority } from './resolve-authority';

function decideEffectiveOn(deps: ChangeDependencies, target: ChangeTarget, request: OptInRequest): string {
  const isUrgentFromVisit = request.channel === 'point_of_sale' && target.rules.urgentRequestEffective === 'request_date';
  if (!isUrgentFromVisit || request.planYear > isoDates.yearOf(deps.asOf)) return processingEffectiveOn(deps.asOf, request.planYear);
  if (request.requestedOn < `${request.planYear}-01-01`) {
    throw refuse(422, 'BEFORE_PLAN_YEAR', `An urgent request takes effect on the pharmacy visit, and that date is before the ${request.planYear} plan year began.`);
  }
  const partDStart = target.record.profile.member.eligibility.partDEffectiveOn;
  if (request.requestedOn < partDStart) {
    throw refuse(422, 'BEFORE_PART_D_START', `The pharmacy visit date is before the member's Part D coverage began on ${formatIsoDate(partDStart)}.`);
  }
  return request.requestedOn;
}

/** Refusals, in order: the request itself (dates, plan year, authority), then the member's state. */
export function optInMember(deps: ChangeDependencies, target: ChangeTarget, request: OptInRequest): ChangeResult {
  const { profile, memberKey } = target.record;
  if (request.requestedOn > deps.asOf) throw refuse(422, 'REQUEST_DATE_IN_FUTURE', 'The request date is after today. Use the day the member (or the pharmacy) asked.');
  const eligibility = profile.participation.optInEligibility.find((e) => e.planYear === request.planYear);
  if (!eligibility) {
    const open = profile.participation.optInEligibility.map((e) => e.planYear).join(' and ');
    throw refuse(422, 'PLAN_YEAR_NOT_OPEN', `Opt-in requests are taken for plan year ${open} only.`);
  }
  const authorizedBy = resolveAuthority(request.authorizedBy, profile.representatives, deps.asOf);
  const effectiveOn = decideEffectiveOn(deps, target, request);
  if (!eligibility.isEligible) throw refuse(409, eligibility.code ?? 'ALREADY_PARTICIPATING', eligibility.message ?? 'The member cannot opt in for that plan year.');
  const confirmationNumber = newConfirmationNumber();
  deps.writer.saveYear(memberKey, {
    status: 'active', planYear: request.planYear, effectiveOn, endsOn: null, optInChannel: request.channel, confirmationNumber, terminationReason: null, priorUnpaidCents: null,
  });
  deps.writer.billFillsByM3p(memberKey, effectiveOn, `${request.planYear + 1}-01-01`);
  deps.writer.appendEvent(memberKey, changeEvent(deps, target, authorizedBy, {
    planYear: request.planYear, kind: 'opt_in_approved', effectiveOn, channel: request.channel, confirmationNumber,
    reasonCode: request.channel === 'point_of_sale' ? 'POS-URGENT' : null, note: null,
  }));
  return changeResult(deps, target, { status: 'completed', confirmationNumber, approvalId: null });
}
