/**
 * The member's bills for the as-of plan year, computed on every read from claims and payments with the
 * one M3P formula, so the sandbox can never store a bill that disagrees with the calculator. What was
 * paid is applied as a ledger does: the year's credits settle the oldest unpaid issued bill first.
 */
import type { Bill, Billing, BillStatus } from '../../shared/domain/billing';
import { isoDates } from '../calendar/iso-dates';
import { applyLedger } from './apply-ledger';
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
  /** Posted payments toward the plan year, less refunds and transfers out of it (not rejected ones). */
  readonly creditsCents: number;
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
 * was paid: the rest is late); otherwise partially_paid or due. An issued bill not fully paid carries
 * its notice date and grace-period end (bill-dates.ts).
 */
export function buildBilling(input: BillingInput): Billing | null {
  const asOfYear = isoDates.yearOf(input.asOf);
  if (input.planYear !== asOfYear || input.effectiveOn === null || isoDates.yearOf(input.effectiveOn) > asOfYear) return null;
  const { input: scheduleInput, schedule } = calculatePlanYearSchedule(input.planYear, input.effectiveOn, input.claims);
  const isIssued = schedule.months.map((month) => billDates.isIssued(input.planYear, month.month, input.asOf));
  const ledger = applyLedger(schedule.months.map((month, i) => (isIssued[i] ? month.billCents : 0)), input.creditsCents);
  let billedToDateCents = 0;
  let incurredCents = 0;
  const bills = schedule.months.map((month, i): Bill => {
    const issued = isIssued[i] ?? false;
    const dueOn = billDates.dueOn(input.planYear, month.month);
    const paidCents = ledger.paidCents[i] ?? 0;
    incurredCents += month.newCostSharingCents;
    if (issued) billedToDateCents += month.billCents;
    const isUnpaid = issued && paidCents < month.billCents;
    return {
      ...month,
      dueOn,
      paidCents,
      status: statusOf(month.billCents, paidCents, issued, input.asOf > dueOn),
      noticeOn: isUnpaid ? billDates.noticeOn(input.planYear, month.month) : null,
      graceEndsOn: isUnpaid ? billDates.graceEndsOn(input.planYear, month.month) : null,
    };
  });
  const paidToDateCents = bills.reduce((sum, bill) => sum + bill.paidCents, 0);
  const unbilledCents = incurredCents - billedToDateCents;
  const paidAheadCents = Math.min(ledger.remainingCents, unbilledCents);
  const balanceDueCents = billedToDateCents - paidToDateCents;
  return {
    planYear: input.planYear,
    thresholdCents: schedule.thresholdCents,
    optInMonth: scheduleInput.optInMonth,
    priorIncurredCents: scheduleInput.priorIncurredCents,
    bills,
    billedToDateCents,
    paidToDateCents,
    balanceDueCents,
    unbilledCents,
    paidAheadCents,
    fullBalanceCents: balanceDueCents + unbilledCents - paidAheadCents,
  };
}
