import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../shared/domain/contacts';
import { ContactsPanel } from './contacts-panel';

afterEach(cleanup);

const base = { direction: 'inbound', notes: '', confirmationNumber: null, actionKind: null, kind: 'contact' } as const;
const TIMELINE: Contact[] = [
  { ...base, id: 'a1', occurredAt: '2026-11-12T12:00:00.000Z', kind: 'action', actionKind: 'payment', channel: 'web', agentName: 'Member portal', reason: 'Payment online', notes: '$175.00 paid with Visa •••• 4242; posted.', confirmationNumber: 'PAY-7Q4K-2C9D' },
  { ...base, id: 'c2', occurredAt: '2026-11-05T14:09:10Z', channel: 'ivr', agentName: 'Automated phone line', reason: 'Balance heard on the automated line' },
  { ...base, id: 'c1', occurredAt: '2026-10-08T16:58:36Z', actionKind: 'opt_in', channel: 'phone', agentName: 'T. Brooks', reason: 'M3P opt-in request', confirmationNumber: 'M3P-DKXD-RT5K' },
];

describe('the contact history timeline', () => {
  it('is one table, newest first, with the channel in words, what happened and the confirmation number', () => {
    render(<ContactsPanel contacts={TIMELINE} />);
    const table = screen.getByRole('table', { name: 'Contact history, newest first' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Date/time', 'Channel', 'What happened', 'Direction', 'By', 'Notes', 'Confirmation #']);
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.trim()));
    expect(rows.map((cells) => [cells[1], cells[2], cells[6]])).toEqual([
      ['Web', 'Payment Payment online', 'PAY-7Q4K-2C9D'],
      ['Automated line (IVR)', 'Balance heard on the automated line', '—'],
      ['Phone', 'Opt-in M3P opt-in request', 'M3P-DKXD-RT5K'],
    ]);
    // Icons are decoration: a screen reader hears the channel's name only.
    expect(within(table).queryAllByRole('img')).toEqual([]);
  });

  it('says so when there is nothing on file', () => {
    render(<ContactsPanel contacts={[]} />);
    expect(screen.getByText('No contacts on file.')).toBeTruthy();
  });
});
