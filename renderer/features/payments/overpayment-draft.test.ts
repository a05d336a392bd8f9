import { describe, expect, it } from 'vitest';
import { buildOverpaymentSchema, CHECK, nextPremiumPeriod, overpaymentDefaults } from './overpayment-draft';
import { buildPaymentProfile } from './testing/build-payment-profile';

const profile = buildPaymentProfile({ overpaymentCents: 15_000 });
const schema = buildOverpaymentSchema(profile);
const base = overpaymentDefaults(profile);
const issuesOf = (draft: unknown) => {
  const parsed = schema.safeParse(draft);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('resolving an overpayment', () => {
  it('starts as the whole overpayment back to the default method', () => {
    expect(base).toMatchObject({ kind: 'member_refund', amount: '150.00', destination: 'pm-visa', premiumPeriod: '2026-12' });
    expect(schema.parse(base)).toEqual({ kind: 'member_refund', amountCents: 15_000, authorizedBy: { kind: 'member' }, destination: { type: 'original_method', methodId: 'pm-visa' } });
    expect(schema.parse({ ...base, destination: CHECK })).toMatchObject({ destination: { type: 'check' } });
    expect(nextPremiumPeriod('2026-12-05')).toBe('2027-01');
  });

  it('never lets the amount exceed the overpayment', () => {
    expect(issuesOf({ ...base, amount: '150.01' })).toEqual({ amount: 'That is more than the overpayment, $150.00.' });
    expect(issuesOf({ ...base, amount: '0' })).toEqual({ amount: 'Enter an amount above $0.00.' });
  });

  it('checks the premium month and the pharmacy NPI check digit', () => {
    expect(schema.parse({ ...base, kind: 'premium_transfer', amount: '20', premiumPeriod: '2027-01' })).toEqual({ kind: 'premium_transfer', amountCents: 2_000, authorizedBy: { kind: 'member' }, premiumPeriod: '2027-01' });
    expect(issuesOf({ ...base, kind: 'premium_transfer', premiumPeriod: '2027-13' })).toEqual({ premiumPeriod: 'Use the premium month as YYYY-MM, e.g. 2026-12.' });
    const pharmacy = { ...base, kind: 'pharmacy_transfer', pharmacyNpi: '1234567893', claimReference: 'RX-1002003' };
    expect(schema.parse(pharmacy)).toMatchObject({ kind: 'pharmacy_transfer', pharmacyNpi: '1234567893', claimReference: 'RX-1002003' });
    expect(issuesOf({ ...pharmacy, pharmacyNpi: '1234567890', claimReference: 'x' })).toEqual({
      pharmacyNpi: "That NPI's check digit is wrong: ask the pharmacy to read it again.",
      claimReference: 'A claim reference is 3 to 40 letters, digits or dashes.',
    });
  });
});
