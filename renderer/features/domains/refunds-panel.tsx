/** Refunds: overpayments returned to the member or moved to their premium or a pharmacy. */
import type { Refund } from '../../../shared/domain/refunds';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { Money } from '../../ui/money';
import { DOMAIN_LABELS } from './domain-labels';

const COLUMNS: readonly DataColumn<Refund>[] = [
  { header: 'Requested', render: (r) => <DateText iso={r.requestedOn} /> },
  { header: 'Kind', render: (r) => DOMAIN_LABELS.refundKind[r.kind] },
  { header: 'Amount', isNumeric: true, render: (r) => <Money cents={r.amountCents} /> },
  { header: 'Status', render: (r) => DOMAIN_LABELS.refundStatus[r.status] },
  { header: 'Destination', isWide: true, render: (r) => r.destination },
  { header: 'Confirmation #', render: (r) => <span className="mono">{r.confirmationNumber}</span> },
];

/** Refunds newest first, as main sends them. */
export interface RefundsPanelProps {
  readonly refunds: readonly Refund[];
}

/** Renders the refunds table. */
export function RefundsPanel({ refunds }: RefundsPanelProps) {
  return <DataTable caption="Refunds" columns={COLUMNS} rows={refunds} rowKey={(r) => r.id} emptyText="No refunds on file." />;
}
