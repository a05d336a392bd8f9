/** Stop autopay: no more drafts; the member pays by phone, web or mail from now on. */
import type { ChangeResult } from '../../shared/domain/participation-changes';
import type { StopAutopayRequest } from '../../shared/domain/payment-changes';
import { changeResult, refuse, type ChangeTarget } from '../participation/change-context';
import { newConfirmationNumber } from '../participation/new-record-ids';
import { resolveAuthority } from '../participation/resolve-authority';
import { recordContact, type PaymentDependencies } from './payment-context';

/** Stops it, or refuses AUTOPAY_NOT_ENROLLED. */
export function stopAutopay(deps: PaymentDependencies, target: ChangeTarget, request: StopAutopayRequest): ChangeResult {
  const { profile, memberKey } = target.record;
  const authorizedBy = resolveAuthority(request.authorizedBy, profile.representatives, deps.asOf);
  if (!profile.payments.autopay.isEnrolled) throw refuse(409, 'AUTOPAY_NOT_ENROLLED', 'The member is not enrolled in autopay, so there is nothing to stop.');
  deps.payments.setAutopay(memberKey, null);
  const confirmationNumber = newConfirmationNumber('CHG');
  recordContact(deps, target, {
    reason: 'Autopay stopped',
    notes: `Stopped autopay; no further drafts. Told the member how to pay by phone, online or by mail. Authorized by ${authorizedBy}.`,
    confirmationNumber,
  });
  return changeResult(deps, target, { status: 'completed', confirmationNumber, approvalId: null });
}
