import { describe, expect, it } from 'vitest';
import { buildPaymentProfile } from './testing/build-payment-profile';
import { centsForChoice, defaultAmountChoice, describeBillStanding, readPaymentAmounts } from './payment-amounts';

describe('the amounts step 1 offers', () => {
  const profile = buildPaymentProfile();
  const amounts = readPaymentAmounts(profile.billing, profile.asOf);

  it('reads the current bill, what is past due and the full balance from the bills', () => {
    expect(amounts.currentBill).toMatchObject({ month: 11, owedCents: 12_345, isPastDue: false });
    expect(amounts.pastDueCents).toBe(7_500);
    expect(amounts.fullBalanceCents).toBe(59_845);
    expect(amounts.unpaid.map((bill) => bill.month)).toEqual([10, 11]);
    expect(defaultAmountChoice(amounts)).toBe('current_bill');
    expect(centsForChoice(amounts, 'past_due')).toBe(7_500);
    expect(centsForChoice(amounts, 'other')).toBeNull();
  });

  it('says where each unpaid bill stands: due, or past due with its notice and grace end', () => {
    const [october, november] = amounts.unpaid;
    expect(describeBillStanding(november!, profile.asOf)).toBe('Due 12/15/2026.');
    expect(describeBillStanding(october!, profile.asOf)).toBe(
      'Past due since 10/25/2026. Failure-to-pay notice 11/09/2026 (sent). Grace period ends 11/30/2026: unpaid after that, participation ends.',
    );
    expect(describeBillStanding(october!, '2026-12-02')).toContain('Grace period ended 11/30/2026.');
    expect(describeBillStanding({ ...october!, noticeOn: '2026-11-20' }, profile.asOf)).toContain('Failure-to-pay notice 11/20/2026.');
  });

  it('starts on what is past due when no bill is current, and offers nothing for a member not billed', () => {
    const billing = profile.billing!;
    const pastOnly = readPaymentAmounts({ ...billing, bills: billing.bills.filter((bill) => bill.month !== 11) }, profile.asOf);
    expect(pastOnly.currentBill).toBeNull();
    expect(defaultAmountChoice(pastOnly)).toBe('past_due');
    expect(readPaymentAmounts(null, profile.asOf)).toEqual({ currentBill: null, pastDueCents: 0, fullBalanceCents: 0, unpaid: [] });
  });
});
