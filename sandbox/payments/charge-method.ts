/**
 * The processor's answer to a charge, in the sandbox: a method saved from a token behaves as its test
 * number says (sandbox/README.md lists them); a seeded method approves unless its card has expired by
 * the business date. A decline is a 402 with its own code and charges nothing.
 */
import type { PaymentMethod } from '../../shared/domain/payments';
import type { PaymentDeclineCode } from '../../shared/api/payment-routes';
import type { ChargeBehaviour } from '../database/create-token-repository';
import { refuse } from '../participation/change-context';
import type { SandboxApiError } from '../server/sandbox-api-error';
import { isExpiredOn, type PaymentDependencies } from './payment-context';

const DECLINES: Readonly<Record<Exclude<ChargeBehaviour, 'approve'>, readonly [PaymentDeclineCode, string]>> = {
  insufficient_funds: ['DECLINED_INSUFFICIENT_FUNDS', 'Declined for insufficient funds. Nothing was charged. Offer a smaller amount or another method.'],
  expired_card: ['DECLINED_EXPIRED_CARD', 'Declined: the card has expired. Nothing was charged. Add the new card or choose another method.'],
  closed_account: ['DECLINED_CLOSED_ACCOUNT', 'Declined: the bank account is closed. Nothing was charged. Choose another method.'],
  do_not_honor: ['DECLINED_DO_NOT_HONOR', 'The card issuer declined without a reason. Nothing was charged. The member can call their bank, or use another method.'],
};

/** The decline to throw, or null when the charge goes through. */
export function chargeMethod(deps: PaymentDependencies, memberKey: number, method: PaymentMethod): SandboxApiError | null {
  const token = deps.payments.tokenOf(memberKey, method.id);
  const behaviour: ChargeBehaviour = isExpiredOn(method, deps.asOf) ? 'expired_card' : token ? (deps.tokens.find(token)?.behaviour ?? 'approve') : 'approve';
  if (behaviour === 'approve') return null;
  const [code, message] = DECLINES[behaviour];
  return refuse(402, code, message);
}
