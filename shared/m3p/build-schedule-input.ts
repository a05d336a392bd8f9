/**
 * Turns a member's claims into the calculator's input for one plan year, so the backend's bills, the
 * console's projections and the what-if calculator all feed calculate-schedule.ts the same numbers.
 */
import type { ScheduleInput } from './calculate-schedule';

/** The parts of a claim billing reads. */
export interface BillableClaim {
  readonly fillDate: string;
  readonly costSharingCents: number;
  readonly isBilledByM3p: boolean;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));
const monthOf = (iso: string) => Number(iso.slice(5, 7));

/**
 * Prior incurred = cost sharing on fills in the plan year before the participation's effective date
 * (paid at the pharmacy); each month's new cost sharing = fills billed by M3P in that month.
 *
 * The effective date, not the first of the opt-in month, splits the two: a member who joins on the
 * 12th paid at the counter for fills on the 1st–11th, and those count toward the threshold as prior.
 * `countAllAsBilled` projects an opt-in not made yet: fills from the effective date on would be billed.
 */
export function buildScheduleInput(
  planYear: number,
  effectiveOn: string,
  claims: readonly BillableClaim[],
  options: { readonly countAllAsBilled?: boolean; readonly thresholdCents?: number } = {},
): ScheduleInput {
  const yearStart = `${planYear}-01-01`;
  const start = effectiveOn > yearStart ? effectiveOn : yearStart;
  const monthly = new Array<number>(12).fill(0);
  let priorIncurredCents = 0;
  for (const claim of claims) {
    if (yearOf(claim.fillDate) !== planYear) continue;
    if (claim.fillDate < start) priorIncurredCents += claim.costSharingCents;
    else if (claim.isBilledByM3p || options.countAllAsBilled === true) {
      const index = monthOf(claim.fillDate) - 1;
      monthly[index] = (monthly[index] ?? 0) + claim.costSharingCents;
    }
  }
  return {
    planYear,
    optInMonth: monthOf(start),
    priorIncurredCents,
    monthlyCostSharingCents: monthly,
    ...(options.thresholdCents === undefined ? {} : { thresholdCents: options.thresholdCents }),
  };
}
