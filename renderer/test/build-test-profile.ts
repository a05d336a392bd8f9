/** A complete, schema-shaped member profile for renderer tests; override any domain per test. */
import type { MemberProfile } from '../../shared/domain/member-profile';

const NORTHSTAR = {
  id: 'northstar',
  name: 'Northstar Health Plans',
  shortName: 'Northstar',
  memberIdPrefix: 'NSH',
  brandColor: '#1d4ed8',
  memberServicesPhone: '1-800-555-0142',
};

/** Maria T. Garcia, active in 2026, one bill paid and one due, no representatives; pass overrides for anything else. */
export function buildTestProfile(overrides: Omit<Partial<MemberProfile>, 'member'> & { member?: Partial<MemberProfile['member']> } = {}): MemberProfile {
  const { member, ...rest } = overrides;
  return {
    member: {
      memberId: 'NSH400012345',
      mbi: '1EG4TE5MK73',
      clientId: 'northstar',
      firstName: 'Maria',
      middleInitial: 'T',
      lastName: 'Garcia',
      dateOfBirth: '1951-03-14',
      phone: '+15552014477',
      email: null,
      address: { line1: '12 Elm St', line2: null, city: 'Springfield', state: 'IL', zip: '62701' },
      preferredLanguage: 'English',
      eligibility: {
        contractId: 'S4607',
        pbpId: '001',
        planName: 'Northstar Rx Basic (PDP)',
        planType: 'PDP',
        partDEffectiveOn: '2024-01-01',
        partDEndsOn: null,
        lisStatus: 'none',
      },
      ...member,
    },
    client: NORTHSTAR,
    participation: {
      status: 'active',
      planYear: 2026,
      effectiveOn: '2026-01-01',
      endsOn: null,
      optInChannel: 'phone',
      confirmationNumber: 'M3P-7Q4K-2C9D',
      terminationReason: null,
      history: [
        {
          id: 'ev-1',
          planYear: 2026,
          kind: 'opt_in_approved',
          occurredOn: '2025-12-02',
          effectiveOn: '2026-01-01',
          channel: 'phone',
          confirmationNumber: 'M3P-7Q4K-2C9D',
          reasonCode: null,
          actor: 'System',
          actorId: null,
          authorizedBy: 'Member',
          note: null,
        },
      ],
      optInEligibility: [
        { planYear: 2026, isEligible: false, code: 'ALREADY_PARTICIPATING', message: 'Maria Garcia is already in the payment plan for 2026.', effectiveOn: null },
      ],
      pendingEffectiveDate: null,
    },
    representatives: [],
    billing: {
      planYear: 2026,
      thresholdCents: 210_000,
      optInMonth: 1,
      priorIncurredCents: 0,
      bills: [
        { month: 1, capCents: 17_500, newCostSharingCents: 42_000, billCents: 17_500, unbilledAfterCents: 24_500, dueOn: '2026-02-15', paidCents: 17_500, status: 'paid', noticeOn: null, graceEndsOn: null },
        { month: 2, capCents: null, newCostSharingCents: 0, billCents: 2_227, unbilledAfterCents: 22_273, dueOn: '2026-03-15', paidCents: 0, status: 'due', noticeOn: '2026-03-30', graceEndsOn: '2026-04-30' },
      ],
      billedToDateCents: 19_727,
      paidToDateCents: 17_500,
      balanceDueCents: 2_227,
      unbilledCents: 22_273,
      paidAheadCents: 0,
      fullBalanceCents: 24_500,
    },
    payments: {
      history: [
        { id: 'pay-1', postedOn: '2026-02-10', amountCents: 17_500, methodLabel: 'Visa •••• 4242', source: 'phone', status: 'posted', confirmationNumber: 'PAY-2B7C-9XQ4' },
      ],
      methods: [{ id: 'pm-1', kind: 'card', brand: 'Visa', last4: '4242', expMonth: 8, expYear: 2027, isDefault: true }],
      autopay: { isEnrolled: false, methodId: null, dayOfMonth: null, enrolledOn: null },
      overpaymentCents: 0,
      nextAutopayDraft: null,
    },
    refunds: [],
    claims: [
      { id: 'cl-1', fillDate: '2026-01-09', drugName: 'Eliquis 5 mg', rxNumber: 'RX1002003', pharmacyName: 'CVS Pharmacy #4471', costSharingCents: 42_000, planPaidCents: 51_000, isBilledByM3p: true },
    ],
    contacts: [],
    asOf: '2026-03-01',
    ...rest,
  };
}
