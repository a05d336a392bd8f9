import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberProfileSchema, type MemberProfile } from '../../shared/domain/member-profile';
import { ConfirmationNumberSchema } from '../../shared/domain/primitives';
import { containsCardNumber } from '../../shared/lib/luhn';
import { isValidMbi } from '../../shared/lib/mbi';
import { annualThresholdCents } from '../../shared/m3p/thresholds';
import { createClientRepository } from '../database/create-client-repository';
import { createMemberRepository } from '../database/create-member-repository';
import { openDatabase, type SandboxDatabase } from '../database/open-database';
import { createProfileReader } from '../profile/create-profile-reader';
import { seedDatabase } from './seed-database';

const AS_OF = '2026-11-15';
const dir = mkdtempSync(join(tmpdir(), 'sandbox-seed-'));
let db: SandboxDatabase;
let profiles: MemberProfile[];

function dump(file: string): Record<string, unknown[]> {
  const handle = openDatabase(file, { purpose: 'inspect' });
  try {
    const tables = handle.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    return Object.fromEntries(tables.map(({ name }) => [name, handle.prepare(`SELECT * FROM ${name} ORDER BY 1, 2`).all()]));
  } finally {
    handle.close();
  }
}

beforeAll(() => {
  seedDatabase(join(dir, 'main.sqlite'), { members: 600, seed: 11, asOf: AS_OF });
  db = openDatabase(join(dir, 'main.sqlite'), { purpose: 'serve' });
  const members = createMemberRepository(db);
  const reader = createProfileReader(db, AS_OF, members, createClientRepository(db));
  const ids = db.prepare<[], string>('SELECT member_id FROM members ORDER BY member_key').pluck().all();
  profiles = ids.map((id) => {
    const profile = reader.read(id);
    if (!profile) throw new Error(`no profile for ${id}`);
    return profile;
  });
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('seedDatabase determinism', () => {
  it('gives the same rows for the same seed, members and as-of date, and different rows for another seed', () => {
    seedDatabase(join(dir, 'a.sqlite'), { members: 120, seed: 5, asOf: AS_OF });
    seedDatabase(join(dir, 'b.sqlite'), { members: 120, seed: 5, asOf: AS_OF });
    seedDatabase(join(dir, 'c.sqlite'), { members: 120, seed: 6, asOf: AS_OF });
    const a = dump(join(dir, 'a.sqlite'));
    expect(a.members).toHaveLength(120);
    expect(dump(join(dir, 'b.sqlite'))).toEqual(a);
    expect(dump(join(dir, 'c.sqlite')).members).not.toEqual(a.members);
  });
});

describe('seeded members', () => {
  it('every profile parses with MemberProfileSchema and carries no field the contract lacks', () => {
    for (const profile of profiles) {
      const parsed = MemberProfileSchema.safeParse(profile);
      expect(parsed.success, `${profile.member.memberId}: ${parsed.error?.issues[0]?.message}`).toBe(true);
      expect(parsed.data).toEqual(profile);
    }
  });

  it('has valid, unique MBIs and member IDs that start with the client prefix', () => {
    const mbis = new Set(profiles.map((p) => p.member.mbi));
    const ids = new Set(profiles.map((p) => p.member.memberId));
    expect(mbis.size).toBe(profiles.length);
    expect(ids.size).toBe(profiles.length);
    for (const { member, client } of profiles) {
      expect(isValidMbi(member.mbi), member.mbi).toBe(true);
      expect(member.memberId).toMatch(new RegExp(`^${client.memberIdPrefix}\\d{9}$`));
      expect(member.phone).toMatch(/^\+1[2-9]\d{2}55501\d{2}$/);
      expect(member.dateOfBirth >= '1932-01-01' && member.dateOfBirth <= '1961-12-31').toBe(true);
    }
  });

  it('mixes participation roughly 55% active, 10% pending, 15% terminated, 20% not enrolled', () => {
    const share = (status: string) => profiles.filter((p) => p.participation.status === status).length / profiles.length;
    expect(share('active')).toBeGreaterThan(0.48);
    expect(share('active')).toBeLessThan(0.62);
    expect(share('pending')).toBeGreaterThan(0.06);
    expect(share('terminated')).toBeGreaterThan(0.1);
    expect(share('not_enrolled')).toBeGreaterThan(0.14);
    const reasons = new Set(profiles.map((p) => p.participation.terminationReason).filter((r) => r !== null));
    expect([...reasons].sort()).toEqual(['deceased', 'end_of_plan_year', 'involuntary_nonpayment', 'plan_change', 'voluntary']);
  });

  it('never lets a year’s cost sharing pass the threshold, and bills by M3P only fills inside participation', () => {
    for (const { claims, participation } of profiles) {
      const byYear = new Map<number, number>();
      for (const claim of claims) {
        const year = Number(claim.fillDate.slice(0, 4));
        byYear.set(year, (byYear.get(year) ?? 0) + claim.costSharingCents);
        expect(claim.fillDate <= AS_OF).toBe(true);
        if (claim.isBilledByM3p && participation.planYear === year) {
          expect(participation.effectiveOn !== null && claim.fillDate >= participation.effectiveOn).toBe(true);
          expect(participation.endsOn === null || claim.fillDate <= participation.endsOn).toBe(true);
        }
      }
      for (const [year, total] of byYear) expect(total).toBeLessThanOrEqual(annualThresholdCents(year));
    }
  });

  it('computes billing whose totals agree with its bills, and only for members participating this year', () => {
    const statuses = new Set<string>();
    for (const { billing, participation } of profiles) {
      const participates = participation.planYear === 2026 && participation.effectiveOn !== null;
      expect(billing !== null).toBe(participates);
      if (!billing) continue;
      const issued = billing.bills.filter((b) => b.status !== 'projected');
      const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
      expect(billing.billedToDateCents).toBe(sum(issued.map((b) => b.billCents)));
      expect(billing.paidToDateCents).toBe(sum(issued.map((b) => b.paidCents)));
      expect(billing.balanceDueCents).toBe(billing.billedToDateCents - billing.paidToDateCents);
      expect(billing.unbilledCents).toBe(sum(billing.bills.map((b) => b.newCostSharingCents)) - billing.billedToDateCents);
      expect(sum(billing.bills.map((b) => b.billCents))).toBe(sum(billing.bills.map((b) => b.newCostSharingCents)));
      expect(billing.bills.at(-1)?.unbilledAfterCents).toBe(0);
      for (const bill of billing.bills) {
        statuses.add(bill.status);
        expect(bill.paidCents).toBeLessThanOrEqual(bill.billCents);
        if (bill.status === 'overdue') expect(bill.dueOn < AS_OF).toBe(true);
        if (bill.status === 'projected') expect(bill.month).toBeGreaterThanOrEqual(11);
      }
    }
    expect([...statuses].sort()).toEqual(['due', 'overdue', 'paid', 'partially_paid', 'projected']);
  });

  it('gives every participation change a confirmation number and keeps histories newest first', () => {
    for (const { participation, contacts, payments, refunds } of profiles) {
      for (const event of participation.history) expect(ConfirmationNumberSchema.safeParse(event.confirmationNumber).success).toBe(true);
      const days = participation.history.map((e) => e.occurredOn);
      expect(days).toEqual([...days].sort().reverse());
      expect(contacts.map((c) => c.occurredAt)).toEqual(contacts.map((c) => c.occurredAt).sort().reverse());
      expect(payments.history.map((p) => p.postedOn)).toEqual(payments.history.map((p) => p.postedOn).sort().reverse());
      expect(refunds.every((r) => r.requestedOn <= AS_OF)).toBe(true);
    }
  });

  it('holds no card number anywhere: masked methods, labels and notes pass the Luhn guard', () => {
    for (const { payments, contacts } of profiles) {
      for (const method of payments.methods) expect(method.last4).toMatch(/^\d{4}$/);
      for (const payment of payments.history) expect(containsCardNumber(payment.methodLabel)).toBe(false);
      for (const contact of contacts) expect(containsCardNumber(contact.notes), contact.notes).toBe(false);
      if (payments.autopay.isEnrolled) expect(payments.methods.some((m) => m.id === payments.autopay.methodId)).toBe(true);
    }
  });

  it('includes refunds of every kind, renewals, point-of-sale requests and rejected requests', () => {
    const kinds = new Set(profiles.flatMap((p) => p.refunds.map((r) => r.kind)));
    expect([...kinds].sort()).toEqual(['member_refund', 'pharmacy_transfer', 'premium_transfer']);
    const codes = new Set(profiles.flatMap((p) => p.participation.history.map((e) => e.reasonCode)));
    for (const code of ['REN-AUTO', 'POS-URGENT', 'REJ-INCOMPLETE', 'TRM-NONPAYMENT']) expect(codes.has(code), code).toBe(true);
    expect(profiles.some((p) => p.payments.autopay.isEnrolled)).toBe(true);
    expect(profiles.some((p) => p.member.preferredLanguage === 'Spanish')).toBe(true);
    expect(profiles.some((p) => /['-]/.test(p.member.lastName))).toBe(true);
  });
});

describe('the ledger, non-payment and overpayments', () => {
  it('pays bills oldest first: the paid bills of a year come before any unpaid one', () => {
    for (const { billing } of profiles) {
      const issued = billing?.bills.filter((b) => b.status !== 'projected' && b.billCents > 0) ?? [];
      const firstShort = issued.findIndex((b) => b.paidCents < b.billCents);
      if (firstShort >= 0) expect(issued.slice(firstShort + 1).every((b) => b.paidCents === 0)).toBe(true);
    }
  });

  it('ends participation for non-payment on the last day of grace: no open participation has a bill unpaid past it', () => {
    let terminated = 0;
    for (const { billing, participation } of profiles) {
      for (const bill of billing?.bills ?? []) {
        if (bill.graceEndsOn === null || bill.graceEndsOn >= AS_OF) continue;
        expect(participation.endsOn !== null && participation.endsOn <= bill.graceEndsOn, `${participation.status} with a bill unpaid past ${bill.graceEndsOn}`).toBe(true);
      }
      if (participation.terminationReason === 'involuntary_nonpayment' && participation.planYear === 2026) {
        terminated += 1;
        const first = billing?.bills.find((b) => b.graceEndsOn !== null);
        expect(first?.graceEndsOn).toBe(participation.endsOn);
        expect(participation.history[0]).toMatchObject({ kind: 'terminated', reasonCode: 'TRM-NONPAYMENT', effectiveOn: participation.endsOn });
      }
    }
    expect(terminated).toBeGreaterThan(5);
  });

  it('dates each unpaid bill’s notice 15 days after its due date, and leaves paid and projected bills without one', () => {
    for (const bill of profiles.flatMap((p) => p.billing?.bills ?? [])) {
      const isUnpaid = bill.status !== 'projected' && bill.paidCents < bill.billCents;
      expect(bill.noticeOn !== null).toBe(isUnpaid);
      if (bill.noticeOn) expect(Date.parse(bill.noticeOn) - Date.parse(bill.dueOn)).toBe(15 * 86_400_000);
    }
  });

  it('seeds overpayments only where everything owed is paid, and a full balance that counts money paid ahead', () => {
    expect(profiles.filter((p) => p.payments.overpaymentCents > 0).length).toBeGreaterThan(2);
    for (const { billing, payments } of profiles) {
      if (payments.overpaymentCents > 0 && billing) expect(billing.fullBalanceCents).toBe(0);
      if (billing) expect(billing.fullBalanceCents).toBe(billing.balanceDueCents + billing.unbilledCents - billing.paidAheadCents);
    }
  });

  it('shows the next autopay draft for every enrolled member, on the enrolment day after the business date', () => {
    for (const { payments } of profiles) {
      const draft = payments.nextAutopayDraft;
      expect(draft !== null).toBe(payments.autopay.isEnrolled);
      if (draft) expect([draft.on > AS_OF, Number(draft.on.slice(8)) === payments.autopay.dayOfMonth]).toEqual([true, true]);
    }
  });

  it('gives a few households one phone, two members of one client at one address; other phones are unique', () => {
    const byPhone = new Map<string, MemberProfile[]>();
    for (const p of profiles) byPhone.set(p.member.phone, [...(byPhone.get(p.member.phone) ?? []), p]);
    const shared = [...byPhone.values()].filter((members) => members.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.length / profiles.length).toBeLessThan(0.01);
    for (const [a, b, ...more] of shared) {
      expect(more).toEqual([]);
      expect([b?.client.id, b?.member.address]).toEqual([a?.client.id, a?.member.address]);
    }
  });
});

describe('opt-in eligibility, representatives and who acted', () => {
  it('answers for the as-of year and, in the fourth quarter, the next; every code appears, each refusal with a sentence', () => {
    const codes = new Map<string, Set<string>>();
    for (const { participation, client } of profiles) {
      expect(participation.optInEligibility.map((e) => e.planYear)).toEqual([2026, 2027]);
      for (const e of participation.optInEligibility) {
        const key = `${e.planYear}`;
        codes.set(key, (codes.get(key) ?? new Set()).add(e.code ?? 'eligible'));
        if (e.isEligible) expect(e.effectiveOn).toBe(e.planYear === 2026 ? AS_OF : '2027-01-01');
        else expect([e.effectiveOn, e.message?.endsWith('.'), e.message?.split('. ').length]).toEqual([null, true, 1]);
        if (e.code === 'PRECLUDED_UNPAID_BALANCE') expect(client.id).not.toBe('cedar-valley');
      }
      if (participation.status === 'active') expect(participation.optInEligibility.every((e) => e.code === 'ALREADY_PARTICIPATING')).toBe(true);
    }
    for (const year of ['2026', '2027']) {
      expect([...(codes.get(year) ?? [])].sort()).toEqual(['ALREADY_PARTICIPATING', 'NO_ACTIVE_PART_D', 'PRECLUDED_UNPAID_BALANCE', 'eligible']);
    }
  });

  it('gives about one member in five a representative: appointed (valid a year, some lapsed) or personal (open-ended)', () => {
    const withOne = profiles.filter((p) => p.representatives.length > 0);
    expect(withOne.length / profiles.length).toBeGreaterThan(0.14);
    expect(withOne.length / profiles.length).toBeLessThan(0.26);
    const all = withOne.flatMap((p) => p.representatives);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) {
      expect(r.id).toMatch(/^RP-[0-9A-Z]{6}$/);
      expect(r.kind === 'appointed' ? r.document.startsWith('CMS-1696') && r.expiresOn !== null : r.expiresOn === null).toBe(true);
    }
    const appointed = all.filter((r) => r.kind === 'appointed');
    expect(appointed.some((r) => r.expiresOn! <= AS_OF)).toBe(true);
    expect(appointed.some((r) => r.expiresOn! > AS_OF)).toBe(true);
    expect(all.some((r) => r.relationship === 'Court-appointed guardian')).toBe(true);
  });

  it('records who acted: the rep user on phone requests, nobody on the system’s own decisions', () => {
    const events = profiles.flatMap((p) => p.participation.history);
    for (const e of events) {
      expect(e.note).toBeNull();
      if (e.kind === 'opt_in_requested' || e.kind === 'opt_out_requested') expect(e.authorizedBy).toBe('Member');
      else expect([e.actorId, e.authorizedBy]).toEqual([null, null]);
      expect(e.actorId !== null).toBe(e.channel === 'phone' && e.actor.startsWith('Rep '));
    }
    expect(events.some((e) => e.actorId === 'rep1' && e.actor === 'Rep J. Alvarez')).toBe(true);
  });
});
