/** Writes a saved payment method the way a rep reads it back, masked to the last four (PCI DSS). */
import type { PaymentMethod } from '../../../shared/domain/payments';

/** "Visa •••• 4242 exp 08/27" for cards, "Chase •••• 6789" for bank accounts. */
export function formatPaymentMethod(method: PaymentMethod): string {
  const masked = `${method.brand} •••• ${method.last4}`;
  if (method.expMonth === null || method.expYear === null) return masked;
  const month = String(method.expMonth).padStart(2, '0');
  const year = String(method.expYear % 100).padStart(2, '0');
  return `${masked} exp ${month}/${year}`;
}
