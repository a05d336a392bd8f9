/**
 * Which backend route carries each money action, with the request typed by that route. A new payment
 * method travels as the processor's token: card and bank digits never enter the write path.
 */
import type { AddPaymentMethodRequest, EnrolAutopayRequest, RefundRequest, StopAutopayRequest, TakePaymentRequest } from '../../shared/domain/payment-changes';
import type { ChangeSender } from '../operations/create-change-runner';
import type { PaymentOperationKind } from '../store/create-operation-store';

export const paymentSenders: Readonly<Record<PaymentOperationKind, ChangeSender>> = {
  'take-payment': (backend, memberId, request, idempotencyKey, token) =>
    backend.call('takePayment', { params: { memberId }, body: request as TakePaymentRequest, idempotencyKey, token }),
  'add-payment-method': (backend, memberId, request, idempotencyKey, token) =>
    backend.call('addPaymentMethod', { params: { memberId }, body: request as AddPaymentMethodRequest, idempotencyKey, token }),
  'enrol-autopay': (backend, memberId, request, idempotencyKey, token) =>
    backend.call('enrolAutopay', { params: { memberId }, body: request as EnrolAutopayRequest, idempotencyKey, token }),
  'stop-autopay': (backend, memberId, request, idempotencyKey, token) =>
    backend.call('stopAutopay', { params: { memberId }, body: request as StopAutopayRequest, idempotencyKey, token }),
  'request-refund': (backend, memberId, request, idempotencyKey, token) =>
    backend.call('requestRefund', { params: { memberId }, body: request as RefundRequest, idempotencyKey, token }),
};
