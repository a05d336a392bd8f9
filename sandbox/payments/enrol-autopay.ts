/**
 * Autopay: draft each bill from a saved method on a day of the month (1 to 28, so every month has it).
 * Enrolling again replaces the method and day. A card that will have expired by the next draft is
 * refused, so no draft is ever set up to fail.
 */
import type { ChangeResult } from '../../shared/domain/participation-changes';
import type { EnrolAutopayRequest } from '../../shared/domain/payment-changes';
import { formatIsoDate } from '../../shared/lib/dates';
import { nextDraftOn } from '../billing/next-autopay-draft';
import { changeResult, refuse, type ChangeTarget } from '../participation/change-context';
import { newConfirmationNumber } from '../participation/new-record-ids';
import { resolveAuthority } from '../participation/resolve-authority';
import { isExpiredOn, labelMethod, recordContact, type PaymentDependencies } from './payment-context';

/** Enrols (or re-enrols), or refuses: METHOD_NOT_FOUND, METHOD_EXPIRED. */
export function enrolAutopay(deps: PaymentDependencies, target: ChangeTarget, request: EnrolAutopayRequest): ChangeResult {
  const { profile, memberKey } = target.record;
  const authorizedBy = resolveAuthority(request.authorizedBy, profile.representatives, deps.asOf);
  const method = profile.payments.methods.find((m) => m.id === request.methodId);
  if (!method) throw refuse(422, 'METHOD_NOT_FOUND', 'That payment method is not saved for this member. Pick one of their saved methods or add a new one.');
  const firstDraftOn = nextDraftOn(deps.asOf, request.dayOfMonth);
  if (isExpiredOn(method, firstDraftOn)) {
    throw refuse(422, 'METHOD_EXPIRED', `The ${labelMethod(method)} expires before the first draft on ${formatIsoDate(firstDraftOn)}. Choose another method or add the new card.`);
  }
  deps.payments.setAutopay(memberKey, { methodId: method.id, dayOfMonth: request.dayOfMonth, enrolledOn: deps.asOf });
  const confirmationNumber = newConfirmationNumber('CHG');
  recordContact(deps, target, {
    reason: 'Autopay enrollment',
    notes: `Enrolled in autopay on the ${labelMethod(method)}, drafting on day ${request.dayOfMonth} of each month from ${formatIsoDate(firstDraftOn)}. Authorized by ${authorizedBy}.`,
    confirmationNumber,
  });
  return changeResult(deps, target, { status: 'completed', confirmationNumber, approvalId: null });
}
