/**
 * Assembles a member's whole profile for the as-of date: stored rows plus the bill schedule computed
 * from them on the spot, so bills, paid amounts and statuses can never drift from the claims.
 */
import type { MemberProfile } from '../../shared/domain/member-profile';
import { buildBilling } from '../billing/build-billing';
import type { ClientRepository } from '../database/create-client-repository';
import type { MemberRepository } from '../database/create-member-repository';
import { createProfileRepository } from '../database/create-profile-repository';
import type { SandboxDatabase } from '../database/open-database';

/** Reads whole profiles for the profile route. */
export interface ProfileReader {
  /** The profile, or null when no member has that ID. */
  read(memberId: string): MemberProfile | null;
}

/** Creates the reader; `asOf` is the business date every status is computed for. */
export function createProfileReader(db: SandboxDatabase, asOf: string, members: MemberRepository, clients: ClientRepository): ProfileReader {
  const records = createProfileRepository(db);
  return {
    read(memberId) {
      const key = members.findMemberKey(memberId);
      const stored = key === null ? null : records.read(key);
      if (!stored) return null;
      const client = clients.get(stored.member.clientId);
      if (!client) throw new Error(`Member ${memberId} belongs to client ${stored.member.clientId}, which is not in the clients table.`);
      const { planYear, effectiveOn } = stored.participation;
      const paidByMonth = new Map<number, number>();
      for (const payment of stored.payments) {
        if (payment.status !== 'posted' || payment.appliesTo?.planYear !== planYear) continue;
        paidByMonth.set(payment.appliesTo.month, (paidByMonth.get(payment.appliesTo.month) ?? 0) + payment.amountCents);
      }
      return {
        member: stored.member,
        client,
        participation: { ...stored.participation, history: stored.events },
        billing: buildBilling({ asOf, planYear, effectiveOn, claims: stored.claims, paidByMonth }),
        payments: {
          history: stored.payments.map(({ appliesTo: _appliesTo, ...payment }) => payment),
          methods: stored.methods,
          autopay: stored.autopay,
        },
        refunds: stored.refunds,
        claims: stored.claims,
        contacts: stored.contacts,
        asOf,
      };
    },
  };
}
