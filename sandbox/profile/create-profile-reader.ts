/**
 * Assembles a member's whole profile for the as-of date: stored rows plus what is computed from them
 * on the spot — the bill schedule and whether an opt-in is possible — so neither can drift from the
 * claims, payments and participation they come from.
 */
import type { MemberProfile } from '../../shared/domain/member-profile';
import { buildBilling } from '../billing/build-billing';
import { ledgerCreditsCents, overpaymentCents } from '../billing/ledger-credits';
import { nextAutopayDraft } from '../billing/next-autopay-draft';
import { createTimelineReader } from '../calls/create-timeline-reader';
import { isoDates } from '../calendar/iso-dates';
import type { ClientRepository } from '../database/create-client-repository';
import type { MemberRepository } from '../database/create-member-repository';
import { createProfileRepository } from '../database/create-profile-repository';
import type { SandboxDatabase } from '../database/open-database';
import { findClientRules } from '../seed/client-catalog';
import type { SeedParticipation } from '../seed/seed-member-record';
import { acceptingPlanYears, assessOptIn } from './assess-opt-in';

/** A profile with the stored rows a change works from. */
export interface MemberRecord {
  readonly memberKey: number;
  readonly profile: MemberProfile;
  /** One per plan year, oldest first. */
  readonly participations: readonly SeedParticipation[];
}

/** Reads whole profiles for the profile route and the changes that answer with one. */
export interface ProfileReader {
  /** The profile, or null when no member has that ID. */
  read(memberId: string): MemberProfile | null;
  /** The profile and its stored participation rows, or null for an unknown key. */
  readRecord(memberKey: number): MemberRecord | null;
}

/** Creates the reader; `asOf` is the business date every status is computed for. */
export function createProfileReader(db: SandboxDatabase, asOf: string, members: MemberRepository, clients: ClientRepository): ProfileReader {
  const records = createProfileRepository(db);
  const timeline = createTimelineReader(db);
  const asOfYear = isoDates.yearOf(asOf);
  const readRecord = (memberKey: number): MemberRecord | null => {
    const stored = records.read(memberKey);
    if (!stored) return null;
    const { clientId } = stored.member;
    const client = clients.get(clientId);
    const rules = findClientRules(clientId);
    if (!client || !rules) throw new Error(`Member key ${memberKey} belongs to client ${clientId}, which the sandbox does not serve.`);
    const current = stored.participations.at(-1);
    if (!current) throw new Error(`Member key ${memberKey} has no participation row.`);
    // Bills are the as-of year's, even when a next-year opt-in is now the participation shown.
    const billed = stored.participations.find((p) => p.planYear === asOfYear);
    // One ledger per plan year: its credits pay the oldest unpaid bill first (billing/build-billing.ts).
    const creditsCents = ledgerCreditsCents(stored.payments, stored.refunds, asOfYear);
    const billing = buildBilling({ asOf, planYear: asOfYear, effectiveOn: billed?.effectiveOn ?? null, claims: stored.claims, creditsCents });
    const context = {
      asOf, coverage: stored.member.eligibility, participations: stored.participations, rules, clientName: client.name,
      asOfYearOwedCents: billing ? billing.balanceDueCents + billing.unbilledCents : 0,
    };
    const { priorUnpaidCents: _prior, ...participation } = current;
    const profile: MemberProfile = {
      member: stored.member,
      client,
      participation: {
        ...participation,
        history: stored.events,
        optInEligibility: acceptingPlanYears(asOf).map((planYear) => assessOptIn(context, planYear)),
        pendingEffectiveDate: stored.pendingEffectiveDate,
      },
      representatives: stored.representatives,
      billing,
      payments: {
        history: stored.payments.map(({ ledgerYear: _year, methodId: _method, ...payment }) => payment),
        methods: stored.methods,
        autopay: stored.autopay,
        overpaymentCents: overpaymentCents(billing, creditsCents),
        nextAutopayDraft: nextAutopayDraft(stored.autopay, billing, creditsCents, asOf),
      },
      refunds: stored.refunds.map(({ planYear: _year, methodId: _method, ...refund }) => refund),
      claims: stored.claims,
      // One timeline of contacts and the actions on the record, merged here so it always matches the record.
      contacts: timeline(memberKey, { notes: stored.contacts, events: stored.events, payments: stored.payments, refunds: stored.refunds }),
      asOf,
    };
    return { memberKey, profile, participations: stored.participations };
  };
  return {
    read(memberId) {
      const ref = members.findMemberRef(memberId);
      return ref === null ? null : (readRecord(ref.memberKey)?.profile ?? null);
    },
    readRecord,
  };
}
