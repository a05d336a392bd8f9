/**
 * The handlers of the payment routes (shared/api/payment-routes.ts). Each is a change the server runs
 * inside the idempotency transaction, so a retried payment charges once and a retried decline declines
 * the same way.
 */
import type { User } from '../../shared/domain/session';
import type { MemberRepository } from '../database/create-member-repository';
import type { ChangeTarget } from '../participation/change-context';
import { findClientRules } from '../seed/client-catalog';
import type { RouteHandlers } from '../server/create-route-handlers';
import { openMember } from '../server/open-member';
import { addPaymentMethod } from './add-payment-method';
import { enrolAutopay } from './enrol-autopay';
import type { PaymentDependencies } from './payment-context';
import { requestRefund } from './request-refund';
import { stopAutopay } from './stop-autopay';
import { takePayment } from './take-payment';

/** The routes of shared/api/payment-routes.ts. */
export type PaymentHandlers = Pick<RouteHandlers, 'takePayment' | 'addPaymentMethod' | 'enrolAutopay' | 'stopAutopay' | 'requestRefund'>;

/** Binds the handlers to the payment dependencies and the member lookups. */
export function createPaymentHandlers(deps: PaymentDependencies & { readonly members: MemberRepository }): PaymentHandlers {
  const targetOf = (user: User | null, memberId: string): ChangeTarget => {
    const ref = openMember(deps.members, user, memberId);
    const record = deps.profiles.readRecord(ref.memberKey);
    const rules = findClientRules(ref.clientId);
    // Routes with roles always have a user; the check keeps the types honest.
    if (!user || !record || !rules) throw new Error('A payment change reached a member without a user, record or rules.');
    return { user, record, rules };
  };
  return {
    takePayment: ({ params, body, user }) => takePayment(deps, targetOf(user, params.memberId), body),
    addPaymentMethod: ({ params, body, user }) => addPaymentMethod(deps, targetOf(user, params.memberId), body),
    enrolAutopay: ({ params, body, user }) => enrolAutopay(deps, targetOf(user, params.memberId), body),
    stopAutopay: ({ params, body, user }) => stopAutopay(deps, targetOf(user, params.memberId), body),
    requestRefund: ({ params, body, user }) => requestRefund(deps, targetOf(user, params.memberId), body),
  };
}
