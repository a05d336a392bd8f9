/** Payments & autopay: what the member paid and how, saved methods (masked), and the autopay setup. */
import type { Payment, PaymentMethod, Payments } from '../../../shared/domain/payments';
import { Badge } from '../../ui/badge';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { KeyValueTable } from '../../ui/key-value-table';
import { Money } from '../../ui/money';
import { DOMAIN_LABELS } from './domain-labels';
import { formatPaymentMethod } from './format-payment-method';

const HISTORY_COLUMNS: readonly DataColumn<Payment>[] = [
  { header: 'Posted', render: (p) => <DateText iso={p.postedOn} /> },
  { header: 'Amount', isNumeric: true, render: (p) => <Money cents={p.amountCents} /> },
  { header: 'Method', render: (p) => p.methodLabel },
  { header: 'Source', render: (p) => DOMAIN_LABELS.paymentSource[p.source] },
  { header: 'Status', render: (p) => DOMAIN_LABELS.paymentStatus[p.status] },
  { header: 'Confirmation #', render: (p) => <span className="mono">{p.confirmationNumber}</span> },
];

const METHOD_COLUMNS: readonly DataColumn<PaymentMethod>[] = [
  { header: 'Method', render: (m) => formatPaymentMethod(m) },
  { header: 'Kind', render: (m) => (m.kind === 'card' ? 'Card' : 'Bank account') },
  { header: 'Default', render: (m) => (m.isDefault ? <Badge tone="blue">Default</Badge> : '—') },
];

/** Payments, saved methods and autopay as main sends them. */
export interface PaymentsPanelProps {
  readonly payments: Payments;
}

/** Renders autopay, saved methods and payment history. */
export function PaymentsPanel({ payments }: PaymentsPanelProps) {
  const { autopay } = payments;
  const autopayMethod = payments.methods.find((m) => m.id === autopay.methodId);
  return (
    <>
      <div className="panel-grid">
        <KeyValueTable
          caption="Autopay"
          rows={[
            { label: 'Enrolled', value: autopay.isEnrolled ? 'Yes' : 'No' },
            { label: 'Day of month', value: autopay.dayOfMonth ?? '—' },
            { label: 'Method', value: autopayMethod ? formatPaymentMethod(autopayMethod) : '—' },
            { label: 'Enrolled on', value: autopay.enrolledOn ? <DateText iso={autopay.enrolledOn} /> : '—' },
          ]}
        />
        <DataTable caption="Saved payment methods" columns={METHOD_COLUMNS} rows={payments.methods} rowKey={(m) => m.id} emptyText="No saved payment methods." />
      </div>
      <DataTable caption="Payment history" columns={HISTORY_COLUMNS} rows={payments.history} rowKey={(p) => p.id} emptyText="No payments on file." />
    </>
  );
}
