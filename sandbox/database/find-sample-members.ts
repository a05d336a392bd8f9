/**
 * Picks members for demos, the README and tests: one active member per client, and one member of each
 * kind the write path meets (eligible, precluded, no Part D…), chosen by what the profile itself says,
 * so they stay right after earlier changes to the same database.
 */
import { isoDates } from '../calendar/iso-dates';
import { createProfileReader } from '../profile/create-profile-reader';
import { createClientRepository } from './create-client-repository';
import { createMemberRepository } from './create-member-repository';
import type { SandboxDatabase } from './open-database';
import { readMeta } from './read-meta';
import { findClientRules } from '../seed/client-catalog';

/** What a demo needs to look a member up, by any key. */
export interface SampleMember {
  readonly clientId: string;
  readonly clientName: string;
  readonly name: string;
  readonly dateOfBirth: string;
  readonly mbi: string;
  readonly memberId: string;
  readonly phone: string;
  readonly participationStatus: string;
}

const CURRENT_STATUS = '(SELECT status FROM participations p WHERE p.member_key = m.member_key ORDER BY plan_year DESC LIMIT 1)';

/** The first active member of each client in seed order, so the same seed always shows the same people. */
export function findSampleMembers(db: SandboxDatabase): SampleMember[] {
  return db
    .prepare<[], SampleMember>(`SELECT c.id AS clientId, c.name AS clientName, m.first_name || ' ' || m.last_name AS name, m.date_of_birth AS dateOfBirth,
      m.mbi, m.member_id AS memberId, m.phone, ${CURRENT_STATUS} AS participationStatus
      FROM clients c JOIN members m ON m.member_key = (
        SELECT member_key FROM members mm WHERE mm.client_id = c.id AND (SELECT status FROM participations p WHERE p.member_key = mm.member_key
          ORDER BY plan_year DESC LIMIT 1) = 'active' ORDER BY member_key LIMIT 1)
      ORDER BY c.position`)
    .all();
}

/** How many members of each kind are listed: enough for a test file to use a fresh one per test. */
export const SCENARIO_MEMBERS_PER_KIND = 5;

/** Member IDs for each situation the write path meets, in seed order; empty where the database has none. */
export interface ScenarioMembers {
  /** Northstar, not enrolled, no representative, may opt in for the as-of year. */
  readonly eligible: readonly string[];
  /**
   * Northstar, active since a day after January 1 and covered by Part D all year, so a back-date to any
   * earlier day of the year passes the date checks (opt-out, back-date).
   */
  readonly active: readonly string[];
  /** Cedar Valley, the same: the client whose rules differ (shorter back-date window, other reasons). */
  readonly activeOtherClient: readonly string[];
  /** The as-of year's opt-in refused with NO_ACTIVE_PART_D. */
  readonly noPartD: readonly string[];
  /** The as-of year's opt-in refused with PRECLUDED_UNPAID_BALANCE. */
  readonly precluded: readonly string[];
  /** Northstar, eligible, with a representative on file whose authority is current. */
  readonly withRepresentative: readonly string[];
  /** Bayside: a client rep2 is not assigned to. */
  readonly notAssignedToRep2: readonly string[];
  /**
   * Active this plan year, the current bill due (issued, not yet due date), a default saved card that
   * approves (seeded, not expired), not on autopay: paying the current bill with the default method.
   */
  readonly withBalanceDue: readonly string[];
  /** An overpayment at or below the client's refund threshold: refunding all of it completes at once. */
  readonly withOverpayment: readonly string[];
  /** An overpayment above the client's refund threshold: refunding all of it waits for a team lead. */
  readonly withLargeOverpayment: readonly string[];
  /** Enrolled in autopay on a saved method, active this plan year. */
  readonly withAutopay: readonly string[];
  /** Households: a phone (E.164) shared by exactly two members of one client at one address, the pair in seed order. */
  readonly sharedPhone: readonly SharedPhone[];
  /** Members whose phone no other member has, so a call from it matches one member. */
  readonly uniquePhone: readonly string[];
}

/** Two members, one phone. */
export interface SharedPhone {
  readonly phone: string;
  readonly memberIds: readonly [string, string];
}

type MemberKinds = Exclude<keyof ScenarioMembers, 'sharedPhone'>;
/** The kinds chosen by walking profiles; the phone kinds come from one query each. */
type ProfileKinds = Exclude<MemberKinds, 'uniquePhone'>;
/** The payment kinds never share a member with any other kind: tests that change them must not meet. */
const PAYMENT_KINDS: readonly ProfileKinds[] = ['withBalanceDue', 'withOverpayment', 'withLargeOverpayment', 'withAutopay'];

function findPhoneScenarios(db: SandboxDatabase, excluded: ReadonlySet<string>): Pick<ScenarioMembers, 'sharedPhone' | 'uniquePhone'> {
  const shared = db.prepare<[], { phone: string; first: string; second: string }>(`SELECT phone, min(member_id) AS first, max(member_id) AS second FROM members
    GROUP BY phone HAVING count(*) = 2 AND count(DISTINCT client_id) = 1 AND count(DISTINCT address_line1) = 1 ORDER BY min(member_key)`).all();
  const ordered = db.prepare<[string, string], string>('SELECT member_id FROM members WHERE member_id IN (?, ?) ORDER BY member_key').pluck();
  const sharedPhone = shared
    .filter((row) => !excluded.has(row.first) && !excluded.has(row.second))
    .slice(0, SCENARIO_MEMBERS_PER_KIND)
    .map((row) => {
      const [a = row.first, b = row.second] = ordered.all(row.first, row.second);
      return { phone: row.phone, memberIds: [a, b] as const };
    });
  const unique = db.prepare<[], string>(`SELECT member_id FROM members m WHERE (SELECT count(*) FROM members o WHERE o.phone = m.phone) = 1
    ORDER BY member_key LIMIT ${SCENARIO_MEMBERS_PER_KIND * 4}`).pluck().all();
  return { sharedPhone, uniquePhone: unique.filter((id) => !excluded.has(id)).slice(0, SCENARIO_MEMBERS_PER_KIND) };
}

/**
 * Walks members in seed order and keeps the first few of each kind, judged by their profile as it reads
 * now. The sample members are left out, so a test that changes a scenario member never changes them.
 */
export function findScenarioMembers(db: SandboxDatabase): ScenarioMembers {
  const samples = new Set(findSampleMembers(db).map((m) => m.memberId));
  const asOf = readMeta(db).asOf ?? '';
  const asOfYear = isoDates.yearOf(asOf);
  const profiles = createProfileReader(db, asOf, createMemberRepository(db), createClientRepository(db));
  const found: Record<ProfileKinds, string[]> = {
    eligible: [], active: [], activeOtherClient: [], noPartD: [], precluded: [], withRepresentative: [], notAssignedToRep2: [],
    withBalanceDue: [], withOverpayment: [], withLargeOverpayment: [], withAutopay: [],
  };
  const taken = new Set<string>();
  const keys = db.prepare<[], number>('SELECT member_key FROM members ORDER BY member_key').pluck().all();
  for (const key of keys) {
    const record = profiles.readRecord(key);
    if (!record || samples.has(record.profile.member.memberId)) continue;
    const { member, participation, representatives, client, billing, payments } = record.profile;
    const thisYear = participation.optInEligibility.find((e) => e.planYear === asOfYear);
    const yearStart = `${asOfYear}-01-01`;
    const canMoveEarlier = participation.status === 'active' && participation.planYear === asOfYear && participation.pendingEffectiveDate === null
      && participation.effectiveOn !== null && participation.effectiveOn > yearStart && member.eligibility.partDEffectiveOn <= yearStart;
    const take = (name: ProfileKinds, when: boolean) => {
      if (PAYMENT_KINDS.includes(name) && taken.has(member.memberId)) return;
      if (when && found[name].length < SCENARIO_MEMBERS_PER_KIND) {
        found[name].push(member.memberId);
        taken.add(member.memberId);
      }
    };
    const isActiveThisYear = participation.status === 'active' && participation.planYear === asOfYear;
    const defaultMethod = payments.methods.find((m) => m.isDefault);
    const isGoodCard = defaultMethod?.kind === 'card' && defaultMethod.expYear !== null && defaultMethod.expMonth !== null
      && `${defaultMethod.expYear}-${String(defaultMethod.expMonth).padStart(2, '0')}` >= asOf.slice(0, 7);
    const threshold = findClientRules(client.id)?.refundApprovalThresholdCents ?? 0;
    take('eligible', client.id === 'northstar' && participation.status === 'not_enrolled' && thisYear?.isEligible === true && representatives.length === 0);
    take('active', client.id === 'northstar' && canMoveEarlier);
    take('activeOtherClient', client.id === 'cedar-valley' && canMoveEarlier);
    take('noPartD', thisYear?.code === 'NO_ACTIVE_PART_D');
    take('precluded', thisYear?.code === 'PRECLUDED_UNPAID_BALANCE');
    take('withRepresentative', client.id === 'northstar' && thisYear?.isEligible === true && representatives.some((r) => r.expiresOn === null || r.expiresOn > asOf));
    take('notAssignedToRep2', client.id === 'bayside');
    const issued = billing?.bills.filter((b) => b.status !== 'projected') ?? [];
    take('withBalanceDue', isActiveThisYear && !payments.autopay.isEnrolled && isGoodCard && issued.at(-1)?.status === 'due'
      && issued.slice(0, -1).every((b) => b.status === 'paid') && (billing?.balanceDueCents ?? 0) > 0);
    take('withLargeOverpayment', payments.overpaymentCents > threshold);
    take('withOverpayment', payments.overpaymentCents > 0 && payments.overpaymentCents <= threshold);
    take('withAutopay', isActiveThisYear && payments.autopay.isEnrolled && payments.methods.some((m) => m.id === payments.autopay.methodId));
    if (Object.values(found).every((ids) => ids.length === SCENARIO_MEMBERS_PER_KIND)) break;
  }
  return { ...found, ...findPhoneScenarios(db, samples) };
}
