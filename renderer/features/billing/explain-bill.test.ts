import { describe, expect, it } from 'vitest';
import { calculateSchedule } from '../../../shared/m3p/calculate-schedule';
import { explainBill } from './explain-bill';

const months = (entries: Record<number, number>) => Array.from({ length: 12 }, (_, i) => entries[i + 1] ?? 0);

describe('explainBill, against the shared calculator', () => {
  it('explains a first month under the cap and a later month with the balance spread', () => {
    // 2026: $400 paid before a September opt-in; $326.25 in September, $612.50 in October.
    const input = { planYear: 2026, optInMonth: 9, priorIncurredCents: 40_000, monthlyCostSharingCents: months({ 9: 32_625, 10: 61_250 }) };
    const schedule = calculateSchedule(input);
    const [september, october, november] = schedule.months;
    const context = { thresholdCents: schedule.thresholdCents, priorIncurredCents: input.priorIncurredCents };
    expect(explainBill(september!, context)).toBe(
      "(threshold $2,100.00 − $400.00 already paid this year) ÷ 4 months left = cap $425.00; September's new cost sharing $326.25 is under the cap, so the bill is $326.25.",
    );
    expect(explainBill(october!, context)).toBe('(unbilled $0.00 + new $612.50) ÷ 3 months left = $204.17.');
    expect(explainBill(november!, context)).toBe('(unbilled $408.33 + new $0.00) ÷ 2 months left = $204.17.');
  });

  it("uses the brief's later-month example: (unbilled $612.50 + new $326.25) ÷ 11 months left = $85.34", () => {
    const input = { planYear: 2026, optInMonth: 1, priorIncurredCents: 0, monthlyCostSharingCents: months({ 1: 78_750, 2: 32_625 }) };
    const [january, february] = calculateSchedule(input).months;
    expect(january?.unbilledAfterCents).toBe(61_250);
    expect(explainBill(february!, { thresholdCents: 210_000, priorIncurredCents: 0 })).toBe('(unbilled $612.50 + new $326.25) ÷ 11 months left = $85.34.');
  });

  it('explains a first month over the cap (DOMAIN.md September example) and December with one month left', () => {
    const input = { planYear: 2025, optInMonth: 9, priorIncurredCents: 40_000, monthlyCostSharingCents: months({ 9: 100_000 }) };
    const schedule = calculateSchedule(input);
    const context = { thresholdCents: schedule.thresholdCents, priorIncurredCents: 40_000 };
    expect(explainBill(schedule.months[0]!, context)).toBe(
      "(threshold $2,000.00 − $400.00 already paid this year) ÷ 4 months left = cap $400.00; September's new cost sharing $1,000.00 is over the cap, so the bill is the cap, $400.00, and the other $600.00 is spread over the months after.",
    );
    expect(explainBill(schedule.months[3]!, context)).toBe('(unbilled $200.00 + new $0.00) ÷ 1 month left = $200.00.');
  });

  it('says "equals the cap" when the new cost sharing is exactly the cap', () => {
    const schedule = calculateSchedule({ planYear: 2026, optInMonth: 1, priorIncurredCents: 0, monthlyCostSharingCents: months({ 1: 17_500 }) });
    expect(explainBill(schedule.months[0]!, { thresholdCents: 210_000, priorIncurredCents: 0 })).toBe(
      "(threshold $2,100.00 − $0.00 already paid this year) ÷ 12 months left = cap $175.00; January's new cost sharing $175.00 equals the cap, so the bill is $175.00.",
    );
  });
});
