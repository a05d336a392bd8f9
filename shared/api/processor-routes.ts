/**
 * The payment processor's tokenisation contract — a separate service from the payer backend, with its
 * own base URL. Card and bank digits go to it and nowhere else; it answers a token that stands for them
 * everywhere after (the payer backend saves the token with brand, last four and expiry only).
 *
 * In the sandbox a stand-in serves it on its own port (sandbox/processor/); a real processor's API
 * differs in detail, and the console adapts to it in its processor client.
 */
import { z } from 'zod';
import { ProcessorTokenSchema } from '../domain/payment-changes';
import type { ApiRoute, ApiRouteError } from './api-route';

const digitsOnly = (max: number, message: string) =>
  z
    .string()
    .max(max * 2, message)
    .transform((text) => text.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^\d+$/, message).max(max, message));

/** A card as the member reads it out; spaces and dashes in the number are allowed and dropped. */
export const CardDetailsSchema = z
  .object({
    kind: z.literal('card'),
    number: digitsOnly(19, 'A card number is 12 to 19 digits.'),
    expMonth: z.number().int().min(1, 'Use a month from 1 to 12.').max(12, 'Use a month from 1 to 12.'),
    /** Four digits, e.g. 2028. */
    expYear: z.number().int().min(2000, 'Use a four-digit year.').max(2099, 'Use a four-digit year.'),
    /** Three digits, four for American Express; checked against the brand (SECURITY_CODE_INVALID). */
    securityCode: z.string().max(8, 'A security code is 3 or 4 digits.'),
    /** The billing ZIP code (five digits, or ZIP+4). */
    postalCode: z.string().trim().regex(/^\d{5}(-\d{4})?$/, 'A ZIP code is five digits.'),
  })
  .strict();
export type CardDetails = z.infer<typeof CardDetailsSchema>;

/** A US bank account for ACH drafts. */
export const BankDetailsSchema = z
  .object({
    kind: z.literal('bank'),
    /** Nine digits with the ABA checksum (ROUTING_NUMBER_INVALID otherwise). */
    routingNumber: digitsOnly(20, 'A routing number is nine digits.'),
    /** 4 to 17 digits (ACCOUNT_NUMBER_INVALID otherwise). */
    accountNumber: digitsOnly(30, 'An account number is 4 to 17 digits.'),
    accountType: z.enum(['checking', 'savings']),
  })
  .strict();
export type BankDetails = z.infer<typeof BankDetailsSchema>;

export const CreateTokenRequestSchema = z.discriminatedUnion('kind', [CardDetailsSchema, BankDetailsSchema]);
export type CreateTokenRequest = z.infer<typeof CreateTokenRequestSchema>;

/** What the processor answers: the token and the only facts about the method anyone may keep. */
export const ProcessorTokenResultSchema = z.object({
  token: ProcessorTokenSchema,
  kind: z.enum(['card', 'bank']),
  /** Card brand from the number ("Visa", "Mastercard", …) or "Checking" / "Savings" for a bank account. */
  brand: z.string().min(1),
  last4: z.string().regex(/^\d{4}$/),
  /** Null for a bank account. */
  expMonth: z.number().int().min(1).max(12).nullable(),
  expYear: z.number().int().nullable(),
});
export type ProcessorTokenResult = z.infer<typeof ProcessorTokenResultSchema>;

const invalid = (code: string, description: string): ApiRouteError => ({ status: 422, code, description });

export const processorRoutes = {
  createToken: {
    operationId: 'createToken',
    summary: 'Tokenise a card or bank account. The digits are checked and never stored; the token is single-use for saving a method.',
    method: 'POST',
    path: '/v1/tokens',
    body: CreateTokenRequestSchema,
    response: ProcessorTokenResultSchema,
    roles: [],
    errors: [
      invalid('CARD_NUMBER_INVALID', 'The card number fails the Luhn check or has the wrong length for its brand.'),
      invalid('CARD_EXPIRED', 'The expiry month is before the current month.'),
      invalid('SECURITY_CODE_INVALID', 'The security code is not 3 digits (4 for American Express).'),
      invalid('ROUTING_NUMBER_INVALID', 'The routing number is not nine digits or fails the ABA checksum (3-7-1 weights).'),
      invalid('ACCOUNT_NUMBER_INVALID', 'The account number is not 4 to 17 digits.'),
    ],
  },
} as const satisfies Record<string, ApiRoute>;

export type ProcessorRoutes = typeof processorRoutes;
