/**
 * What a plan year's ledger holds: posted payments toward it less the refunds and transfers out of it
 * (any not rejected — requested, waiting for approval or issued). Pending and returned payments do not
 * count. The one figure bills, the overpayment and autopay drafts are computed from.
 */
import type { Billing } from '../../shared/domain/billing';

/** The parts of a stored payment the ledger reads. */
export interface LedgerPayment {
  readonly amountCents: number;
  readonly status: string;
  readonly ledgerYear: number | null;
}

/** The parts of a stored refund the ledger reads. */
export interface LedgerRefund {
  readonly amountCents: number;
  readonly status: string;
  readonly planYear: number | null;
}

/** Net credits for `planYear`; negative only if more was refunded than paid (never seeded, never accepted). */
export function ledgerCreditsCents(payments: readonly LedgerPayment[], refunds: readonly LedgerRefund[], planYear: number): number {
  const paid = payments.filter((p) => p.status === 'posted' && p.ledgerYear === planYear).reduce((sum, p) => sum + p.amountCents, 0);
  const refunded = refunds.filter((r) => r.status !== 'rejected' && r.planYear === planYear).reduce((sum, r) => sum + r.amountCents, 0);
  return paid - refunded;
}

/**
 * Credits beyond everything owed for the plan year — every issued bill and the unbilled balance — so
 * what a refund may return. Without billing this year nothing is owed, so every credit is overpaid.
 */
export function overpaymentCents(billing: Billing | null, creditsCents: number): number {
  const owedAndCovered = billing ? billing.paidToDateCents + billing.paidAheadCents : 0;
  return Math.max(0, creditsCents - owedAndCovered);
}
