/**
 * The payment routes: take a payment, save a payment method (a processor token), enrol or stop autopay,
 * and resolve an overpayment. Every one is idempotent by its `Idempotency-Key` — a retry after a timeout
 * charges once — and answers business outcomes (a decline, nothing due, pending approval) as declared
 * codes the console shows as data. A decline charges nothing but is remembered under the key like any
 * answer, so a retry of the same action gets the same decline.
 */
import { z } from 'zod';
import { ChangeResultSchema } from '../domain/participation-changes';
import {
  AddPaymentMethodRequestSchema,
  EnrolAutopayRequestSchema,
  RefundRequestSchema,
  StopAutopayRequestSchema,
  TakePaymentRequestSchema,
} from '../domain/payment-changes';
import { MemberIdSchema } from '../domain/primitives';
import { ANY_USER, REPRESENTATIVE, REUSED_KEY, type ApiRoute, type ApiRouteError } from './api-route';

const memberParams = z.object({ memberId: MemberIdSchema });

const METHOD_NOT_FOUND: ApiRouteError = {
  status: 422,
  code: 'METHOD_NOT_FOUND',
  description: "methodId is not one of this member's saved payment methods.",
};
const METHOD_EXPIRED: ApiRouteError = {
  status: 422,
  code: 'METHOD_EXPIRED',
  description: 'The card expires before the next autopay draft (or has expired). Choose another method or add a new card.',
};

/** The four ways a charge can be declined; each is a 402 with its own code and nothing is charged. */
export const PAYMENT_DECLINE_CODES = ['DECLINED_INSUFFICIENT_FUNDS', 'DECLINED_EXPIRED_CARD', 'DECLINED_CLOSED_ACCOUNT', 'DECLINED_DO_NOT_HONOR'] as const;
export type PaymentDeclineCode = (typeof PAYMENT_DECLINE_CODES)[number];

export const paymentRoutes = {
  takePayment: {
    operationId: 'takePayment',
    summary: "Charge a saved payment method and post the payment to the member's ledger: it pays the oldest unpaid bill first.",
    method: 'POST',
    path: '/v1/members/:memberId/payments',
    params: memberParams,
    body: TakePaymentRequestSchema,
    response: ChangeResultSchema,
    roles: ANY_USER,
    isIdempotent: true,
    errors: [
      { status: 402, code: 'DECLINED_INSUFFICIENT_FUNDS', description: 'The card issuer or bank declined for insufficient funds. Nothing was charged; offer a smaller amount or another method.' },
      { status: 402, code: 'DECLINED_EXPIRED_CARD', description: 'The card has expired. Nothing was charged; add the new card or choose another method.' },
      { status: 402, code: 'DECLINED_CLOSED_ACCOUNT', description: 'The bank account is closed. Nothing was charged; choose another method.' },
      { status: 402, code: 'DECLINED_DO_NOT_HONOR', description: 'The issuer declined without a reason. Nothing was charged; the member should call their bank, or use another method.' },
      METHOD_NOT_FOUND,
      { status: 409, code: 'NO_BALANCE_DUE', description: 'The member owes nothing for the plan year (billed or unbilled): there is nothing to pay.' },
      { status: 422, code: 'AMOUNT_EXCEEDS_BALANCE', description: 'amountCents is more than the full balance for the plan year (balance due plus unbilled).' },
      REPRESENTATIVE,
      REUSED_KEY,
    ],
  },
  addPaymentMethod: {
    operationId: 'addPaymentMethod',
    summary: 'Save a card or bank account the payment processor tokenised; only the token, brand, last four and expiry are kept.',
    method: 'POST',
    path: '/v1/members/:memberId/payment-methods',
    params: memberParams,
    body: AddPaymentMethodRequestSchema,
    response: ChangeResultSchema,
    roles: ANY_USER,
    isIdempotent: true,
    errors: [
      { status: 422, code: 'TOKEN_NOT_FOUND', description: 'The processor does not know this token, or it was already saved (a token is saved once).' },
      {
        status: 409,
        code: 'METHOD_ALREADY_ON_FILE',
        description: 'A method with the same brand, last four and expiry is already saved for this member; use it (the token is not consumed).',
      },
      REPRESENTATIVE,
      REUSED_KEY,
    ],
  },
  enrolAutopay: {
    operationId: 'enrolAutopay',
    summary: 'Draft each bill from a saved method on a day of the month; enrolling again replaces the method and day.',
    method: 'POST',
    path: '/v1/members/:memberId/autopay',
    params: memberParams,
    body: EnrolAutopayRequestSchema,
    response: ChangeResultSchema,
    roles: ANY_USER,
    isIdempotent: true,
    errors: [METHOD_NOT_FOUND, METHOD_EXPIRED, REPRESENTATIVE, REUSED_KEY],
  },
  stopAutopay: {
    operationId: 'stopAutopay',
    summary: 'Stop autopay; bills are then paid by phone, web or mail.',
    method: 'POST',
    path: '/v1/members/:memberId/autopay/stop',
    params: memberParams,
    body: StopAutopayRequestSchema,
    response: ChangeResultSchema,
    roles: ANY_USER,
    isIdempotent: true,
    errors: [{ status: 409, code: 'AUTOPAY_NOT_ENROLLED', description: 'The member is not enrolled in autopay.' }, REPRESENTATIVE, REUSED_KEY],
  },
  requestRefund: {
    operationId: 'requestRefund',
    summary: "Resolve an overpayment: refund the member, transfer to their premium, or to a pharmacy. Above the client's threshold it waits for a team lead.",
    method: 'POST',
    path: '/v1/members/:memberId/refunds',
    params: memberParams,
    body: RefundRequestSchema,
    response: ChangeResultSchema,
    roles: ANY_USER,
    isIdempotent: true,
    errors: [
      { status: 409, code: 'NO_OVERPAYMENT', description: 'The member has no overpayment to resolve.' },
      { status: 422, code: 'AMOUNT_EXCEEDS_OVERPAYMENT', description: 'amountCents is more than the overpayment (payments.overpaymentCents in the profile).' },
      { status: 422, code: 'INVALID_NPI', description: "pharmacyNpi's check digit is wrong (Luhn over 80840 and the first nine digits)." },
      METHOD_NOT_FOUND,
      REPRESENTATIVE,
      REUSED_KEY,
    ],
  },
} as const satisfies Record<string, ApiRoute>;
