/**
 * The member's bills for the as-of plan year, computed on every read from claims and payments with the
 * one M3P formula, so the sandbox can never store a bill that disagrees with the calculator.
 */
import type { Bill, Billing, BillStatus } from '../../shared/domain/billing';
import { isoDates } from '../calendar/iso-dates';
import { billDates } from './bill-dates';
import type { BillableClaim } from './build-schedule-input';
import { calculatePlanYearSchedule } from './calculate-plan-year-schedule';

/** Everything a bill schedule is computed from. */
export interface BillingInput {
  readonly asOf: string;
  /** The participation's plan year and effective date; billing exists only for the as-of year. */
  readonly planYear: number;
  readonly effectiveOn: string | null;
  readonly claims: readonly BillableClaim[];
  /** Posted payments applied to each bill of the plan year, by month (1 = January). */
  readonly paidByMonth: ReadonlyMap<number, number>;
}

function statusOf(billCents: number, paidCents: number, isIssued: boolean, isPastDue: boolean): BillStatus {
  if (!isIssued) return 'projected';
  if (paidCents >= billCents) return 'paid';
  if (isPastDue) return 'overdue';
  return paidCents > 0 ? 'partially_paid' : 'due';
}

/**
 * Builds the schedule with paid amounts and statuses; null when the member has no participation in
 * the as-of plan year.
 *
 * Status: not issued yet → projected; fully paid → paid; past the due date → overdue (even when part
 * was paid: the rest is late); otherwise partially_paid or due.
 */
export function buildBilling(input: BillingInput): Billing | null {
  const asOfYear = isoDates.yearOf(input.asOf);
  if (input.planYear !== asOfYear || input.effectiveOn === null || isoDates.yearOf(input.effectiveOn) > asOfYear) return null;
  const { input: scheduleInput, schedule } = calculatePlanYearSchedule(input.planYear, input.effectiveOn, input.claims);
  let billedToDateCents = 0;
  let paidToDateCents = 0;
  let incurredCents = 0;
  const bills = schedule.months.map((month): Bill => {
    const isIssued = billDates.isIssued(input.planYear, month.month, input.asOf);
    const dueOn = billDates.dueOn(input.planYear, month.month);
    const paidCents = isIssued ? (input.paidByMonth.get(month.month) ?? 0) : 0;
    incurredCents += month.newCostSharingCents;
    if (isIssued) {
      billedToDateCents += month.billCents;
      paidToDateCents += paidCents;
    }
    return { ...month, dueOn, paidCents, status: statusOf(month.billCents, paidCents, isIssued, input.asOf > dueOn) };
  });
  return {
    planYear: input.planYear,
    thresholdCents: schedule.thresholdCents,
    optInMonth: scheduleInput.optInMonth,
    priorIncurredCents: scheduleInput.priorIncurredCents,
    bills,
    billedToDateCents,
    paidToDateCents,
    balanceDueCents: billedToDateCents - paidToDateCents,
    unbilledCents: incurredCents - billedToDateCents,
  };
}
