/**
 * What a member's story is drawn against before it is known: the bills they would get had they joined
 * on a day and stayed, and the day their cost sharing reached the year's threshold (joining after it
 * gains nothing). Both use the sandbox's configured thresholds.
 */
import { calculatePlanYearSchedule } from '../billing/calculate-plan-year-schedule';
import { isoDates } from '../calendar/iso-dates';
import { thresholdCentsFor } from '../program/program-settings';
import type { SeedClaim } from './seed-member-record';

/** The two previews a participation story consults. */
export interface BillPreview {
  /** Bills by month (index 0 = January) had the member joined on `effectiveOn` and stayed. */
  previewBills(planYear: number, effectiveOn: string): readonly number[];
  thresholdReachedOn(planYear: number): string | null;
}

/** Previews over the member's claims as generated, before any is marked billed by M3P. */
export function createBillPreview(claims: readonly SeedClaim[]): BillPreview {
  return {
    previewBills(planYear, effectiveOn) {
      const asIfBilled = claims.map((c) => ({ ...c, isBilledByM3p: c.fillDate >= effectiveOn }));
      const bills = new Array<number>(12).fill(0);
      for (const m of calculatePlanYearSchedule(planYear, effectiveOn, asIfBilled).schedule.months) bills[m.month - 1] = m.billCents;
      return bills;
    },
    thresholdReachedOn(planYear) {
      const threshold = thresholdCentsFor(planYear) ?? Number.POSITIVE_INFINITY;
      let total = 0;
      for (const claim of claims) {
        if (isoDates.yearOf(claim.fillDate) !== planYear) continue;
        total += claim.costSharingCents;
        if (total >= threshold) return claim.fillDate;
      }
      return null;
    },
  };
}
