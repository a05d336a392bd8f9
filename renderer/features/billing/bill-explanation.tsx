/**
 * The explanation of the month a rep asked about, under the schedule. It is a polite live region, so
 * the sentence is read out while focus stays on the row's Explain button.
 */
import type { Billing } from '../../../shared/domain/billing';
import { explainBill, monthName } from './explain-bill';

/** The region's id (for aria-controls), the billing it explains, and the month asked about. */
export interface BillExplanationProps {
  readonly id: string;
  readonly billing: Billing;
  readonly month: number | null;
}

/** Renders the region, empty until a month is chosen. */
export function BillExplanation({ id, billing, month }: BillExplanationProps) {
  const bill = billing.bills.find((b) => b.month === month);
  return (
    <div id={id} className="bill-explanation" aria-live="polite">
      {bill ? (
        <>
          <h2 className="section-title">
            How the {monthName(bill.month)} {billing.planYear} bill was worked out
          </h2>
          <p>{explainBill(bill, billing)}</p>
        </>
      ) : null}
    </div>
  );
}
