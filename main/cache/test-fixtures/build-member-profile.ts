/**
 * Builds realistic, schema-valid member profiles so cache, service and UI tests share one picture of a
 * Northstar member instead of each inventing a half-valid one.
 */
import type { Member, ParticipationStatus } from '../../../shared/domain/member';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { MBI_POSITION_ALPHABETS } from '../../../shared/lib/mbi';
import { calculateSchedule } from '../../../shared/m3p/calculate-schedule';

/** What a test may vary; everything else stays the documented default member. */
export interface MemberProfileFixtureOptions {
  /** Varies IDs, names and address deterministically; 0 is NSH400012345 / MBI 1EG4TE5MK73. */
  readonly seq?: number;
  readonly member?: Partial<Member>;
  readonly participationStatus?: ParticipationStatus;
}

const FIRST_NAMES = ['Wilhelmina', 'Bartholomew', 'Marisol', 'Thaddeus', 'Genevieve', 'Lucius', 'Ottoline', 'Cornelius'];
const LAST_NAMES = ['Quattlebaum', 'Okonkwo-Reyes', 'Vandersloot', 'Petrakis', 'Abernathy', 'Lindqvist', 'Szymanski'];
const CITIES = ['Saint Paul', 'Duluth', 'Rochester', 'Bemidji', 'Mankato'];
const MONTHLY_COST_SHARING_CENTS = [4_700, 4_700, 56_000, 4_700, 0, 0, 0, 0, 0, 0, 0, 0];

/** Counts up from 1EG4TE5MK73 in the MBI's own per-position alphabets, so every seq gives a valid MBI. */
function mbiFor(seq: number): string {
  const chars = [...'1EG4TE5MK73'];
  let carry = seq;
  for (let i = chars.length - 1; i >= 0 && carry > 0; i -= 1) {
    const alphabet = MBI_POSITION_ALPHABETS[i] ?? '';
    const sum = alphabet.indexOf(chars[i] ?? '') + carry;
    chars[i] = alphabet[sum % alphabet.length] ?? '';
    carry = Math.floor(sum / alphabet.length);
  }
  return chars.join('');
}

function pick<T>(list: readonly T[], seq: number): T {
  return list[seq % list.length] as T;
}

/** Returns a profile for an active 2026 participant, opted in by phone in March; parses with MemberProfileSchema. */
export function buildMemberProfile(options: MemberProfileFixtureOptions = {}): MemberProfile {
  const seq = options.seq ?? 0;
  const suffix = String(seq).padStart(6, '0');
  const schedule = calculateSchedule({ planYear: 2026, optInMonth: 3, priorIncurredCents: 9_400, monthlyCostSharingCents: MONTHLY_COST_SHARING_CENTS });
  const bills = schedule.months.map((month) => ({
    ...month,
    // Each month's bill is due on the first of the next month.
    dueOn: month.month === 12 ? '2027-01-01' : `2026-${String(month.month + 1).padStart(2, '0')}-01`,
    paidCents: month.month === 3 ? month.billCents : 0,
    status: month.month === 3 ? ('paid' as const) : month.month === 4 ? ('due' as const) : ('projected' as const),
    // April's bill (due May 25) is the unpaid issued one: notice 15 days after, grace through the end of June.
    noticeOn: month.month === 4 ? '2026-06-09' : null,
    graceEndsOn: month.month === 4 ? '2026-06-30' : null,
  }));
  const [march, april] = bills;
  const billed = (march?.billCents ?? 0) + (april?.billCents ?? 0);
  return {
    member: {
      memberId: `NSH${String(400_012_345 + seq).padStart(9, '0')}`,
      mbi: mbiFor(seq),
      clientId: 'northstar',
      firstName: pick(FIRST_NAMES, seq),
      middleInitial: 'J',
      lastName: pick(LAST_NAMES, seq),
      dateOfBirth: `${1941 + (seq % 20)}-0${1 + (seq % 9)}-${String(10 + (seq % 18)).padStart(2, '0')}`,
      phone: `+1651555${String(seq % 10_000).padStart(4, '0')}`,
      email: null,
      address: { line1: `${1200 + (seq % 800)} Larkspur Bend`, line2: null, city: pick(CITIES, seq), state: 'MN', zip: '55102' },
      preferredLanguage: 'en',
      eligibility: { contractId: 'S5810', pbpId: '012', planName: 'Northstar Rx Saver (PDP)', planType: 'PDP', partDEffectiveOn: '2024-01-01', partDEndsOn: null, lisStatus: 'none' },
      ...options.member,
    },
    client: { id: 'northstar', name: 'Northstar Health Plan', shortName: 'Northstar', memberIdPrefix: 'NSH', brandColor: '#1f4e79', memberServicesPhone: '+18885550142' },
    participation: {
      status: options.participationStatus ?? 'active',
      planYear: 2026,
      effectiveOn: '2026-03-01',
      endsOn: null,
      optInChannel: 'phone',
      confirmationNumber: 'M3P-7Q4K-2C9D',
      terminationReason: null,
      history: [
        { id: `pe-${suffix}-2`, planYear: 2026, kind: 'opt_in_approved', occurredOn: '2026-02-17', effectiveOn: '2026-03-01', channel: 'phone', confirmationNumber: 'M3P-7Q4K-2C9D', reasonCode: null, actor: 'System', actorId: null, authorizedBy: null, note: null },
        { id: `pe-${suffix}-1`, planYear: 2026, kind: 'opt_in_requested', occurredOn: '2026-02-16', effectiveOn: null, channel: 'phone', confirmationNumber: null, reasonCode: null, actor: 'Rep A. Moreno', actorId: 'rep.amoreno', authorizedBy: 'Member', note: null },
      ],
      optInEligibility: [{ planYear: 2026, isEligible: false, code: 'ALREADY_PARTICIPATING', message: 'The member already participates in 2026.', effectiveOn: null }],
      pendingEffectiveDate: null,
    },
    representatives: [],
    billing: {
      planYear: 2026,
      thresholdCents: schedule.thresholdCents,
      optInMonth: 3,
      priorIncurredCents: 9_400,
      bills,
      billedToDateCents: billed,
      paidToDateCents: march?.billCents ?? 0,
      balanceDueCents: april?.billCents ?? 0,
      unbilledCents: april?.unbilledAfterCents ?? 0,
      paidAheadCents: 0,
      fullBalanceCents: (april?.billCents ?? 0) + (april?.unbilledAfterCents ?? 0),
    },
    payments: {
      history: [{ id: `pay-${suffix}-1`, postedOn: '2026-04-03', amountCents: march?.billCents ?? 0, methodLabel: 'Visa •••• 4242', source: 'phone', status: 'posted', confirmationNumber: 'M3P-P3X8-41KD' }],
      methods: [{ id: `pm-${suffix}-1`, kind: 'card', brand: 'Visa', last4: '4242', expMonth: 9, expYear: 2028, isDefault: true }],
      autopay: { isEnrolled: false, methodId: null, dayOfMonth: null, enrolledOn: null },
      overpaymentCents: 0,
      nextAutopayDraft: null,
    },
    refunds: [],
    claims: [
      { id: `cl-${suffix}-3`, fillDate: '2026-04-08', drugName: 'Eliquis 5 mg tablet', rxNumber: '7734120', pharmacyName: 'Lakeside Pharmacy', costSharingCents: 4_700, planPaidCents: 51_300, isBilledByM3p: true },
      { id: `cl-${suffix}-2`, fillDate: '2026-03-11', drugName: 'Ibrance 125 mg capsule', rxNumber: '7734088', pharmacyName: 'Lakeside Pharmacy', costSharingCents: 56_000, planPaidCents: 1_143_000, isBilledByM3p: true },
      { id: `cl-${suffix}-1`, fillDate: '2026-02-09', drugName: 'Eliquis 5 mg tablet', rxNumber: '7734120', pharmacyName: 'Lakeside Pharmacy', costSharingCents: 4_700, planPaidCents: 51_300, isBilledByM3p: false },
    ],
    contacts: [
      { id: `ct-${suffix}-1`, occurredAt: '2026-02-16T15:42:00.000Z', kind: 'contact', actionKind: 'opt_in', channel: 'phone', direction: 'inbound', agentName: 'A. Moreno', reason: 'Opt-in request', notes: 'Member asked to spread Ibrance cost; explained monthly bills.', confirmationNumber: 'M3P-7Q4K-2C9D' },
    ],
    asOf: '2026-04-20',
  };
}
