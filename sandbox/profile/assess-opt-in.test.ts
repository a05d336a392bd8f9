import { describe, expect, it } from 'vitest';
import { findClientRules } from '../seed/client-catalog';
import type { SeedParticipation } from '../seed/seed-member-record';
import { acceptingPlanYears, assessOptIn, type OptInContext } from './assess-opt-in';

const year = (planYear: number, overrides: Partial<SeedParticipation> = {}): SeedParticipation => ({
  status: 'not_enrolled', planYear, effectiveOn: null, endsOn: null, optInChannel: null, confirmationNumber: null, terminationReason: null, priorUnpaidCents: null, ...overrides,
});
const nonpayment = (planYear: number, priorUnpaidCents: number | null) =>
  year(planYear, { status: 'terminated', effectiveOn: `${planYear}-02-01`, endsOn: `${planYear}-06-30`, terminationReason: 'involuntary_nonpayment', priorUnpaidCents });

const context = (overrides: Partial<OptInContext> = {}): OptInContext => ({
  asOf: '2026-11-15', coverage: { partDEffectiveOn: '2019-04-01', partDEndsOn: null }, participations: [year(2026)], asOfYearOwedCents: 0,
  rules: findClientRules('northstar')!, clientName: 'Northstar Health Plans', ...overrides,
});

describe('assessOptIn', () => {
  it('takes next year’s requests only from October, effective January 1', () => {
    expect(acceptingPlanYears('2026-09-30')).toEqual([2026]);
    expect(acceptingPlanYears('2026-10-01')).toEqual([2026, 2027]);
    expect(assessOptIn(context(), 2026)).toEqual({ planYear: 2026, isEligible: true, code: null, message: null, effectiveOn: '2026-11-15' });
    expect(assessOptIn(context(), 2027).effectiveOn).toBe('2027-01-01');
  });

  it('refuses a year the member has no Part D coverage on the day it would start', () => {
    const ending = context({ coverage: { partDEffectiveOn: '2019-04-01', partDEndsOn: '2026-12-31' } });
    expect(assessOptIn(ending, 2026).isEligible).toBe(true);
    expect(assessOptIn(ending, 2027)).toMatchObject({ code: 'NO_ACTIVE_PART_D', message: "The member's Part D coverage ends 12/31/2026, so they cannot join the payment plan for 2027." });
    expect(assessOptIn(context({ coverage: { partDEffectiveOn: '2019-04-01', partDEndsOn: '2026-08-31' } }), 2026).message).toContain('ended 08/31/2026');
  });

  it('says when the member is already in, or renews automatically into next year', () => {
    const active = context({ participations: [year(2026, { status: 'active', effectiveOn: '2026-03-02' })] });
    expect(assessOptIn(active, 2026)).toMatchObject({ code: 'ALREADY_PARTICIPATING', message: 'The member already participates in the payment plan for 2026, effective 03/02/2026.' });
    expect(assessOptIn(active, 2027).message).toBe("The member's participation renews automatically for 2027; there is nothing to do.");
    expect(assessOptIn(context({ participations: [year(2026, { status: 'pending' })] }), 2026).code).toBe('ALREADY_PARTICIPATING');
  });

  it('precludes an unpaid balance left by a non-payment termination in an earlier year, where the client says so', () => {
    const owesLastYear = { participations: [nonpayment(2025, 12_345), year(2026)] };
    expect(assessOptIn(context(owesLastYear), 2026)).toMatchObject({
      code: 'PRECLUDED_UNPAID_BALANCE', message: 'Northstar Health Plans requires the $123.45 still owed from plan year 2025 to be paid before the member can join again.',
    });
    expect(assessOptIn(context({ ...owesLastYear, rules: findClientRules('cedar-valley')!, clientName: 'Cedar Valley Medicare' }), 2026).isEligible).toBe(true);
    const owesThisYear = context({ participations: [nonpayment(2026, null)], asOfYearOwedCents: 40_000 });
    expect([assessOptIn(owesThisYear, 2026).isEligible, assessOptIn(owesThisYear, 2027).code]).toEqual([true, 'PRECLUDED_UNPAID_BALANCE']);
    expect(assessOptIn(context({ participations: [nonpayment(2025, 0), year(2026)] }), 2026).isEligible).toBe(true);
  });
});
