/**
 * Save a payment method from a processor token: the token stands for the card or account digits, and
 * the record keeps only brand, last four and expiry. A token is saved once; the member's first method
 * is their default whatever was asked.
 */
import type { ChangeResult } from '../../shared/domain/participation-changes';
import type { AddPaymentMethodRequest } from '../../shared/domain/payment-changes';
import type { PaymentMethod } from '../../shared/domain/payments';
import { changeResult, refuse, type ChangeTarget } from '../participation/change-context';
import { newConfirmationNumber, newRecordId } from '../participation/new-record-ids';
import { resolveAuthority } from '../participation/resolve-authority';
import { labelMethod, recordContact, type PaymentDependencies } from './payment-context';

const sameMethod = (a: PaymentMethod, b: Omit<PaymentMethod, 'id' | 'isDefault'>) =>
  a.kind === b.kind && a.brand === b.brand && a.last4 === b.last4 && a.expMonth === b.expMonth && a.expYear === b.expYear;

/** Saves the method, or refuses: TOKEN_NOT_FOUND (unknown or already used), METHOD_ALREADY_ON_FILE. */
export function addPaymentMethod(deps: PaymentDependencies, target: ChangeTarget, request: AddPaymentMethodRequest): ChangeResult {
  const { profile, memberKey } = target.record;
  const authorizedBy = resolveAuthority(request.authorizedBy, profile.representatives, deps.asOf);
  const token = deps.tokens.find(request.token);
  if (!token || token.usedAtMs !== null) {
    throw refuse(422, 'TOKEN_NOT_FOUND', 'The processor does not know that token, or it was already saved. Enter the card or account again.');
  }
  const details = { kind: token.kind, brand: token.brand, last4: token.last4, expMonth: token.expMonth, expYear: token.expYear };
  const existing = profile.payments.methods.find((m) => sameMethod(m, details));
  if (existing) throw refuse(409, 'METHOD_ALREADY_ON_FILE', `The ${labelMethod(existing)} is already saved for this member. Use it instead.`);
  // The savepoint rolls this back if anything later throws, so a refused request never spends the token.
  deps.tokens.markUsed(token.token, deps.now().getTime());
  const isDefault = request.makeDefault || profile.payments.methods.length === 0;
  const method: PaymentMethod = { id: newRecordId('PMT'), ...details, isDefault };
  deps.payments.insertMethod(memberKey, method, token.token);
  const confirmationNumber = newConfirmationNumber('CHG');
  const expiry = method.expMonth !== null && method.expYear !== null ? ` expiring ${String(method.expMonth).padStart(2, '0')}/${method.expYear}` : '';
  recordContact(deps, target, {
    reason: 'Payment method added',
    notes: `Saved the ${labelMethod(method)}${expiry}${isDefault ? ' as the default method' : ''}. Only the processor token is kept. Authorized by ${authorizedBy}.`,
    confirmationNumber,
  });
  return changeResult(deps, target, { status: 'completed', confirmationNumber, approvalId: null });
}
