import { describe, expect, it } from 'vitest';
import { BillingSchema } from '../../shared/domain/billing';
import { buildBilling } from './build-billing';

const claim = (fillDate: string, dollars: number, isBilledByM3p = true) => ({ fillDate, costSharingCents: dollars * 100, isBilledByM3p });

describe('buildBilling', () => {
  // DOMAIN.md's September opt-in: 2025, $400 incurred before, $1,000 in September → Sep $400, Oct–Dec $200.
  const september = {
    asOf: '2025-11-15',
    planYear: 2025,
    effectiveOn: '2025-09-01',
    claims: [claim('2025-03-10', 400, false), claim('2025-09-12', 1000)],
    creditsCents: 40_000,
  };

  it('bills the regulation example and marks paid, due and projected bills against the as-of date', () => {
    const billing = buildBilling(september);
    expect(BillingSchema.parse(billing)).toEqual(billing);
    expect(billing?.priorIncurredCents).toBe(40_000);
    expect(billing?.optInMonth).toBe(9);
    expect(billing?.bills.map((b) => [b.month, b.billCents, b.dueOn, b.status])).toEqual([
      [9, 40_000, '2025-10-25', 'paid'],
      [10, 20_000, '2025-11-25', 'due'],
      [11, 20_000, '2025-12-25', 'projected'],
      [12, 20_000, '2026-01-25', 'projected'],
    ]);
    expect(billing?.bills[0]?.capCents).toBe(40_000);
    expect(billing).toMatchObject({ billedToDateCents: 60_000, paidToDateCents: 40_000, balanceDueCents: 20_000, unbilledCents: 40_000 });
  });

  it('calls a bill overdue after its due date even when part of it was paid, and partially paid before', () => {
    const late = buildBilling({ ...september, asOf: '2025-11-26', creditsCents: 45_000 });
    expect(late?.bills[1]).toMatchObject({ month: 10, paidCents: 5_000, status: 'overdue' });
    const early = buildBilling({ ...september, creditsCents: 45_000 });
    expect(early?.bills[1]).toMatchObject({ month: 10, paidCents: 5_000, status: 'partially_paid' });
    expect(early?.balanceDueCents).toBe(15_000);
  });

  it('counts fills before a mid-month effective date as prior, not as the first month’s new cost sharing', () => {
    const billing = buildBilling({
      asOf: '2025-12-31', planYear: 2025, effectiveOn: '2025-09-15',
      claims: [claim('2025-09-02', 300, false), claim('2025-09-20', 500)], creditsCents: 0,
    });
    expect(billing?.priorIncurredCents).toBe(30_000);
    expect(billing?.bills[0]).toMatchObject({ month: 9, newCostSharingCents: 50_000, capCents: 42_500 });
  });

  it('leaves only December unbilled on New Year’s Eve, with every unpaid bill past due overdue', () => {
    const billing = buildBilling({ ...september, asOf: '2025-12-31', creditsCents: 0 });
    expect(billing?.bills.map((b) => b.status)).toEqual(['overdue', 'overdue', 'overdue', 'projected']);
    expect(billing).toMatchObject({ billedToDateCents: 80_000, paidToDateCents: 0, balanceDueCents: 80_000, unbilledCents: 20_000 });
    expect(billing?.bills.at(-1)?.unbilledAfterCents).toBe(0);
  });

  it('applies what was paid to the oldest unpaid bill first, whatever bill the member meant to pay', () => {
    // $300 paid in all against a $400 September bill and a $200 October bill: September is short, not October.
    const billing = buildBilling({ ...september, asOf: '2025-12-02', creditsCents: 30_000 });
    expect(billing?.bills.map((b) => [b.month, b.paidCents, b.status])).toEqual([
      [9, 30_000, 'overdue'], [10, 0, 'overdue'], [11, 0, 'due'], [12, 0, 'projected'],
    ]);
    expect(billing).toMatchObject({ balanceDueCents: 50_000, paidAheadCents: 0, fullBalanceCents: 70_000 });
  });

  it('dates the failure-to-pay notice 15 days after the due date and ends grace two calendar months from the due month', () => {
    const billing = buildBilling({ ...september, asOf: '2025-12-02', creditsCents: 30_000 });
    expect(billing?.bills.map((b) => [b.month, b.dueOn, b.noticeOn, b.graceEndsOn])).toEqual([
      [9, '2025-10-25', '2025-11-09', '2025-11-30'],
      [10, '2025-11-25', '2025-12-10', '2025-12-31'],
      [11, '2025-12-25', '2026-01-09', '2026-01-31'],
      [12, '2026-01-25', null, null],
    ]);
    const paid = buildBilling({ ...september, asOf: '2025-12-02', creditsCents: 80_000 });
    expect(paid?.bills.map((b) => [b.noticeOn, b.graceEndsOn])).toEqual([[null, null], [null, null], [null, null], [null, null]]);
  });

  it('keeps money paid beyond the issued bills as paid ahead, up to the unbilled balance', () => {
    const ahead = buildBilling({ ...september, creditsCents: 70_000 });
    expect(ahead).toMatchObject({ balanceDueCents: 0, paidAheadCents: 10_000, unbilledCents: 40_000, fullBalanceCents: 30_000 });
    const all = buildBilling({ ...september, creditsCents: 150_000 });
    expect(all).toMatchObject({ balanceDueCents: 0, paidAheadCents: 40_000, fullBalanceCents: 0 });
  });

  it('is null without a participation in the as-of plan year', () => {
    expect(buildBilling({ ...september, effectiveOn: null })).toBeNull();
    expect(buildBilling({ ...september, asOf: '2026-02-01' })).toBeNull();
  });
});
