/**
 * Turns a member's claims into the calculator's input for one plan year, so the seed and the profile
 * feed shared/m3p/calculate-schedule.ts exactly the same numbers.
 */
import type { ScheduleInput } from '../../shared/m3p/calculate-schedule';
import { isoDates } from '../calendar/iso-dates';

/** The parts of a claim billing reads. */
export interface BillableClaim {
  readonly fillDate: string;
  readonly costSharingCents: number;
  readonly isBilledByM3p: boolean;
}

/**
 * Prior incurred = cost sharing on fills in the plan year before the participation's effective date
 * (paid at the pharmacy); each month's new cost sharing = fills billed by M3P in that month.
 *
 * The effective date, not the first of the opt-in month, splits the two: a member who joins on the
 * 12th paid at the counter for fills on the 1st–11th, and those count toward the threshold as prior.
 */
export function buildScheduleInput(planYear: number, effectiveOn: string, claims: readonly BillableClaim[]): ScheduleInput {
  const start = isoDates.max(effectiveOn, `${planYear}-01-01`);
  const monthly = new Array<number>(12).fill(0);
  let priorIncurredCents = 0;
  for (const claim of claims) {
    if (isoDates.yearOf(claim.fillDate) !== planYear) continue;
    if (claim.fillDate < start) priorIncurredCents += claim.costSharingCents;
    else if (claim.isBilledByM3p) {
      const index = isoDates.monthOf(claim.fillDate) - 1;
      monthly[index] = (monthly[index] ?? 0) + claim.costSharingCents;
    }
  }
  return { planYear, optInMonth: isoDates.monthOf(start), priorIncurredCents, monthlyCostSharingCents: monthly };
}
