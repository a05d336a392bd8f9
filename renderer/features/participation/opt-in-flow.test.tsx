import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOptInCandidate } from '../../test/build-opt-in-candidate';
import { buildTestProfile } from '../../test/build-test-profile';
import { countPresses, press, pressAlt, resetPresses, tabTo, typeText } from '../../test/keyboard';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';
import { continueToConfirm, startOptIn, waitForOptIn } from '../../test/opt-in-steps';

afterEach(cleanup);

const UNREACHABLE = { code: 'BACKEND_UNREACHABLE', message: "Can't reach the payer backend." } as const;

describe('opt in', () => {
  it('opts in with the defaults in three key presses and shows the confirmation number', async () => {
    const fake = await openMemberByKeyboard(buildOptInCandidate());
    const start = document.activeElement;
    resetPresses();
    const flow = await startOptIn();
    expect(within(flow).getByRole('heading', { name: 'Step 1 of 2: Authorisation and details' })).toBeTruthy();
    expect((within(flow).getByLabelText('Effective date') as HTMLInputElement).value).toBe('11/16/2026');
    await continueToConfirm(flow);
    expect(flow.textContent).toContain('Opt Maria Garcia in to the Medicare Prescription Payment Plan for 2026, effective 11/16/2026. Authorised by the member; requested by phone on 11/15/2026.');
    expect(flow.textContent).toContain(
      "the first bill (November 2026) would be $0.00: (threshold $2,100.00 − $726.25 already paid this year) ÷ 2 months left = cap $686.88; November's new cost sharing $0.00 is under the cap, so the bill is $0.00.",
    );
    press('Enter');
    await waitFor(() => expect(within(flow).getByText('M3P-TEST-0001').closest('[role="status"]')?.textContent).toBe('Opted in. Confirmation number M3P-TEST-0001'));
    expect(countPresses()).toBeLessThanOrEqual(6);
    expect(fake.changeCalls).toHaveLength(1);
    expect(fake.changeCalls[0]?.input).toMatchObject({ memberId: 'NSH400012345', request: { planYear: 2026, channel: 'phone', requestedOn: '2026-11-15', authorizedBy: { kind: 'member' } } });
    expect(document.activeElement).toBe(within(flow).getByRole('button', { name: 'Done' }));
    press('Enter');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(start);
  });

  it('sends the same actionId again when Confirm is pressed after the backend was unreachable', async () => {
    const fake = await openMemberByKeyboard(buildOptInCandidate());
    const flow = await startOptIn();
    const confirm = await continueToConfirm(flow);
    fake.failNext('optInMember', UNREACHABLE);
    press('Enter');
    const alert = await within(flow).findByRole('alert');
    expect(alert.textContent).toContain("Can't reach the payer backend.");
    expect(alert.textContent).toContain('Press Confirm opt-in to try again');
    expect(document.activeElement).toBe(confirm);
    // The first attempt may have landed: its details are locked until it goes through.
    expect(within(flow).queryByRole('button', { name: 'Back' })).toBeNull();
    press('Enter');
    await within(flow).findByText('M3P-TEST-0002');
    const [first, second] = fake.changeCalls;
    expect(second?.input.actionId).toBe(first?.input.actionId);
    expect(second?.input.request).toEqual(first?.input.request);
  });

  it('gives the action up when the rep closes the flow after a failed attempt, so main never sends it later on its own', async () => {
    const fake = await openMemberByKeyboard(buildOptInCandidate());
    const flow = await startOptIn();
    await continueToConfirm(flow);
    fake.failNext('optInMember', UNREACHABLE);
    press('Enter');
    await within(flow).findByRole('alert');
    press('Escape');
    const discard = screen.queryByRole('button', { name: 'Discard' });
    if (discard) discard.click();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(fake.abandoned).toEqual([fake.changeCalls[0]?.input.actionId]));
  });

  it('shows a refusal on the step, offers Back to details, and starts a new action from there', async () => {
    const fake = await openMemberByKeyboard(buildOptInCandidate());
    fake.answerChange('optInMember', { outcome: { status: 'refused', code: 'PRECLUDED_UNPAID_BALANCE', message: 'Maria Garcia owes $120.00 from 2025, so she cannot opt in yet.' } });
    const flow = await startOptIn();
    await continueToConfirm(flow);
    press('Enter');
    expect((await within(flow).findByRole('alert')).textContent).toContain('Maria Garcia owes $120.00 from 2025, so she cannot opt in yet.');
    expect(within(flow).queryByRole('button', { name: 'Confirm opt-in' })).toBeNull();
    expect(document.activeElement).toBe(within(flow).getByRole('button', { name: 'Back to details' }));
    press('Enter');
    await waitFor(() => expect(document.activeElement).toBe(within(flow).getByRole('radio', { name: 'The member' })));
    fake.answerChange('optInMember', { outcome: { status: 'completed', confirmationNumber: 'M3P-AAAA-BBBB' } });
    await continueToConfirm(flow);
    press('Enter');
    await within(flow).findByText('M3P-AAAA-BBBB');
    expect(fake.changeCalls[1]?.input.actionId).not.toBe(fake.changeCalls[0]?.input.actionId);
  });

  it('opens from the command palette and from the Participation panel button', async () => {
    await openMemberByKeyboard(buildOptInCandidate());
    press('k', { ctrlKey: true, code: 'KeyK' });
    typeText('opt in');
    press('Enter');
    await waitForOptIn();
    press('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    press('2', { altKey: true, code: 'Digit2' });
    const panel = screen.getByRole('tabpanel', { name: 'Participation' });
    tabTo(within(panel).getByRole('button', { name: 'Opt in to the payment plan' }));
    press('Enter');
    expect(await waitForOptIn()).toBeTruthy();
  });

  it('never starts when no plan year is open to the member, and says why', async () => {
    const fake = await openMemberByKeyboard(buildTestProfile());
    pressAlt('I');
    const notice = await screen.findByRole('dialog', { name: 'Opt in to the payment plan' });
    expect(notice.textContent).toContain("Maria Garcia can't opt in now.");
    expect(within(notice).getByRole('listitem').textContent).toBe('2026: Maria Garcia is already in the payment plan for 2026.');
    expect(within(notice).queryByRole('button', { name: 'Continue' })).toBeNull();
    expect(document.activeElement).toBe(within(notice).getByRole('button', { name: 'Close' }));
    press('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.changeCalls).toHaveLength(0);
  });

});
