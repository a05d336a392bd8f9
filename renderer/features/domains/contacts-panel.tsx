/** Contact history: every call, letter and web session, so the rep knows what the member was already told. */
import type { Contact } from '../../../shared/domain/contacts';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { formatDateTime } from '../../ui/format-date-time';
import { DOMAIN_LABELS } from './domain-labels';

const COLUMNS: readonly DataColumn<Contact>[] = [
  { header: 'Date/time', render: (c) => <time dateTime={c.occurredAt}>{formatDateTime(c.occurredAt)}</time> },
  { header: 'Channel', render: (c) => DOMAIN_LABELS.contactChannel[c.channel] },
  { header: 'Direction', render: (c) => DOMAIN_LABELS.contactDirection[c.direction] },
  { header: 'Agent', render: (c) => c.agentName },
  { header: 'Reason', render: (c) => c.reason },
  { header: 'Notes', isWide: true, render: (c) => c.notes || '—' },
  { header: 'Confirmation #', render: (c) => (c.confirmationNumber ? <span className="mono">{c.confirmationNumber}</span> : '—') },
];

/** Contacts newest first, as main sends them. */
export interface ContactsPanelProps {
  readonly contacts: readonly Contact[];
}

/** Renders the contact history table. */
export function ContactsPanel({ contacts }: ContactsPanelProps) {
  return <DataTable caption="Contact history" columns={COLUMNS} rows={contacts} rowKey={(c) => c.id} emptyText="No contacts on file." />;
}
