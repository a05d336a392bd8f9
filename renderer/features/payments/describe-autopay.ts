/** Autopay as it stands, in one sentence the rep reads: the method, the day, and the next draft's date and amount. */
import type { Payments } from '../../../shared/domain/payments';
import { formatIsoDate } from '../../../shared/lib/dates';
import { formatCents } from '../../../shared/lib/money';
import { formatPaymentMethod } from '../domains/format-payment-method';

/** "Autopay is on: Visa •••• 4242 exp 08/27, day 5 of each month. Next draft 12/05/2026: $22.27." */
export function describeAutopay(payments: Payments): string {
  const { autopay, methods, nextAutopayDraft } = payments;
  if (!autopay.isEnrolled) return 'Autopay is off.';
  const method = methods.find((m) => m.id === autopay.methodId);
  const next = nextAutopayDraft ? ` Next draft ${formatIsoDate(nextAutopayDraft.on)}: ${formatCents(nextAutopayDraft.amountCents)}.` : '';
  return `Autopay is on: ${method ? formatPaymentMethod(method) : 'a saved method'}, day ${autopay.dayOfMonth ?? '?'} of each month.${next}`;
}
