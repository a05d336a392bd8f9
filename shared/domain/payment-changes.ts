/**
 * What a rep asks the backend to do with a member's money: take a payment, save a payment method (a
 * processor token, never card or account digits), enrol or stop autopay, and resolve an overpayment.
 * Every request names the authority it was made on; every answer is a ChangeResult with a
 * confirmation number. Declines are business outcomes with stable codes (see payment-routes.ts).
 */
import { z } from 'zod';
import { AuthorizedBySchema } from './participation-changes';
import { CentsSchema } from './primitives';

/** A positive amount of money in cents, at most $100,000 (no M3P balance comes near it). */
export const PaymentAmountSchema = CentsSchema.min(1, 'Enter an amount above $0.00.').max(10_000_000, 'That amount is too large.');

/** The id of a payment method saved on the member's record. */
export const PaymentMethodIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/**
 * A token the payment processor gave for a card or bank account; it stands for the digits everywhere.
 * The same shape as a keypad-capture token (the telephony side gets it from the same processor).
 */
export const ProcessorTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, 'A processor token is 8 to 128 letters, digits, dashes or underscores.');

/** Which amount the rep offered, so the record says what the member chose to pay. */
export const AmountChoiceSchema = z.enum(['current_bill', 'past_due', 'full_balance', 'other']);
export type AmountChoice = z.infer<typeof AmountChoiceSchema>;

export const TakePaymentRequestSchema = z
  .object({
    amountCents: PaymentAmountSchema,
    amountChoice: AmountChoiceSchema,
    methodId: PaymentMethodIdSchema,
    authorizedBy: AuthorizedBySchema,
  })
  .strict();
export type TakePaymentRequest = z.infer<typeof TakePaymentRequestSchema>;

export const AddPaymentMethodRequestSchema = z
  .object({
    token: ProcessorTokenSchema,
    /** Make it the method payments and autopay use unless another is chosen. */
    makeDefault: z.boolean(),
    authorizedBy: AuthorizedBySchema,
  })
  .strict();
export type AddPaymentMethodRequest = z.infer<typeof AddPaymentMethodRequestSchema>;

export const EnrolAutopayRequestSchema = z
  .object({
    methodId: PaymentMethodIdSchema,
    /** The day of the month the bill is drafted; 1 to 28 so every month has it. */
    dayOfMonth: z.number().int().min(1, 'Pick a day from 1 to 28.').max(28, 'Pick a day from 1 to 28.'),
    authorizedBy: AuthorizedBySchema,
  })
  .strict();
export type EnrolAutopayRequest = z.infer<typeof EnrolAutopayRequestSchema>;

export const StopAutopayRequestSchema = z.object({ authorizedBy: AuthorizedBySchema }).strict();
export type StopAutopayRequest = z.infer<typeof StopAutopayRequestSchema>;

/** A calendar month as YYYY-MM (the premium period a transfer pays). */
export const YearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month as YYYY-MM.');

/** A National Provider Identifier: ten digits whose last is the Luhn check digit over "80840" + the first nine. */
export const NpiSchema = z.string().regex(/^\d{10}$/, 'An NPI is ten digits.');

const refundBase = { amountCents: PaymentAmountSchema, authorizedBy: AuthorizedBySchema };

/** One overpayment resolution; the amount can never exceed the member's overpayment (the backend checks). */
export const RefundRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('member_refund'),
      ...refundBase,
      /** Back to a saved method (methodId), or a check mailed to the address on file. */
      destination: z.discriminatedUnion('type', [
        z.object({ type: z.literal('original_method'), methodId: PaymentMethodIdSchema }).strict(),
        z.object({ type: z.literal('check') }).strict(),
      ]),
    })
    .strict(),
  z.object({ kind: z.literal('premium_transfer'), ...refundBase, premiumPeriod: YearMonthSchema }).strict(),
  z
    .object({
      kind: z.literal('pharmacy_transfer'),
      ...refundBase,
      pharmacyNpi: NpiSchema,
      /** The pharmacy's claim or receipt reference the money settles. */
      claimReference: z.string().trim().regex(/^[A-Za-z0-9-]{3,40}$/, 'A claim reference is 3 to 40 letters, digits or dashes.'),
    })
    .strict(),
]);
export type RefundRequest = z.infer<typeof RefundRequestSchema>;
