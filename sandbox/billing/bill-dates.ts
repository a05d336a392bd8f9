/**
 * When a monthly M3P bill goes out and when it is due — the sandbox's billing calendar.
 *
 * The bill for month m covers the cost sharing of fills in m, so it can only be issued once m is over:
 * it is issued on the 1st of month m+1 and due on the 25th of month m+1 (December's bill is due
 * January 25 of the next year). A bill not yet issued on the as-of date is a projection.
 *
 * Non-payment (42 CFR 423.137(f); DOMAIN.md): the failure-to-pay notice goes out 15 days after the due
 * date (the last day "within 15 days" allows), and the grace period runs two calendar months from the
 * first day of the month the bill was due in — a bill due March 25 has grace through April 30.
 */
import { isoDates } from '../calendar/iso-dates';

/** The billing calendar; one object so the seed (when members pay) and the profile (bill status) agree. */
export const billDates = {
  issuedOn: (planYear: number, month: number): string => isoDates.dateOf(planYear, month + 1, 1),
  dueOn: (planYear: number, month: number): string => isoDates.dateOf(planYear, month + 1, 25),
  isIssued: (planYear: number, month: number, asOf: string): boolean => isoDates.dateOf(planYear, month + 1, 1) <= asOf,
  noticeOn: (planYear: number, month: number): string => isoDates.dateOf(planYear, month + 1, 25 + 15),
  graceEndsOn: (planYear: number, month: number): string => isoDates.lastDayOfMonth(planYear, month + 2),
} as const;
