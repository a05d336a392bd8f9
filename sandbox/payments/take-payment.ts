/**
 * Take a payment by phone: charge a saved method and post the payment to the plan year's ledger, where
 * it pays the oldest unpaid bill first. Bills, balance and statuses follow on the next read in the
 * same transaction — they are computed from the ledger, never written. A decline changes nothing.
 */
import type { ChangeResult } from '../../shared/domain/participation-changes';
import type { AmountChoice, TakePaymentRequest } from '../../shared/domain/payment-changes';
import { formatCents } from '../../shared/lib/money';
import { isoDates } from '../calendar/iso-dates';
import { changeResult, refuse, type ChangeTarget } from '../participation/change-context';
import { newConfirmationNumber, newRecordId } from '../participation/new-record-ids';
import { resolveAuthority } from '../participation/resolve-authority';
import { chargeMethod } from './charge-method';
import { labelMethod, recordContact, type PaymentDependencies } from './payment-context';

const CHOICE_WORDS: Readonly<Record<AmountChoice, string>> = {
  current_bill: 'the current bill', past_due: 'the past-due amount', full_balance: 'the full balance', other: 'an amount the member chose',
};

/** Charges and posts, or refuses: METHOD_NOT_FOUND, NO_BALANCE_DUE, AMOUNT_EXCEEDS_BALANCE, or a 402 decline. */
export function takePayment(deps: PaymentDependencies, target: ChangeTarget, request: TakePaymentRequest): ChangeResult {
  const { profile, memberKey } = target.record;
  const authorizedBy = resolveAuthority(request.authorizedBy, profile.representatives, deps.asOf);
  const method = profile.payments.methods.find((m) => m.id === request.methodId);
  if (!method) throw refuse(422, 'METHOD_NOT_FOUND', 'That payment method is not saved for this member. Pick one of their saved methods or add a new one.');
  const fullBalanceCents = profile.billing?.fullBalanceCents ?? 0;
  if (fullBalanceCents === 0) throw refuse(409, 'NO_BALANCE_DUE', 'The member owes nothing for this plan year, so there is nothing to pay.');
  if (request.amountCents > fullBalanceCents) {
    throw refuse(422, 'AMOUNT_EXCEEDS_BALANCE', `That is more than the full balance of ${formatCents(fullBalanceCents)}. Take at most the full balance.`);
  }
  const decline = chargeMethod(deps, memberKey, method);
  if (decline) throw decline;
  const confirmationNumber = newConfirmationNumber('PAY');
  const methodLabel = labelMethod(method);
  deps.payments.insertPayment(memberKey, {
    id: newRecordId('PAY'), postedOn: deps.asOf, amountCents: request.amountCents, methodLabel, source: 'phone', status: 'posted',
    confirmationNumber, ledgerYear: isoDates.yearOf(deps.asOf), methodId: method.id,
  });
  recordContact(deps, target, {
    reason: 'Payment taken by phone',
    notes: `Took ${formatCents(request.amountCents)} (${CHOICE_WORDS[request.amountChoice]}) on the ${methodLabel}. Authorized by ${authorizedBy}.`,
    confirmationNumber,
  });
  return changeResult(deps, target, { status: 'completed', confirmationNumber, approvalId: null });
}
