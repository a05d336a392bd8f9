/**
 * Saved payment methods as step 2 offers them: brand and last four only (PCI DSS), the default first
 * choice, and an expired card listed but not selectable, with the month it expired.
 */
import type { PaymentMethod } from '../../../shared/domain/payments';
import type { RadioOption } from '../../ui/radio-group-field';
import { formatPaymentMethod } from '../domains/format-payment-method';

/** True when a card's expiry month is before the business date's month (a card works through its expiry month). */
export function isExpired(method: PaymentMethod, asOf: string): boolean {
  if (method.expMonth === null || method.expYear === null) return false;
  const expiry = `${method.expYear}-${String(method.expMonth).padStart(2, '0')}`;
  return expiry < asOf.slice(0, 7);
}

/** Methods that can be charged now. */
export function usableMethods(methods: readonly PaymentMethod[], asOf: string): PaymentMethod[] {
  return methods.filter((method) => !isExpired(method, asOf));
}

/** The method a payment or autopay starts on: the default when it can be charged, else the first that can. */
export function defaultMethodId(methods: readonly PaymentMethod[], asOf: string): string {
  const usable = usableMethods(methods, asOf);
  return (usable.find((method) => method.isDefault) ?? usable[0])?.id ?? '';
}

/** "Visa •••• 4242 exp 08/27 (default)". */
export function describeMethod(method: PaymentMethod): string {
  return `${formatPaymentMethod(method)}${method.isDefault ? ' (default)' : ''}`;
}

/** "your Visa card ending in 4242", "your Checking account ending in 6789": what the rep says aloud. */
export function sayMethod(method: PaymentMethod): string {
  return `${method.brand} ${method.kind === 'card' ? 'card' : 'account'} ending in ${method.last4}`;
}

/** The radio options, default first. */
export function methodOptions(methods: readonly PaymentMethod[], asOf: string): RadioOption[] {
  const ordered = [...methods].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  return ordered.map((method) => ({
    value: method.id,
    label: describeMethod(method),
    ...(isExpired(method, asOf) ? { isDisabled: true, hint: 'Expired: it cannot be charged. Add the new card.' } : {}),
  }));
}
