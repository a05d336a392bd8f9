/**
 * Saved payment methods, stored the way PCI DSS allows: brand, last four and expiry only. No full card
 * or account number exists anywhere in the sandbox, not even synthetic ones.
 */
import type { PaymentMethod } from '../../shared/domain/payments';
import type { Random } from './create-random';
import type { IdentifierFactory } from './create-identifier-factory';

const CARD_BRANDS: readonly (readonly [string, number])[] = [['Visa', 50], ['Mastercard', 30], ['Discover', 10], ['American Express', 10]];
const BANKS = ['First Community Bank', 'Heartland Savings Bank', 'Coastal Federal Credit Union', 'Prairie State Bank', 'Lakeshore Credit Union', 'Summit National Bank'];

/** How a method reads on a payment line and to the member: "Visa •••• 4242". */
export function labelPaymentMethod(method: Pick<PaymentMethod, 'brand' | 'last4'>): string {
  return `${method.brand} •••• ${method.last4}`;
}

/** What kind of method to make and whether it is the default. */
export interface MethodOptions {
  readonly kind: 'card' | 'bank';
  readonly isDefault: boolean;
  readonly planYear: number;
  /** An old card still on file, already expired. */
  readonly isExpired?: boolean;
}

/** Makes one masked method with a fresh id. */
export function generatePaymentMethod(random: Random, ids: IdentifierFactory, options: MethodOptions): PaymentMethod {
  const id = `PMT${String(ids.serial('method')).padStart(9, '0')}`;
  const last4 = String(random.int(0, 9999)).padStart(4, '0');
  if (options.kind === 'bank') {
    return { id, kind: 'bank', brand: random.pick(BANKS), last4, expMonth: null, expYear: null, isDefault: options.isDefault };
  }
  const expYear = options.isExpired ? options.planYear - random.int(1, 2) : options.planYear + random.int(1, 5);
  return { id, kind: 'card', brand: random.weighted(CARD_BRANDS), last4, expMonth: random.int(1, 12), expYear, isDefault: options.isDefault };
}

/** A one-time card given over the phone and not saved: only its label survives. */
export function oneTimeCardLabel(random: Random): string {
  return labelPaymentMethod({ brand: random.weighted(CARD_BRANDS), last4: String(random.int(0, 9999)).padStart(4, '0') });
}
