import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateSchedule, type ScheduleInput } from './calculate-schedule';
import { annualThresholdCents, M3pInputError } from './thresholds';

/** Twelve months of cost sharing, all zero except the ones given (1 = January). */
function costs(byMonth: Readonly<Record<number, number>>): number[] {
  return Array.from({ length: 12 }, (_, i) => byMonth[i + 1] ?? 0);
}

function bills(input: ScheduleInput): number[] {
  return calculateSchedule(input).months.map((m) => m.billCents);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

describe('calculateSchedule: the DOMAIN.md examples', () => {
  it("bills $166.67 in January and leaves $1,833.33 unbilled (the regulation's example)", () => {
    const schedule = calculateSchedule({ planYear: 2025, optInMonth: 1, priorIncurredCents: 0, monthlyCostSharingCents: costs({ 1: 200_000 }) });
    expect(schedule.thresholdCents).toBe(200_000);
    expect(schedule.months[0]).toEqual({ month: 1, capCents: 16_667, newCostSharingCents: 200_000, billCents: 16_667, unbilledAfterCents: 183_333 });
    expect(schedule.months).toHaveLength(12);
    expect(sum(schedule.months.map((m) => m.billCents))).toBe(200_000);
    expect(schedule.months.at(-1)?.unbilledAfterCents).toBe(0);
  });

  it('bills $175.00 every month of a full 2026 year with $2,100 in January', () => {
    const schedule = calculateSchedule({ planYear: 2026, optInMonth: 1, priorIncurredCents: 0, monthlyCostSharingCents: costs({ 1: 210_000 }) });
    expect(schedule.thresholdCents).toBe(210_000);
    expect(schedule.months.map((m) => m.billCents)).toEqual(Array(12).fill(17_500));
    expect(schedule.months.map((m) => m.unbilledAfterCents)).toEqual(Array.from({ length: 12 }, (_, i) => 210_000 - 17_500 * (i + 1)));
  });

  it('bills $400 in September (cap 1,600 ÷ 4) and $200 in each of October to December', () => {
    const schedule = calculateSchedule({ planYear: 2025, optInMonth: 9, priorIncurredCents: 40_000, monthlyCostSharingCents: costs({ 9: 100_000 }) });
    expect(schedule.months).toEqual([
      { month: 9, capCents: 40_000, newCostSharingCents: 100_000, billCents: 40_000, unbilledAfterCents: 60_000 },
      { month: 10, capCents: null, newCostSharingCents: 0, billCents: 20_000, unbilledAfterCents: 40_000 },
      { month: 11, capCents: null, newCostSharingCents: 0, billCents: 20_000, unbilledAfterCents: 20_000 },
      { month: 12, capCents: null, newCostSharingCents: 0, billCents: 20_000, unbilledAfterCents: 0 },
    ]);
  });

  it('bills the whole $300 in a December opt-in', () => {
    const schedule = calculateSchedule({ planYear: 2025, optInMonth: 12, priorIncurredCents: 120_000, monthlyCostSharingCents: costs({ 12: 30_000 }) });
    expect(schedule.months).toEqual([{ month: 12, capCents: 80_000, newCostSharingCents: 30_000, billCents: 30_000, unbilledAfterCents: 0 }]);
  });

  it('ignores cost sharing listed before the opt-in month (it is in priorIncurredCents)', () => {
    const withEarlier = costs({ 1: 5_000, 8: 7_000, 9: 100_000 });
    expect(bills({ planYear: 2025, optInMonth: 9, priorIncurredCents: 40_000, monthlyCostSharingCents: withEarlier })).toEqual([40_000, 20_000, 20_000, 20_000]);
  });
});

describe('calculateSchedule: the annual threshold', () => {
  it('counts only the cost sharing up to the threshold; later claims cost $0 but the balance is still billed', () => {
    const schedule = calculateSchedule({ planYear: 2025, optInMonth: 3, priorIncurredCents: 190_000, monthlyCostSharingCents: costs({ 3: 50_000, 4: 30_000 }) });
    expect(schedule.months.map((m) => m.newCostSharingCents)).toEqual([10_000, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(schedule.months[0]?.capCents).toBe(1_000);
    expect(schedule.months.map((m) => m.billCents)).toEqual(Array(10).fill(1_000));
  });

  it('bills nothing when the member reached the threshold before opting in', () => {
    const schedule = calculateSchedule({ planYear: 2025, optInMonth: 6, priorIncurredCents: 250_000, monthlyCostSharingCents: costs({ 6: 5_000, 7: 9_000 }) });
    expect(schedule.months[0]?.capCents).toBe(0);
    expect(schedule.months.every((m) => m.billCents === 0 && m.newCostSharingCents === 0 && m.unbilledAfterCents === 0)).toBe(true);
  });

  it('knows 2025 ($2,000) and 2026 ($2,100) and refuses to guess any other year', () => {
    expect(annualThresholdCents(2025)).toBe(200_000);
    expect(annualThresholdCents(2026)).toBe(210_000);
    for (const planYear of [2024, 2027]) {
      const input = { planYear, optInMonth: 1, priorIncurredCents: 0, monthlyCostSharingCents: costs({}) };
      expect(() => calculateSchedule(input)).toThrow(M3pInputError);
      expect(() => calculateSchedule(input)).toThrow(`No out-of-pocket threshold is configured for plan year ${planYear}. Known years: 2025, 2026.`);
    }
  });
});

describe('calculateSchedule: bad input is a clear M3pInputError', () => {
  const good: ScheduleInput = { planYear: 2025, optInMonth: 1, priorIncurredCents: 0, monthlyCostSharingCents: costs({ 1: 1_000 }) };
  const cases: ReadonlyArray<readonly [string, Partial<ScheduleInput>, string]> = [
    ['opt-in month 0', { optInMonth: 0 }, 'optInMonth must be 1 (January) to 12 (December); got 0.'],
    ['opt-in month 13', { optInMonth: 13 }, 'optInMonth must be 1 (January) to 12 (December); got 13.'],
    ['a fractional opt-in month', { optInMonth: 2.5 }, 'optInMonth must be 1 (January) to 12 (December); got 2.5.'],
    ['a fractional plan year', { planYear: 2025.5 }, 'planYear must be a whole year'],
    ['negative prior cents', { priorIncurredCents: -1 }, 'priorIncurredCents must be a whole number of cents, zero or more; got -1.'],
    ['fractional prior cents', { priorIncurredCents: 0.5 }, 'priorIncurredCents must be a whole number of cents, zero or more; got 0.5.'],
    ['a negative month', { monthlyCostSharingCents: costs({ 4: -100 }) }, 'monthlyCostSharingCents[3] must be a whole number of cents, zero or more; got -100.'],
    ['a fractional month', { monthlyCostSharingCents: costs({ 12: 10.25 }) }, 'monthlyCostSharingCents[11] must be a whole number of cents, zero or more; got 10.25.'],
    ['11 months', { monthlyCostSharingCents: Array(11).fill(0) }, 'monthlyCostSharingCents must list 12 months, January first.'],
    ['13 months', { monthlyCostSharingCents: Array(13).fill(0) }, 'monthlyCostSharingCents must list 12 months, January first.'],
  ];

  it.each(cases)('refuses %s', (_label, change, message) => {
    const run = (): unknown => calculateSchedule({ ...good, ...change });
    expect(run).toThrow(M3pInputError);
    expect(run).toThrow(message);
  });

  it('names the error so callers and logs can tell it from a bug', () => {
    const error = new M3pInputError('x');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('M3pInputError');
  });
});

const YEARS = [2025, 2026] as const;

/** Any input the calculator accepts, including cost sharing past the threshold. */
const anyInput = fc.record({
  planYear: fc.constantFrom(...YEARS),
  optInMonth: fc.integer({ min: 1, max: 12 }),
  priorIncurredCents: fc.oneof(fc.nat({ max: 250_000 }), fc.nat({ max: 500 })),
  monthlyCostSharingCents: fc.array(fc.oneof(fc.nat({ max: 250_000 }), fc.nat({ max: 5_000 }), fc.constant(0)), { minLength: 12, maxLength: 12 }),
});

/** Inputs a real member can have: prior plus cost sharing since opt-in stays within the threshold. */
const consistentInput = anyInput.map((input): ScheduleInput => {
  const threshold = annualThresholdCents(input.planYear);
  const prior = Math.min(input.priorIncurredCents, threshold);
  let room = threshold - prior;
  const monthly = input.monthlyCostSharingCents.map((cents, i) => {
    if (i + 1 < input.optInMonth) return cents;
    const kept = Math.min(cents, room);
    room -= kept;
    return kept;
  });
  return { ...input, priorIncurredCents: prior, monthlyCostSharingCents: monthly };
});

function costSinceOptIn(input: ScheduleInput): number {
  return sum(input.monthlyCostSharingCents.slice(input.optInMonth - 1));
}

describe('calculateSchedule: properties', () => {
  it('bills exactly the cost sharing since opt-in, and nothing is left after December', () => {
    fc.assert(
      fc.property(consistentInput, (input) => {
        const { months } = calculateSchedule(input);
        expect(months.map((m) => m.month)).toEqual(Array.from({ length: 13 - input.optInMonth }, (_, i) => input.optInMonth + i));
        expect(months.map((m) => m.newCostSharingCents)).toEqual(input.monthlyCostSharingCents.slice(input.optInMonth - 1));
        expect(sum(months.map((m) => m.billCents))).toBe(costSinceOptIn(input));
        expect(months.at(-1)?.unbilledAfterCents).toBe(0);
      }),
    );
  });

  it('never bills more than the first-month cap in the first month', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const [first, ...later] = calculateSchedule(input).months;
        expect(first?.capCents).not.toBeNull();
        expect(first?.billCents).toBeLessThanOrEqual(first?.capCents ?? -1);
        expect(later.every((m) => m.capCents === null)).toBe(true);
      }),
    );
  });

  it('bills non-negative whole cents, and the balance is always incurred so far minus billed so far', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        let incurred = 0;
        let billed = 0;
        for (const m of calculateSchedule(input).months) {
          expect(Number.isSafeInteger(m.billCents) && m.billCents >= 0).toBe(true);
          incurred += m.newCostSharingCents;
          billed += m.billCents;
          expect(m.unbilledAfterCents).toBe(incurred - billed);
          expect(m.unbilledAfterCents).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('counts cost sharing past the threshold as $0', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { thresholdCents, months } = calculateSchedule(input);
        const counted = sum(months.map((m) => m.newCostSharingCents));
        expect(counted).toBe(Math.min(costSinceOptIn(input), Math.max(0, thresholdCents - input.priorIncurredCents)));
        expect(sum(months.map((m) => m.billCents))).toBe(counted);
      }),
    );
  });
});
