/**
 * The what-if calculator's answer: one sentence in a live region (read out as the inputs change),
 * the month-by-month table, and a bar chart of the same bills.
 */
import { formatCents } from '../../../shared/lib/money';
import type { ScheduleMonth } from '../../../shared/m3p/calculate-schedule';
import { BarChart } from '../../ui/bar-chart';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { Money } from '../../ui/money';
import { monthName } from '../billing/explain-bill';
import type { WhatIfResult } from './calculate-what-if';

/** The calculation (null while the inputs have an error) and the plan year it is for. */
export interface WhatIfResultsProps {
  readonly result: WhatIfResult | null;
  readonly planYear: number;
}

function summarize(months: readonly ScheduleMonth[], planYear: number): string {
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return 'No months are left to bill.';
  const total = months.reduce((sum, month) => sum + month.billCents, 0);
  const span = first === last ? `${monthName(first.month)} ${planYear}` : `${monthName(first.month)} to ${monthName(last.month)} ${planYear}`;
  return `Bills for ${span} total ${formatCents(total)}: the first is ${formatCents(first.billCents)}, the last ${formatCents(last.billCents)}.`;
}

const COLUMNS: readonly DataColumn<ScheduleMonth>[] = [
  { header: 'Month', render: (m) => monthName(m.month) },
  { header: 'Cap (first month)', isNumeric: true, render: (m) => (m.capCents === null ? '—' : <Money cents={m.capCents} />) },
  { header: 'New cost sharing', isNumeric: true, render: (m) => <Money cents={m.newCostSharingCents} /> },
  { header: 'Bill', isNumeric: true, render: (m) => <Money cents={m.billCents} /> },
  { header: 'Unbilled after', isNumeric: true, render: (m) => <Money cents={m.unbilledAfterCents} /> },
];

/** Renders the answer. */
export function WhatIfResults({ result, planYear }: WhatIfResultsProps) {
  const months = result?.kind === 'schedule' ? result.schedule.months : [];
  const sentence = result === null ? 'Fix the highlighted amount to see the bills.' : result.kind === 'unavailable' ? result.message : summarize(months, planYear);
  return (
    <div className="what-if-results">
      <p role="status" className="what-if-summary">
        {sentence}
      </p>
      {months.length > 0 ? (
        <>
          <DataTable caption="Monthly bills" columns={COLUMNS} rows={months} rowKey={(m) => String(m.month)} emptyText="No months are left to bill." />
          <BarChart
            title={`Monthly bills, ${planYear}`}
            bars={months.map((m) => ({ label: monthName(m.month).slice(0, 3), value: m.billCents, valueText: formatCents(m.billCents) }))}
          />
        </>
      ) : null}
    </div>
  );
}
