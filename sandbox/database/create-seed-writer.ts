/**
 * The seed's prepared INSERTs: one statement per table, positional parameters, called inside the
 * seed's single transaction — the difference between seconds and minutes at 100,000 members.
 */
import type { Client } from '../../shared/domain/client';
import type { SeedMemberRecord } from '../seed/seed-member-record';
import type { SandboxDatabase } from './open-database';
import { toNameKey } from './to-name-key';

/** The seed's only way to write; keeps SQL out of the generator. */
export interface SeedWriter {
  writeReferenceData(clients: readonly Client[], drugNames: readonly string[], pharmacies: readonly { readonly name: string; readonly ncpdpId: string }[]): void;
  /** Writes one member and all their rows under `memberKey` (1, 2, 3… in seed order). */
  writeMember(memberKey: number, record: SeedMemberRecord): void;
  writeMeta(entries: Readonly<Record<string, string>>): void;
}

const flag = (value: boolean): number => (value ? 1 : 0);

/** Prepares the statements against a freshly migrated database. */
export function createSeedWriter(db: SandboxDatabase): SeedWriter {
  const insert = (table: string, columns: number) => db.prepare(`INSERT INTO ${table} VALUES (${new Array(columns).fill('?').join(', ')})`);
  const client = insert('clients', 7);
  const drug = insert('drugs', 2);
  const pharmacy = insert('pharmacies', 3);
  const member = insert('members', 28);
  const participation = insert('participations', 9);
  const event = insert('participation_events', 14);
  const representative = insert('representatives', 8);
  const claim = insert('claims', 10);
  const method = insert('payment_methods', 10);
  const payment = insert('payments', 12);
  const refund = insert('refunds', 11);
  const contact = insert('contacts', 10);
  const meta = db.prepare('INSERT OR REPLACE INTO meta VALUES (?, ?)');
  return {
    writeReferenceData(clients, drugNames, pharmacies) {
      clients.forEach((c, i) => client.run(c.id, i, c.name, c.shortName, c.memberIdPrefix, c.brandColor, c.memberServicesPhone));
      drugNames.forEach((name, i) => drug.run(i + 1, name));
      pharmacies.forEach((p, i) => pharmacy.run(i + 1, p.name, p.ncpdpId));
    },
    writeMember(key, r) {
      const m = r.member;
      const e = m.eligibility;
      const a = r.autopay;
      member.run(
        key, m.memberId, m.mbi, m.clientId, m.firstName, m.middleInitial, m.lastName, toNameKey(m.firstName), toNameKey(m.lastName),
        m.dateOfBirth, m.phone, m.email, m.address.line1, m.address.line2, m.address.city, m.address.state, m.address.zip, m.preferredLanguage,
        e.contractId, e.pbpId, e.planName, e.planType, e.partDEffectiveOn, e.partDEndsOn, e.lisStatus,
        a.isEnrolled ? a.methodId : null, a.isEnrolled ? a.dayOfMonth : null, a.isEnrolled ? a.enrolledOn : null,
      );
      for (const p of r.participations) {
        participation.run(key, p.planYear, p.status, p.effectiveOn, p.endsOn, p.optInChannel, p.confirmationNumber, p.terminationReason, p.priorUnpaidCents);
      }
      r.events.forEach((v, i) => event.run(key, i, v.id, v.planYear, v.kind, v.occurredOn, v.effectiveOn, v.channel, v.confirmationNumber, v.reasonCode, v.actor, v.actorId, v.authorizedBy, v.note));
      r.representatives.forEach((v, i) => representative.run(key, i, v.id, v.name, v.kind, v.relationship, v.document, v.expiresOn));
      r.claims.forEach((c, i) => claim.run(key, i, c.claimNumber, c.fillDate, c.drugId, c.rxNumber, c.pharmacyId, c.costSharingCents, c.planPaidCents, flag(c.isBilledByM3p)));
      // Seeded methods were saved before the processor stand-in existed: they have no token.
      r.paymentMethods.forEach((pm, i) => method.run(key, i, pm.id, pm.kind, pm.brand, pm.last4, pm.expMonth, pm.expYear, flag(pm.isDefault), null));
      // applies_to_year is the plan year whose ledger the money counts toward; applies_to_month is no longer
      // written: the ledger pays the oldest unpaid bill first, whatever bill the member meant.
      r.payments.forEach((pay, i) => payment.run(key, i, pay.id, pay.postedOn, pay.amountCents, pay.methodLabel, pay.source, pay.status, pay.confirmationNumber, pay.ledgerYear, null, pay.methodId));
      r.refunds.forEach((f, i) => refund.run(key, i, f.id, f.requestedOn, f.kind, f.amountCents, f.status, f.destination, f.confirmationNumber, f.planYear, f.methodId));
      r.contacts.forEach((c, i) => contact.run(key, i, c.id, c.occurredAt, c.channel, c.direction, c.agentName, c.reason, c.notes, c.confirmationNumber));
    },
    writeMeta(entries) {
      for (const [key, value] of Object.entries(entries)) meta.run(key, value);
    },
  };
}
