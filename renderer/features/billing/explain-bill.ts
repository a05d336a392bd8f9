/**
 * Says how one month's M3P bill was worked out, in one sentence with the member's own numbers, so a
 * rep can answer "why is my bill this much?" without doing the formula (DOMAIN.md) in their head.
 *
 * It reads the figures the shared calculator produced; it never recomputes a bill. The unbilled
 * balance before a later month is exact: unbilled after + bill − new cost sharing.
 */
import { formatCents } from '../../../shared/lib/money';
import { DOMAIN_LABELS } from '../domains/domain-labels';

/** One month's figures, as in a backend Bill or a calculator ScheduleMonth. */
export interface BillFigures {
  readonly month: number;
  /** Set on the first month of participation only. */
  readonly capCents: number | null;
  readonly newCostSharingCents: number;
  readonly billCents: number;
  readonly unbilledAfterCents: number;
}

/** The year's threshold and what the member paid at the pharmacy before joining. */
export interface BillContext {
  readonly thresholdCents: number;
  readonly priorIncurredCents: number;
}

/** "November", or "Month 13" for a month the table does not know. */
export function monthName(month: number): string {
  return DOMAIN_LABELS.month[month - 1] ?? `Month ${month}`;
}

function monthsLeft(month: number): string {
  const n = 13 - month;
  return `${n} ${n === 1 ? 'month' : 'months'} left`;
}

function compareToCap(bill: BillFigures, capCents: number): string {
  const fresh = `${monthName(bill.month)}'s new cost sharing ${formatCents(bill.newCostSharingCents)}`;
  if (bill.newCostSharingCents < capCents) return `${fresh} is under the cap, so the bill is ${formatCents(bill.billCents)}`;
  if (bill.newCostSharingCents === capCents) return `${fresh} equals the cap, so the bill is ${formatCents(bill.billCents)}`;
  return `${fresh} is over the cap, so the bill is the cap, ${formatCents(bill.billCents)}, and the other ${formatCents(bill.unbilledAfterCents)} is spread over the months after`;
}

/** The sentence for one month: the first-month cap rule, or the spread-the-balance rule. */
export function explainBill(bill: BillFigures, context: BillContext): string {
  if (bill.capCents !== null) {
    const room = `(threshold ${formatCents(context.thresholdCents)} − ${formatCents(context.priorIncurredCents)} already paid this year)`;
    return `${room} ÷ ${monthsLeft(bill.month)} = cap ${formatCents(bill.capCents)}; ${compareToCap(bill, bill.capCents)}.`;
  }
  const unbilledBefore = bill.unbilledAfterCents + bill.billCents - bill.newCostSharingCents;
  return `(unbilled ${formatCents(unbilledBefore)} + new ${formatCents(bill.newCostSharingCents)}) ÷ ${monthsLeft(bill.month)} = ${formatCents(bill.billCents)}.`;
}
