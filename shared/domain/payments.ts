/** Payments & autopay: what the member paid and how, with payment methods masked to brand and last four. */
import { z } from 'zod';
import { CentsSchema, ConfirmationNumberSchema, IsoDateSchema } from './primitives';

export const PaymentMethodSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['card', 'bank']),
  /** Card brand or bank name. */
  brand: z.string().min(1),
  last4: z.string().regex(/^\d{4}$/),
  expMonth: z.number().int().min(1).max(12).nullable(),
  expYear: z.number().int().nullable(),
  isDefault: z.boolean(),
});
export type PaymentMethod = z.infer<typeof PaymentMethodSchema>;

export const PaymentSchema = z.object({
  id: z.string().min(1),
  postedOn: IsoDateSchema,
  amountCents: CentsSchema,
  /** "Visa •••• 4242", "Check #1043": what the rep reads back. */
  methodLabel: z.string().min(1),
  source: z.enum(['autopay', 'phone', 'web', 'mail']),
  status: z.enum(['posted', 'pending', 'returned']),
  confirmationNumber: ConfirmationNumberSchema,
});
export type Payment = z.infer<typeof PaymentSchema>;

export const AutopaySchema = z.object({
  isEnrolled: z.boolean(),
  methodId: z.string().nullable(),
  dayOfMonth: z.number().int().min(1).max(28).nullable(),
  enrolledOn: IsoDateSchema.nullable(),
});
export type Autopay = z.infer<typeof AutopaySchema>;

/**
 * The next autopay draft: the first date after the business date on the enrolment's day of the month,
 * and what it will take — the balance due on that date (every bill issued by then, less what was paid),
 * which is 0 when nothing will be owed.
 */
export const AutopayDraftSchema = z.object({ on: IsoDateSchema, amountCents: CentsSchema.nonnegative() });
export type AutopayDraft = z.infer<typeof AutopayDraftSchema>;

export const PaymentsSchema = z.object({
  /** Newest first. */
  history: z.array(PaymentSchema),
  methods: z.array(PaymentMethodSchema),
  autopay: AutopaySchema,
  /**
   * Money paid for the plan year beyond everything the member owes for it (billed and unbilled), less
   * refunds and transfers already requested, pending or issued: what a refund may return. Paying ahead
   * within the unbilled balance is not an overpayment; it settles the next bills.
   */
  overpaymentCents: CentsSchema.nonnegative(),
  /** Null when the member is not enrolled in autopay. */
  nextAutopayDraft: AutopayDraftSchema.nullable(),
});
export type Payments = z.infer<typeof PaymentsSchema>;
