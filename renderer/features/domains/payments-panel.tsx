/** Payments & autopay: the actions that take money or change how it is taken, autopay with its next draft, saved methods (masked), and what the member paid. */
import type { Payment, PaymentMethod, Payments } from '../../../shared/domain/payments';
import { useConsoleStore } from '../../state/use-console-store';
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

/** The panel's buttons for the payment dialogs, with their shortcuts announced. */
function PaymentActions() {
  const openDialog = useConsoleStore((state) => state.openDialog);
  return (
    <div className="panel-actions">
      <button type="button" className="button" aria-keyshortcuts="Alt+P" onClick={() => openDialog('take-payment')}>
        Take a payment
      </button>
      <button type="button" className="button" aria-keyshortcuts="Alt+Y" onClick={() => openDialog('add-payment-method')}>
        Add a payment method
      </button>
      <button type="button" className="button" aria-keyshortcuts="Alt+U" onClick={() => openDialog('autopay')}>
        Autopay
      </button>
    </div>
  );
}

/** Renders the actions, autopay, saved methods and payment history. */
export function PaymentsPanel({ payments }: PaymentsPanelProps) {
  const { autopay, nextAutopayDraft } = payments;
  const autopayMethod = payments.methods.find((m) => m.id === autopay.methodId);
  return (
    <>
      <PaymentActions />
      <div className="panel-grid">
        <KeyValueTable
          caption="Autopay"
          rows={[
            { label: 'Enrolled', value: autopay.isEnrolled ? 'Yes' : 'No' },
            { label: 'Day of month', value: autopay.dayOfMonth ?? '—' },
            { label: 'Method', value: autopayMethod ? formatPaymentMethod(autopayMethod) : '—' },
            { label: 'Next draft', value: nextAutopayDraft ? <><DateText iso={nextAutopayDraft.on} />, <Money cents={nextAutopayDraft.amountCents} /></> : '—' },
            { label: 'Enrolled on', value: autopay.enrolledOn ? <DateText iso={autopay.enrolledOn} /> : '—' },
          ]}
        />
        <DataTable caption="Saved payment methods" columns={METHOD_COLUMNS} rows={payments.methods} rowKey={(m) => m.id} emptyText="No saved payment methods." />
      </div>
      <DataTable caption="Payment history" columns={HISTORY_COLUMNS} rows={payments.history} rowKey={(p) => p.id} emptyText="No payments on file." />
    </>
  );
}
