/** A member who can opt in, on the sandbox's business date (2026-11-15): the profile the flow tests start from. */
import type { MemberProfile } from '../../shared/domain/member-profile';
import { buildTestProfile } from './build-test-profile';

const claim = (id: string, fillDate: string, costSharingCents: number) => ({
  id,
  fillDate,
  drugName: 'Eliquis 5 mg',
  rxNumber: `RX${id}`,
  pharmacyName: 'CVS Pharmacy #4471',
  costSharingCents,
  planPaidCents: 40_000,
  isBilledByM3p: false,
});

/**
 * Maria Garcia, not enrolled, eligible for 2026 (effective 11/16/2026 by phone) and 2027 (01/01/2027);
 * $400.00 of fills earlier in 2026 and a $326.25 fill at the pharmacy today; a daughter on file as
 * appointed representative and a son whose power of attorney has expired.
 */
export function buildOptInCandidate(overrides: Parameters<typeof buildTestProfile>[0] = {}): MemberProfile {
  return buildTestProfile({
    asOf: '2026-11-15',
    participation: {
      status: 'not_enrolled',
      planYear: 2026,
      effectiveOn: null,
      endsOn: null,
      optInChannel: null,
      confirmationNumber: null,
      terminationReason: null,
      history: [],
      optInEligibility: [
        { planYear: 2026, isEligible: true, code: null, message: null, effectiveOn: '2026-11-16' },
        { planYear: 2027, isEligible: true, code: null, message: null, effectiveOn: '2027-01-01' },
      ],
      pendingEffectiveDate: null,
    },
    billing: null,
    claims: [claim('3', '2026-11-15', 32_625), claim('2', '2026-07-02', 15_000), claim('1', '2026-03-10', 25_000)],
    representatives: [
      { id: 'REP-DANA-01', name: 'Dana Carter', kind: 'appointed', relationship: 'Daughter', document: 'CMS-1696 signed 2026-03-02', expiresOn: '2027-03-02' },
      { id: 'REP-ROB-02', name: 'Robert Garcia', kind: 'personal', relationship: 'Son', document: 'Durable power of attorney', expiresOn: '2026-10-31' },
    ],
    ...overrides,
  });
}
