/** Balance & bills: the program figures, the month-by-month schedule the M3P formula produced, and why each bill is what it is. */
import { useId, useState } from 'react';
import type { Bill, Billing } from '../../../shared/domain/billing';
import { BillExplanation } from '../billing/bill-explanation';
import { monthName } from '../billing/explain-bill';
import { Badge } from '../../ui/badge';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { KeyValueTable } from '../../ui/key-value-table';
import { Money } from '../../ui/money';
import { DOMAIN_LABELS } from './domain-labels';

/** Billing for the plan year, or null when the member is not participating. */
export interface BillingPanelProps {
  readonly billing: Billing | null;
}

/** Renders the billing figures and schedule. */
export function BillingPanel({ billing }: BillingPanelProps) {
  const explanationId = useId();
  const [explainedMonth, setExplainedMonth] = useState<number | null>(null);
  if (!billing) return <p className="empty-domain">Not participating this plan year.</p>;
  const explainButton = (b: Bill) => (
    <button
      type="button"
      className="button button-small"
      aria-label={`Explain the ${monthName(b.month)} ${billing.planYear} bill`}
      aria-expanded={explainedMonth === b.month}
      aria-controls={explanationId}
      onClick={() => setExplainedMonth(explainedMonth === b.month ? null : b.month)}
    >
      Explain
    </button>
  );
  const columns: readonly DataColumn<Bill>[] = [
    { header: 'Month', render: (b) => `${monthName(b.month)} ${billing.planYear}` },
    { header: 'Cap (first month)', isNumeric: true, render: (b) => (b.capCents === null ? '—' : <Money cents={b.capCents} />) },
    { header: 'New cost sharing', isNumeric: true, render: (b) => <Money cents={b.newCostSharingCents} /> },
    { header: 'Bill', isNumeric: true, render: (b) => <Money cents={b.billCents} /> },
    { header: 'Unbilled after', isNumeric: true, render: (b) => <Money cents={b.unbilledAfterCents} /> },
    { header: 'Due date', render: (b) => <DateText iso={b.dueOn} /> },
    { header: 'Paid', isNumeric: true, render: (b) => <Money cents={b.paidCents} /> },
    // An unpaid issued bill: when the failure-to-pay notice goes out, and the last day before participation ends.
    { header: 'Notice', render: (b) => (b.noticeOn === null ? '—' : <DateText iso={b.noticeOn} />) },
    { header: 'Grace ends', render: (b) => (b.graceEndsOn === null ? '—' : <DateText iso={b.graceEndsOn} />) },
    { header: 'Status', render: (b) => <Badge tone={DOMAIN_LABELS.billStatus[b.status].tone}>{DOMAIN_LABELS.billStatus[b.status].label}</Badge> },
    { header: 'Why this amount', render: explainButton },
  ];
  return (
    <>
      <div className="panel-grid">
        <KeyValueTable
          caption={`Plan year ${billing.planYear}`}
          rows={[
            { label: 'Out-of-pocket threshold', value: <Money cents={billing.thresholdCents} /> },
            { label: 'Opt-in month', value: `${monthName(billing.optInMonth)} ${billing.planYear}` },
            { label: 'Incurred before opt-in', value: <Money cents={billing.priorIncurredCents} /> },
          ]}
        />
        <KeyValueTable
          caption="Totals"
          rows={[
            { label: 'Billed to date', value: <Money cents={billing.billedToDateCents} /> },
            { label: 'Paid to date', value: <Money cents={billing.paidToDateCents} /> },
            { label: 'Balance due', value: <strong><Money cents={billing.balanceDueCents} /></strong> },
            { label: 'Unbilled', value: <Money cents={billing.unbilledCents} /> },
            ...(billing.paidAheadCents > 0 ? [{ label: 'Paid ahead', value: <Money cents={billing.paidAheadCents} /> }] : []),
            { label: 'Full balance', value: <Money cents={billing.fullBalanceCents} /> },
          ]}
        />
      </div>
      <DataTable caption="Monthly schedule" columns={columns} rows={billing.bills} rowKey={(b) => String(b.month)} emptyText="No bills yet this plan year." />
      <BillExplanation id={explanationId} billing={billing} month={explainedMonth} />
    </>
  );
}
