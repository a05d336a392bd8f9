import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestProfile } from '../../test/build-test-profile';
import { BillingPanel } from './billing-panel';

afterEach(cleanup);

describe('the billing schedule', () => {
  it('shows the failure-to-pay notice date and the grace-period end on unpaid bills only', () => {
    render(<BillingPanel billing={buildTestProfile().billing} />);
    const table = screen.getByRole('table', { name: 'Monthly schedule' });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    const column = (name: string) => headers.indexOf(name);
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.trim()));
    expect(rows.map((cells) => [cells[0], cells[column('Notice')], cells[column('Grace ends')]])).toEqual([
      ['January 2026', '—', '—'],
      ['February 2026', '03/30/2026', '04/30/2026'],
    ]);
  });

  it('states the full balance a payment may pay', () => {
    render(<BillingPanel billing={buildTestProfile().billing} />);
    const totals = screen.getByRole('table', { name: 'Totals' });
    expect(within(totals).getByText('Full balance').closest('tr')?.textContent).toContain('$245.00');
  });
});
