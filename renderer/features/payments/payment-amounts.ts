/**
 * The amounts a rep offers on step 1 of a payment, read from the member's bills as main sent them:
 * the current bill, what is past due, the full balance, and each unpaid bill's due date, failure-to-pay
 * notice date and grace-period end (DOMAIN.md: non-payment). Nothing here is stored; it is derived.
 */
import type { Bill, Billing } from '../../../shared/domain/billing';
import type { AmountChoice } from '../../../shared/domain/payment-changes';
import { formatIsoDate } from '../../../shared/lib/dates';

/** An issued bill with money still owed on it. */
export interface UnpaidBill {
  readonly month: number;
  readonly owedCents: number;
  readonly dueOn: string;
  readonly noticeOn: string | null;
  readonly graceEndsOn: string | null;
  readonly isPastDue: boolean;
}

/** Each amount choice in cents (0 when there is none of that kind). */
export interface PaymentAmounts {
  /** The earliest unpaid bill not yet past its due date. */
  readonly currentBill: UnpaidBill | null;
  readonly pastDueCents: number;
  /** Everything still owed for the plan year (billed, unbilled, less paid ahead), as the backend counts it. */
  readonly fullBalanceCents: number;
  readonly unpaid: readonly UnpaidBill[];
}

function toUnpaid(bill: Bill, asOf: string): UnpaidBill | null {
  const owedCents = bill.billCents - bill.paidCents;
  if (bill.status === 'projected' || bill.status === 'paid' || owedCents <= 0) return null;
  return { month: bill.month, owedCents, dueOn: bill.dueOn, noticeOn: bill.noticeOn, graceEndsOn: bill.graceEndsOn, isPastDue: bill.status === 'overdue' || bill.dueOn < asOf };
}

/** Reads the amounts from the plan year's billing; `asOf` is the backend's business date. */
export function readPaymentAmounts(billing: Billing | null, asOf: string): PaymentAmounts {
  if (!billing) return { currentBill: null, pastDueCents: 0, fullBalanceCents: 0, unpaid: [] };
  const unpaid = billing.bills.flatMap((bill) => toUnpaid(bill, asOf) ?? []);
  return {
    currentBill: unpaid.find((bill) => !bill.isPastDue) ?? null,
    pastDueCents: unpaid.filter((bill) => bill.isPastDue).reduce((sum, bill) => sum + bill.owedCents, 0),
    fullBalanceCents: billing.fullBalanceCents,
    unpaid,
  };
}

/** The cents a choice stands for; null for "another amount" (typed by the rep). */
export function centsForChoice(amounts: PaymentAmounts, choice: AmountChoice): number | null {
  if (choice === 'current_bill') return amounts.currentBill?.owedCents ?? 0;
  if (choice === 'past_due') return amounts.pastDueCents;
  if (choice === 'full_balance') return amounts.fullBalanceCents;
  return null;
}

/** The choice step 1 starts on: the current bill, else what is past due, else the full balance. */
export function defaultAmountChoice(amounts: PaymentAmounts): AmountChoice {
  if (amounts.currentBill) return 'current_bill';
  if (amounts.pastDueCents > 0) return 'past_due';
  return 'full_balance';
}

/**
 * Where an unpaid bill stands, in the words a rep reads: "Due 12/15/2026." or "Past due since
 * 10/15/2026. Failure-to-pay notice 10/30/2026 (sent). Grace period ends 11/30/2026."
 */
export function describeBillStanding(bill: UnpaidBill, asOf: string): string {
  if (!bill.isPastDue) return `Due ${formatIsoDate(bill.dueOn)}.`;
  const parts = [`Past due since ${formatIsoDate(bill.dueOn)}.`];
  if (bill.noticeOn) parts.push(`Failure-to-pay notice ${formatIsoDate(bill.noticeOn)}${bill.noticeOn <= asOf ? ' (sent)' : ''}.`);
  if (bill.graceEndsOn) {
    parts.push(
      bill.graceEndsOn < asOf
        ? `Grace period ended ${formatIsoDate(bill.graceEndsOn)}.`
        : `Grace period ends ${formatIsoDate(bill.graceEndsOn)}: unpaid after that, participation ends.`,
    );
  }
  return parts.join(' ');
}
