/**
 * Reads everything a profile needs for one member: a handful of range scans on (member_key, seq),
 * newest first, mapped to the API's shapes. Bills and opt-in eligibility are not stored; the profile
 * computes them.
 */
import type { Claim } from '../../shared/domain/claims';
import type { ContactNote } from '../../shared/domain/contacts';
import type { Member } from '../../shared/domain/member';
import type { Participation, ParticipationEvent } from '../../shared/domain/participation';
import type { Autopay, PaymentMethod } from '../../shared/domain/payments';
import type { Representative } from '../../shared/domain/representatives';
import type { SeedParticipation, SeedPayment, SeedRefund } from '../seed/seed-member-record';
import type { SandboxDatabase } from './open-database';

/** A member's stored rows; the profile reader adds client, billing and eligibility. */
export interface StoredProfile {
  readonly member: Member;
  /** One per plan year, oldest first. */
  readonly participations: SeedParticipation[];
  readonly representatives: Representative[];
  readonly pendingEffectiveDate: Participation['pendingEffectiveDate'];
  readonly autopay: Autopay;
  readonly events: ParticipationEvent[];
  readonly claims: Claim[];
  readonly methods: PaymentMethod[];
  /** With the plan year whose ledger each counts toward. */
  readonly payments: StoredPayment[];
  /** With the plan year whose ledger each comes out of. */
  readonly refunds: SeedRefund[];
  readonly contacts: ContactNote[];
}

type Row = Record<string, string | number | null>;
/** A payment as stored: the bill a member meant to pay is not kept, the ledger settles the oldest first. */
export type StoredPayment = Omit<SeedPayment, 'appliesTo' | 'ledgerYear'> & { readonly ledgerYear: number | null };

const text = (value: string | number | null | undefined): string => String(value ?? '');
const maybe = (value: string | number | null | undefined): string | null => (value === null || value === undefined ? null : String(value));

function toMember(r: Row): Member {
  return {
    memberId: text(r.member_id), mbi: text(r.mbi), clientId: text(r.client_id), firstName: text(r.first_name), middleInitial: maybe(r.middle_initial),
    lastName: text(r.last_name), dateOfBirth: text(r.date_of_birth), phone: text(r.phone), email: maybe(r.email),
    address: { line1: text(r.address_line1), line2: maybe(r.address_line2), city: text(r.city), state: text(r.state), zip: text(r.zip) },
    preferredLanguage: text(r.preferred_language),
    eligibility: {
      contractId: text(r.contract_id), pbpId: text(r.pbp_id), planName: text(r.plan_name), planType: r.plan_type === 'PDP' ? 'PDP' : 'MA-PD',
      partDEffectiveOn: text(r.part_d_effective_on), partDEndsOn: maybe(r.part_d_ends_on), lisStatus: text(r.lis_status) as Member['eligibility']['lisStatus'],
    },
  };
}

/** Prepares the per-member reads once per connection; `read` returns null for an unknown key. */
export function createProfileRepository(db: SandboxDatabase): { read(memberKey: number): StoredProfile | null } {
  const member = db.prepare<[number], Row>('SELECT * FROM members WHERE member_key = ?');
  const participations = db.prepare<[number], SeedParticipation>(`SELECT plan_year AS planYear, status, effective_on AS effectiveOn, ends_on AS endsOn,
    opt_in_channel AS optInChannel, confirmation_number AS confirmationNumber, termination_reason AS terminationReason, prior_unpaid_cents AS priorUnpaidCents
    FROM participations WHERE member_key = ? ORDER BY plan_year`);
  const representatives = db.prepare<[number], Representative>(`SELECT id, name, kind, relationship, document, expires_on AS expiresOn
    FROM representatives WHERE member_key = ? ORDER BY seq`);
  const pending = db.prepare<[number], NonNullable<Participation['pendingEffectiveDate']>>(`SELECT effective_on AS effectiveOn, requested_on AS requestedOn,
    id AS approvalId, confirmation_number AS confirmationNumber FROM approvals WHERE member_key = ? AND status = 'pending' AND kind = 'effective_date_change'
    ORDER BY requested_at DESC LIMIT 1`);
  const events = db.prepare<[number], ParticipationEvent>(`SELECT id, plan_year AS planYear, kind, occurred_on AS occurredOn, effective_on AS effectiveOn,
    channel, confirmation_number AS confirmationNumber, reason_code AS reasonCode, actor, actor_id AS actorId, authorized_by AS authorizedBy, note
    FROM participation_events WHERE member_key = ? ORDER BY seq DESC`);
  const claims = db.prepare<[number], Omit<Claim, 'isBilledByM3p'> & { isBilledByM3p: number }>(`SELECT 'CLM' || substr('000000000' || c.claim_number, -9) AS id, c.fill_date AS fillDate,
    d.name AS drugName, c.rx_number AS rxNumber, p.name AS pharmacyName, c.cost_sharing_cents AS costSharingCents, c.plan_paid_cents AS planPaidCents,
    c.is_billed_by_m3p AS isBilledByM3p FROM claims c JOIN drugs d ON d.id = c.drug_id JOIN pharmacies p ON p.id = c.pharmacy_id
    WHERE c.member_key = ? ORDER BY c.seq DESC`);
  const methods = db.prepare<[number], Omit<PaymentMethod, 'isDefault'> & { isDefault: number }>(`SELECT id, kind, brand, last4, exp_month AS expMonth, exp_year AS expYear,
    is_default AS isDefault FROM payment_methods WHERE member_key = ? ORDER BY seq`);
  const payments = db.prepare<[number], StoredPayment>(`SELECT id, posted_on AS postedOn, amount_cents AS amountCents, method_label AS methodLabel, source, status,
    confirmation_number AS confirmationNumber, applies_to_year AS ledgerYear, method_id AS methodId FROM payments WHERE member_key = ? ORDER BY seq DESC`);
  const refunds = db.prepare<[number], SeedRefund>(`SELECT id, requested_on AS requestedOn, kind, amount_cents AS amountCents, status, destination,
    confirmation_number AS confirmationNumber, plan_year AS planYear, method_id AS methodId FROM refunds WHERE member_key = ? ORDER BY seq DESC`);
  const contacts = db.prepare<[number], ContactNote>(`SELECT id, occurred_at AS occurredAt, channel, direction, agent_name AS agentName, reason, notes,
    confirmation_number AS confirmationNumber FROM contacts WHERE member_key = ? ORDER BY occurred_at DESC, seq DESC`);
  return {
    read(key) {
      const row = member.get(key);
      if (!row) return null;
      const methodId = maybe(row.autopay_method_id);
      return {
        member: toMember(row),
        participations: participations.all(key),
        representatives: representatives.all(key),
        pendingEffectiveDate: pending.get(key) ?? null,
        autopay: { isEnrolled: methodId !== null, methodId, dayOfMonth: row.autopay_day === null ? null : Number(row.autopay_day), enrolledOn: maybe(row.autopay_enrolled_on) },
        events: events.all(key),
        claims: claims.all(key).map((c) => ({ ...c, isBilledByM3p: c.isBilledByM3p === 1 })),
        methods: methods.all(key).map((m) => ({ ...m, isDefault: m.isDefault === 1 })),
        payments: payments.all(key),
        refunds: refunds.all(key),
        contacts: contacts.all(key),
      };
    },
  };
}
