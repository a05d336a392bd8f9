/**
 * Maria Garcia as the payment tests need her on 11/15/2026: October's bill past due (its notice sent,
 * grace through 11/30), November's due 12/15, $400.00 not yet billed, a default Visa and an expired
 * Mastercard on file, no autopay, no overpayment unless a test gives one.
 */
import type { MemberProfile } from '../../../../shared/domain/member-profile';
import type { Payments } from '../../../../shared/domain/payments';
import { buildTestProfile } from '../../../test/build-test-profile';

const paid = (month: number, dueOn: string) => ({ month, capCents: null, newCostSharingCents: 0, billCents: 10_000, unbilledAfterCents: 0, dueOn, paidCents: 10_000, status: 'paid' as const, noticeOn: null, graceEndsOn: null });

/** The profile, with any payments fields replaced. */
export function buildPaymentProfile(payments: Partial<Payments> = {}): MemberProfile {
  const base = buildTestProfile({ asOf: '2026-11-15' });
  return {
    ...base,
    billing: {
      planYear: 2026,
      thresholdCents: 210_000,
      optInMonth: 8,
      priorIncurredCents: 0,
      bills: [
        paid(8, '2026-09-15'),
        paid(9, '2026-10-15'),
        { month: 10, capCents: null, newCostSharingCents: 0, billCents: 10_000, unbilledAfterCents: 60_000, dueOn: '2026-10-25', paidCents: 2_500, status: 'overdue', noticeOn: '2026-11-09', graceEndsOn: '2026-11-30' },
        { month: 11, capCents: null, newCostSharingCents: 0, billCents: 12_345, unbilledAfterCents: 40_000, dueOn: '2026-12-15', paidCents: 0, status: 'due', noticeOn: '2026-12-30', graceEndsOn: '2027-01-31' },
      ],
      billedToDateCents: 42_345,
      paidToDateCents: 22_500,
      balanceDueCents: 19_845,
      unbilledCents: 40_000,
      paidAheadCents: 0,
      fullBalanceCents: 59_845,
    },
    payments: {
      history: [],
      methods: [
        { id: 'pm-visa', kind: 'card', brand: 'Visa', last4: '4242', expMonth: 8, expYear: 2028, isDefault: true },
        { id: 'pm-old', kind: 'card', brand: 'Mastercard', last4: '4444', expMonth: 1, expYear: 2025, isDefault: false },
        { id: 'pm-bank', kind: 'bank', brand: 'Checking', last4: '6789', expMonth: null, expYear: null, isDefault: false },
      ],
      autopay: { isEnrolled: false, methodId: null, dayOfMonth: null, enrolledOn: null },
      overpaymentCents: 0,
      nextAutopayDraft: null,
      ...payments,
    },
  };
}
