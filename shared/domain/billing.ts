/** Balance & bills: the monthly schedule the M3P calculator produces from the member's cost sharing. */
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
});
export type Billing = z.infer<typeof BillingSchema>;
