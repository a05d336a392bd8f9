import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOptInCandidate } from '../../test/build-opt-in-candidate';
import { createFakeRepConsole } from '../../test/create-fake-rep-console';
import { press, pressAlt, tabTo, typeText } from '../../test/keyboard';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';
import { renderConsole } from '../../test/render-console';

afterEach(cleanup);

const TITLE = 'What-if bill calculator';

/** Picks a drop-down option as the arrow keys would (jsdom has no native select behaviour). */
function choose(select: HTMLElement, value: string): void {
  fireEvent.change(select, { target: { value } });
}

describe('what-if calculator', () => {
  it('opens from the palette with no member and works the bills out with the shared calculator', async () => {
    await renderConsole(createFakeRepConsole());
    press('k', { ctrlKey: true, code: 'KeyK' });
    typeText('what-if');
    press('Enter');
    const dialog = await screen.findByRole('dialog', { name: TITLE });
    await within(dialog).findByRole('combobox', { name: 'Plan year' });
    choose(within(dialog).getByRole('combobox', { name: 'Plan year' }), '2025');
    choose(within(dialog).getByRole('combobox', { name: 'Opt-in month' }), '9');
    tabTo(within(dialog).getByRole('textbox', { name: 'Already spent this year' }));
    typeText('400');
    press('Tab');
    typeText('1,000.00');
    tabTo(within(dialog).getByRole('radio', { name: 'Every month from the opt-in month' }));
    press('ArrowDown');

    // DOMAIN.md's September example: $400.00, then $200.00 for October to December.
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Bills for September to December 2025 total $1,000.00: the first is $400.00, the last $200.00.'));
    const rows = within(within(dialog).getByRole('table', { name: 'Monthly bills' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'September$400.00$1,000.00$400.00$600.00',
      'October—$0.00$200.00$400.00',
      'November—$0.00$200.00$200.00',
      'December—$0.00$200.00$0.00',
    ]);
    const chart = within(dialog).getByRole('img', { name: /^Monthly bills, 2025/ });
    expect(chart.querySelector('desc')?.textContent).toBe('Sep $400.00, Oct $200.00, Nov $200.00, Dec $200.00');
  });

  it('says plainly when a year has no threshold configured, and refuses bad amounts', async () => {
    await renderConsole(createFakeRepConsole());
    pressAlt('C');
    const dialog = await screen.findByRole('dialog', { name: TITLE });
    choose(await within(dialog).findByRole('combobox', { name: 'Plan year' }), '2027');
    await waitFor(() =>
      expect(within(dialog).getByRole('status').textContent).toBe("The 2027 out-of-pocket threshold is not configured yet, so bills can't be calculated for 2027."),
    );
    choose(within(dialog).getByRole('combobox', { name: 'Plan year' }), '2026');
    tabTo(within(dialog).getByRole('textbox', { name: 'Already spent this year' }));
    typeText('-20');
    expect((await within(dialog).findByRole('alert')).textContent).toBe("Amounts can't be negative.");
    typeText('12.345');
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toBe('Use at most two decimal places (whole cents).'));
    expect(within(dialog).queryByRole('table')).toBeNull();
    press('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("starts from the open member's date and what they paid before this month", async () => {
    await openMemberByKeyboard(buildOptInCandidate());
    pressAlt('C');
    const dialog = await screen.findByRole('dialog', { name: TITLE });
    expect(within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Plan year' }).value).toBe('2026');
    expect(within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Opt-in month' }).value).toBe('11');
    expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Already spent this year' }).value).toBe('400.00');
  });
});
