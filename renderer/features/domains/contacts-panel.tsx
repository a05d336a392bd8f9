/**
 * Contact history as one timeline, newest first: calls, automated-line and web visits, letters, and
 * the actions on the record with their confirmation numbers, so the rep sees at a glance what the
 * member already did or was told and never walks them through it again.
 */
import type { ReactNode } from 'react';
import type { Contact, ContactActionKind, ContactChannel } from '../../../shared/domain/contacts';
import { Badge } from '../../ui/badge';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { formatDateTime } from '../../ui/format-date-time';
import { DOMAIN_LABELS } from './domain-labels';

const ACTION_LABELS = {
  opt_in: 'Opt-in', opt_out: 'Opt-out', back_date: 'Back-date', payment: 'Payment', refund: 'Refund',
} as const satisfies Record<ContactActionKind, string>;

// 16-px outline glyphs; decorative only: the channel's name is always written beside its icon.
const ICON_PATHS = {
  phone: 'M3 2h3l1.5 4-2 1.2a9 9 0 0 0 3.3 3.3L10 8.5l4 1.5v3a1 1 0 0 1-1 1A12 12 0 0 1 2 3a1 1 0 0 1 1-1z',
  ivr: 'M3 1.5h10v13H3zM5.5 4h1M9.5 4h1M5.5 7h1M9.5 7h1M5.5 10h1M9.5 10h1M7.5 12.5h1',
  web: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM1.5 8h13M8 1.5c2 2 2 11 0 13M8 1.5c-2 2-2 11 0 13',
  mail: 'M1.5 3.5h13v9h-13zM1.5 3.5 8 9l6.5-5.5',
  chat: 'M2 2.5h12v8H6l-3 3v-3H2z',
} as const satisfies Record<ContactChannel, string>;

function ChannelCell({ channel }: { readonly channel: ContactChannel }): ReactNode {
  return (
    <span className="contact-channel">
      <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round">
        <path d={ICON_PATHS[channel]} />
      </svg>{' '}
      {DOMAIN_LABELS.contactChannel[channel]}
    </span>
  );
}

function WhatHappened({ contact }: { readonly contact: Contact }): ReactNode {
  return (
    <>
      {contact.actionKind ? <><Badge tone={contact.kind === 'action' ? 'blue' : 'grey'}>{ACTION_LABELS[contact.actionKind]}</Badge>{' '}</> : null}
      {contact.reason}
    </>
  );
}

const COLUMNS: readonly DataColumn<Contact>[] = [
  { header: 'Date/time', render: (c) => <time dateTime={c.occurredAt}>{formatDateTime(c.occurredAt)}</time> },
  { header: 'Channel', render: (c) => <ChannelCell channel={c.channel} /> },
  { header: 'What happened', render: (c) => <WhatHappened contact={c} /> },
  { header: 'Direction', render: (c) => DOMAIN_LABELS.contactDirection[c.direction] },
  { header: 'By', render: (c) => c.agentName },
  { header: 'Notes', isWide: true, render: (c) => c.notes || '—' },
  { header: 'Confirmation #', render: (c) => (c.confirmationNumber ? <span className="mono">{c.confirmationNumber}</span> : '—') },
];

/** The timeline newest first, as main sends it. */
export interface ContactsPanelProps {
  readonly contacts: readonly Contact[];
}

/** Renders the timeline as an accessible table (caption, column headers). */
export function ContactsPanel({ contacts }: ContactsPanelProps) {
  return <DataTable caption="Contact history, newest first" columns={COLUMNS} rows={contacts} rowKey={(c) => c.id} emptyText="No contacts on file." />;
}
