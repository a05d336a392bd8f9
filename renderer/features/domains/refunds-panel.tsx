/** Refunds: the overpayment still to resolve and its action, and the overpayments returned to the member or moved to their premium or a pharmacy. */
import type { Refund } from '../../../shared/domain/refunds';
import { useConsoleStore } from '../../state/use-console-store';
import { Badge } from '../../ui/badge';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { Money } from '../../ui/money';
import { DOMAIN_LABELS } from './domain-labels';

const COLUMNS: readonly DataColumn<Refund>[] = [
  { header: 'Requested', render: (r) => <DateText iso={r.requestedOn} /> },
  { header: 'Kind', render: (r) => DOMAIN_LABELS.refundKind[r.kind] },
  { header: 'Amount', isNumeric: true, render: (r) => <Money cents={r.amountCents} /> },
  { header: 'Status', render: (r) => (r.status === 'pending_approval' ? <Badge tone="amber">{DOMAIN_LABELS.refundStatus[r.status]}</Badge> : DOMAIN_LABELS.refundStatus[r.status]) },
  { header: 'Destination', isWide: true, render: (r) => r.destination },
  { header: 'Confirmation #', render: (r) => <span className="mono">{r.confirmationNumber}</span> },
];

/** Refunds newest first, as main sends them. */
export interface RefundsPanelProps {
  readonly refunds: readonly Refund[];
}

/** Renders the overpayment line with its action, and the refunds table. */
export function RefundsPanel({ refunds }: RefundsPanelProps) {
  const openDialog = useConsoleStore((state) => state.openDialog);
  const overpaymentCents = useConsoleStore((state) => state.memberView?.profile?.payments.overpaymentCents ?? 0);
  return (
    <>
      <div className="panel-actions">
        <p className="overpayment-amount">
          Overpayment to resolve: <strong><Money cents={overpaymentCents} /></strong>
        </p>
        <button type="button" className="button" aria-keyshortcuts="Alt+G" onClick={() => openDialog('resolve-overpayment')}>
          Resolve overpayment
        </button>
      </div>
      <DataTable caption="Refunds" columns={COLUMNS} rows={refunds} rowKey={(r) => r.id} emptyText="No refunds on file." />
    </>
  );
}
