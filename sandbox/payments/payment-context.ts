/**
 * What every payment change shares with the participation changes (the member, the rules, the
 * transaction the server holds) plus the payment writes, the processor's tokens, and the contact note
 * each change leaves in the member's history with its confirmation number.
 */
import type { ChangeDependencies, ChangeTarget } from '../participation/change-context';
import { newRecordId } from '../participation/new-record-ids';
import type { PaymentWriter } from '../database/create-payment-writer';
import type { TokenRepository } from '../database/create-token-repository';

/** Where payment changes read and write; the caller holds the transaction. */
export interface PaymentDependencies extends ChangeDependencies {
  readonly payments: PaymentWriter;
  readonly tokens: TokenRepository;
}

/** The note a change leaves: why the member called, what was done, and the number read back. */
export interface ChangeNote {
  readonly reason: string;
  readonly notes: string;
  readonly confirmationNumber: string;
}

/**
 * Appends an inbound phone contact by the signed-in rep; the timeline marks it with its action. It is
 * dated the business date (at the clock's time of day), like every change, so the history stays in order.
 */
export function recordContact(deps: PaymentDependencies, target: ChangeTarget, note: ChangeNote): void {
  deps.payments.insertContact(target.record.memberKey, {
    id: newRecordId('CNT'), occurredAt: `${deps.asOf}${deps.now().toISOString().slice(10)}`, channel: 'phone', direction: 'inbound', agentName: target.user.displayName, ...note,
  });
}

/** "Visa •••• 4242", the way a method reads on a payment line and to the member. */
export function labelMethod(method: { readonly brand: string; readonly last4: string }): string {
  return `${method.brand} •••• ${method.last4}`;
}

/** True when a card's expiry month ends before `on` (a card is good through the last day of its month). */
export function isExpiredOn(method: { readonly expMonth: number | null; readonly expYear: number | null }, on: string): boolean {
  if (method.expMonth === null || method.expYear === null) return false;
  const through = `${String(method.expYear).padStart(4, '0')}-${String(method.expMonth).padStart(2, '0')}-31`;
  return through < on;
}
