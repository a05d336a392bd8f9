/**
 * The next autopay draft a rep reads to the member: the first date after the business date on the
 * enrolment's day of the month, and the balance due on that date — every bill issued by then (projected
 * ones with the fills so far) less the plan year's credits — which is what the draft will take.
 */
import type { Billing } from '../../shared/domain/billing';
import type { Autopay, AutopayDraft } from '../../shared/domain/payments';
import { isoDates } from '../calendar/iso-dates';
import { billDates } from './bill-dates';

/** The first date after `asOf` on `day` of a month: when the next draft runs (a draft on the business date has run). */
export function nextDraftOn(asOf: string, day: number): string {
  const year = isoDates.yearOf(asOf);
  const month = isoDates.monthOf(asOf);
  return isoDates.dayOf(asOf) < day ? isoDates.dateOf(year, month, day) : isoDates.dateOf(year, month + 1, day);
}

/** Null when not enrolled; the amount is 0 when nothing will be owed on the draft date. */
export function nextAutopayDraft(autopay: Autopay, billing: Billing | null, creditsCents: number, asOf: string): AutopayDraft | null {
  if (!autopay.isEnrolled || autopay.dayOfMonth === null) return null;
  const on = nextDraftOn(asOf, autopay.dayOfMonth);
  if (!billing) return { on, amountCents: 0 };
  const issuedBy = billing.bills
    .filter((bill) => billDates.issuedOn(billing.planYear, bill.month) <= on)
    .reduce((sum, bill) => sum + bill.billCents, 0);
  return { on, amountCents: Math.max(0, issuedBy - Math.max(0, creditsCents)) };
}
