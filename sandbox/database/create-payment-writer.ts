/**
 * The writes the payment routes make: a posted payment, a saved method, the autopay enrolment, a
 * refund, and the contact note the member's history shows. Callers run them inside one transaction
 * (the idempotency store's), so a change and its stored answer land together or not at all. Bills are
 * never written: the profile applies the ledger on every read.
 */
import type { ContactNote } from '../../shared/domain/contacts';
import type { PaymentMethod } from '../../shared/domain/payments';
import type { StoredPayment } from './create-profile-repository';
import type { SandboxDatabase } from './open-database';
import type { SeedRefund } from '../seed/seed-member-record';

/** Prepared statements for payment changes; every list row is appended as the member's newest. */
export interface PaymentWriter {
  insertPayment(memberKey: number, payment: StoredPayment): void;
  /** Appends the method; when it is the default, every other method stops being one. */
  insertMethod(memberKey: number, method: PaymentMethod, token: string): void;
  /** The processor token a saved method was made from; null for seeded methods (saved before tokens). */
  tokenOf(memberKey: number, methodId: string): string | null;
  setAutopay(memberKey: number, autopay: { readonly methodId: string; readonly dayOfMonth: number; readonly enrolledOn: string } | null): void;
  insertRefund(memberKey: number, refund: SeedRefund): void;
  insertContact(memberKey: number, contact: ContactNote): void;
}

const next = (table: string) => `(SELECT coalesce(max(seq), -1) + 1 FROM ${table} WHERE member_key = ?)`;

/** Prepares the statements once per connection. */
export function createPaymentWriter(db: SandboxDatabase): PaymentWriter {
  const payment = db.prepare(`INSERT INTO payments (member_key, seq, id, posted_on, amount_cents, method_label, source, status, confirmation_number,
    applies_to_year, applies_to_month, method_id) VALUES (?, ${next('payments')}, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`);
  const clearDefault = db.prepare<[number]>('UPDATE payment_methods SET is_default = 0 WHERE member_key = ?');
  const method = db.prepare(`INSERT INTO payment_methods (member_key, seq, id, kind, brand, last4, exp_month, exp_year, is_default, token)
    VALUES (?, ${next('payment_methods')}, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const token = db.prepare<[number, string], string | null>('SELECT token FROM payment_methods WHERE member_key = ? AND id = ?').pluck();
  const autopay = db.prepare<[string | null, number | null, string | null, number]>(
    'UPDATE members SET autopay_method_id = ?, autopay_day = ?, autopay_enrolled_on = ? WHERE member_key = ?',
  );
  const refund = db.prepare(`INSERT INTO refunds (member_key, seq, id, requested_on, kind, amount_cents, status, destination, confirmation_number, plan_year, method_id)
    VALUES (?, ${next('refunds')}, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const contact = db.prepare(`INSERT INTO contacts (member_key, seq, id, occurred_at, channel, direction, agent_name, reason, notes, confirmation_number)
    VALUES (?, ${next('contacts')}, ?, ?, ?, ?, ?, ?, ?, ?)`);
  return {
    insertPayment(key, p) {
      payment.run(key, key, p.id, p.postedOn, p.amountCents, p.methodLabel, p.source, p.status, p.confirmationNumber, p.ledgerYear, p.methodId);
    },
    insertMethod(key, m, tokenValue) {
      if (m.isDefault) clearDefault.run(key);
      method.run(key, key, m.id, m.kind, m.brand, m.last4, m.expMonth, m.expYear, m.isDefault ? 1 : 0, tokenValue);
    },
    tokenOf: (key, methodId) => token.get(key, methodId) ?? null,
    setAutopay(key, a) {
      autopay.run(a?.methodId ?? null, a?.dayOfMonth ?? null, a?.enrolledOn ?? null, key);
    },
    insertRefund(key, r) {
      refund.run(key, key, r.id, r.requestedOn, r.kind, r.amountCents, r.status, r.destination, r.confirmationNumber, r.planYear, r.methodId);
    },
    insertContact(key, c) {
      contact.run(key, key, c.id, c.occurredAt, c.channel, c.direction, c.agentName, c.reason, c.notes, c.confirmationNumber);
    },
  };
}
