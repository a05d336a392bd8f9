/**
 * Balance & bills: the monthly schedule the M3P calculator produces from the member's cost sharing, with
 * what the member paid applied as a ledger does — to the oldest unpaid issued bill first.
 */
import { z } from 'zod';
import { CentsSchema, IsoDateSchema } from './primitives';

export const BillStatusSchema = z.enum(['paid', 'partially_paid', 'due', 'overdue', 'projected']);
export type BillStatus = z.infer<typeof BillStatusSchema>;

export const BillSchema = z.object({
  month: z.number().int().min(1).max(12),
  /** The first-month cap; null on later months. */
  capCents: CentsSchema.nullable(),
  newCostSharingCents: CentsSchema,
  billCents: CentsSchema,
  unbilledAfterCents: CentsSchema,
  dueOn: IsoDateSchema,
  paidCents: CentsSchema,
  status: BillStatusSchema,
  /**
   * The failure-to-pay notice date: due date + 15 days (DOMAIN.md: a notice within 15 days of the due
   * date; the sandbox sends it on the last of those days). Null when the bill is paid or not issued.
   */
  noticeOn: IsoDateSchema.nullable(),
  /**
   * The last day of the grace period: two calendar months from the first day of the month the bill is
   * due in (a bill due March 25 has grace through April 30). Unpaid after it, participation ends
   * involuntarily. Null when the bill is paid or not issued.
   */
  graceEndsOn: IsoDateSchema.nullable(),
});
export type Bill = z.infer<typeof BillSchema>;

export const BillingSchema = z.object({
  planYear: z.number().int(),
  thresholdCents: CentsSchema,
  optInMonth: z.number().int().min(1).max(12),
  priorIncurredCents: CentsSchema,
  bills: z.array(BillSchema),
  billedToDateCents: CentsSchema,
  paidToDateCents: CentsSchema,
  /** Billed and not yet paid. */
  balanceDueCents: CentsSchema,
  /** Incurred and not yet billed; reaches zero in December. */
  unbilledCents: CentsSchema,
  /**
   * Paid beyond the bills issued so far, waiting to settle the next ones (never more than the unbilled
   * balance; money beyond that is an overpayment, payments.overpaymentCents).
   */
  paidAheadCents: CentsSchema.nonnegative(),
  /** Everything still owed for the plan year: balance due + unbilled − paid ahead. What "full balance" pays. */
  fullBalanceCents: CentsSchema.nonnegative(),
});
export type Billing = z.infer<typeof BillingSchema>;
