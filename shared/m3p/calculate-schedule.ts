/**
 * The M3P monthly bill formula (42 CFR 423.137; DOMAIN.md): the one implementation the seed, the
 * backend and the console all use.
 *
 * First month k: cap = (T − prior) ÷ n, bill = min(cap, new cost sharing). Later months:
 * bill = (unbilled + new) ÷ n. n = 13 − month. Each bill rounds half up to the cent; the unbilled
 * balance is always the exact total incurred minus the total billed, so no cent is lost or made.
 */
import { divideCentsHalfUp } from '../lib/money';
import { annualThresholdCents, M3pInputError } from './thresholds';

export interface ScheduleInput {
  readonly planYear: number;
  /** 1 = January. */
  readonly optInMonth: number;
  /** Cost sharing the member incurred in the plan year before the opt-in month. */
  readonly priorIncurredCents: number;
  /** Twelve entries, January first; entries before the opt-in month are ignored (they are in prior). */
  readonly monthlyCostSharingCents: readonly number[];
  /**
   * The plan year's threshold as the backend serves it (program configuration); when absent, the
   * built-in table for the years DOMAIN.md names. An unknown year without one is an M3pInputError.
   */
  readonly thresholdCents?: number;
}

export interface ScheduleMonth {
  readonly month: number;
  /** The first-month cap; null on later months. */
  readonly capCents: number | null;
  /** The month's cost sharing after the annual threshold is applied (claims past T cost $0). */
  readonly newCostSharingCents: number;
  readonly billCents: number;
  readonly unbilledAfterCents: number;
}

export interface Schedule {
  readonly thresholdCents: number;
  readonly months: readonly ScheduleMonth[];
}

function assertWholeCents(value: unknown, what: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new M3pInputError(`${what} must be a whole number of cents, zero or more; got ${JSON.stringify(value)}.`);
  }
}

function validate(input: ScheduleInput): void {
  if (!Number.isInteger(input.planYear)) throw new M3pInputError('planYear must be a whole year, e.g. 2026.');
  if (!Number.isInteger(input.optInMonth) || input.optInMonth < 1 || input.optInMonth > 12) {
    throw new M3pInputError(`optInMonth must be 1 (January) to 12 (December); got ${JSON.stringify(input.optInMonth)}.`);
  }
  assertWholeCents(input.priorIncurredCents, 'priorIncurredCents');
  if (!Array.isArray(input.monthlyCostSharingCents) || input.monthlyCostSharingCents.length !== 12) {
    throw new M3pInputError('monthlyCostSharingCents must list 12 months, January first.');
  }
  input.monthlyCostSharingCents.forEach((c, i) => assertWholeCents(c, `monthlyCostSharingCents[${i}]`));
  if (input.thresholdCents !== undefined) assertWholeCents(input.thresholdCents, 'thresholdCents');
}

/** Computes the bills from the opt-in month to December. Throws M3pInputError on bad input. */
export function calculateSchedule(input: ScheduleInput): Schedule {
  validate(input);
  const thresholdCents = input.thresholdCents ?? annualThresholdCents(input.planYear);
  let roomUnderThreshold = Math.max(0, thresholdCents - input.priorIncurredCents);
  let unbilled = 0;
  const months: ScheduleMonth[] = [];
  for (let month = input.optInMonth; month <= 12; month += 1) {
    const n = 13 - month;
    const newCostSharingCents = Math.min(input.monthlyCostSharingCents[month - 1] ?? 0, roomUnderThreshold);
    roomUnderThreshold -= newCostSharingCents;
    const isFirstMonth = month === input.optInMonth;
    const capCents = isFirstMonth ? divideCentsHalfUp(Math.max(0, thresholdCents - input.priorIncurredCents), n) : null;
    const owed = unbilled + newCostSharingCents;
    const billCents = capCents === null ? divideCentsHalfUp(owed, n) : Math.min(capCents, newCostSharingCents);
    unbilled = owed - billCents;
    months.push({ month, capCents, newCostSharingCents, billCents, unbilledAfterCents: unbilled });
  }
  return { thresholdCents, months };
}
