/**
 * The payments area's handlers: tokenising through the processor, and the five money changes through
 * the write path (one operation and Idempotency-Key per rep action, so a double Enter charges once).
 * Changing how the member pays (a new method, autopay) needs the stronger caller verification.
 */
import type { InvokeHandlers } from '../ipc/handlers';
import type { ChangeRunner } from '../operations/create-change-runner';
import type { Tokenizer } from './create-tokenizer';

type PaymentHandlers = Pick<
  InvokeHandlers,
  'payments:tokenize' | 'payments:take' | 'payments:add-method' | 'payments:enrol-autopay' | 'payments:stop-autopay' | 'refunds:request'
>;

/**
 * Decides whether the caller on the line may change the member's payment methods: throws AppFailure
 * VERIFICATION_REQUIRED when they matched too few identifiers (ClientRules.verification).
 */
export interface PaymentGuard {
  assertMayChangePaymentMethods(memberId: string): void | Promise<void>;
}

/** Lets every change through: the default until the calls area wires the caller's verification in. */
export const ALLOW_PAYMENT_CHANGES: PaymentGuard = { assertMayChangePaymentMethods: () => undefined };

/** Builds the handlers over the runner, the tokenizer and the guard. */
export function createPaymentHandlers(deps: { runner: ChangeRunner; tokenizer: Tokenizer; guard?: PaymentGuard }): PaymentHandlers {
  const guard = deps.guard ?? ALLOW_PAYMENT_CHANGES;
  return {
    'payments:tokenize': (details) => deps.tokenizer.tokenize(details),
    'payments:take': (input) => deps.runner.run('take-payment', input),
    'payments:add-method': async (input) => {
      await guard.assertMayChangePaymentMethods(input.memberId);
      return deps.runner.run('add-payment-method', input);
    },
    'payments:enrol-autopay': async (input) => {
      await guard.assertMayChangePaymentMethods(input.memberId);
      return deps.runner.run('enrol-autopay', input);
    },
    'payments:stop-autopay': async (input) => {
      await guard.assertMayChangePaymentMethods(input.memberId);
      return deps.runner.run('stop-autopay', input);
    },
    'refunds:request': (input) => deps.runner.run('request-refund', input),
  };
}
