import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOptInCandidate } from '../../test/build-opt-in-candidate';
import { buildTestProfile } from '../../test/build-test-profile';
import { countPresses, press, pressAlt, resetPresses, tabTo, typeText } from '../../test/keyboard';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';

afterEach(cleanup);

const TITLE = 'Opt out of the payment plan';

async function startOptOut(): Promise<HTMLElement> {
  pressAlt('O');
  const flow = await screen.findByRole('dialog', { name: TITLE });
  // The reasons come from clients:get-rules; none is chosen, so focus is on the first.
  await waitFor(() => expect(document.activeElement).toBe(within(flow).getByRole('radio', { name: 'Costs more than paying at the pharmacy' })));
  return flow;
}

describe('opt out', () => {
  it('opts out with the first reason in four key presses, showing what is still owed', async () => {
    const fake = await openMemberByKeyboard(buildTestProfile());
    resetPresses();
    const flow = await startOptOut();
    expect(within(flow).getByRole('heading', { name: 'Step 1 of 2: Reason and details' })).toBeTruthy();
    press(' ');
    press('Enter');
    const confirm = await within(flow).findByRole('button', { name: 'Confirm opt-out' });
    expect(document.activeElement).toBe(confirm);
    expect(flow.textContent).toContain('Opt Maria Garcia out of the Medicare Prescription Payment Plan. Reason: Costs more than paying at the pharmacy.');
    expect(flow.textContent).toContain('The remaining balance of $245.00 is still owed after opting out: $22.27 billed and due, $222.73 not billed yet.');
    const toCome = within(flow).getByRole('table', { name: 'Bills still to come' });
    expect(within(toCome).getAllByRole('row').map((row) => row.textContent)).toEqual(['MonthDue dateBillStatus', 'February 202603/15/2026$22.27Due']);
    press('Enter');
    await waitFor(() => expect(within(flow).getByText('M3P-TEST-0001').closest('[role="status"]')?.textContent).toBe('Opted out. Confirmation number M3P-TEST-0001'));
    expect(countPresses()).toBeLessThanOrEqual(8);
    expect(fake.changeCalls[0]?.input.request).toEqual({ reasonCode: 'COST', channel: 'phone', requestedOn: '2026-03-01', authorizedBy: { kind: 'member' } });
  });

  it('requires a reason before it continues', async () => {
    await openMemberByKeyboard(buildTestProfile());
    const flow = await startOptOut();
    press('Enter');
    expect((await within(flow).findByRole('alert')).textContent).toBe('Choose why the member is opting out.');
    expect(within(flow).getByRole('radiogroup', { name: 'Reason' }).getAttribute('aria-invalid')).toBe('true');
    expect(within(flow).queryByRole('button', { name: 'Confirm opt-out' })).toBeNull();
  });

  it('refuses a card number in the note and sends a plain note as written', async () => {
    const fake = await openMemberByKeyboard(buildTestProfile());
    const flow = await startOptOut();
    press(' ');
    tabTo(within(flow).getByRole('textbox', { name: 'Note (optional)' }));
    typeText('Card 4111 1111 1111 1111 on file');
    press('Enter');
    expect((await within(flow).findByRole('alert')).textContent).toBe('That looks like a card number. Never type card numbers into notes.');
    typeText('Prefers to pay at the pharmacy');
    press('Enter');
    await within(flow).findByRole('button', { name: 'Confirm opt-out' });
    press('Enter');
    await within(flow).findByText('M3P-TEST-0001');
    expect(fake.changeCalls[0]?.input.request).toMatchObject({ note: 'Prefers to pay at the pharmacy' });
  });

  it('never starts for a member who is not participating', async () => {
    const fake = await openMemberByKeyboard(buildOptInCandidate());
    pressAlt('O');
    const notice = await screen.findByRole('dialog', { name: TITLE });
    expect(notice.textContent).toContain('Maria Garcia is not in the payment plan (Not enrolled), so there is nothing to opt out of.');
    expect(within(notice).queryByRole('button', { name: 'Continue' })).toBeNull();
    press('Enter');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.changeCalls).toHaveLength(0);
  });

  it('opens from the Participation panel button too', async () => {
    await openMemberByKeyboard(buildTestProfile());
    press('2', { altKey: true, code: 'Digit2' });
    const panel = screen.getByRole('tabpanel', { name: 'Participation' });
    tabTo(within(panel).getByRole('button', { name: 'Opt out of the payment plan' }));
    press('Enter');
    expect(await screen.findByRole('dialog', { name: TITLE })).toBeTruthy();
  });
});
