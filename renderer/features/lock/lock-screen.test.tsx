import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOptInCandidate } from '../../test/build-opt-in-candidate';
import { buildRingingCall } from '../../test/create-fake-calls';
import { press, pressAlt, typeText } from '../../test/keyboard';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';

afterEach(cleanup);

const MEMBER_HEADING = { level: 1, name: 'Maria Garcia' } as const;

/** The lock screen, once main said locked and focus is in its password field. */
async function waitForLockScreen(): Promise<HTMLElement> {
  const lock = await screen.findByRole('dialog', { name: 'Rep Console is locked' });
  await waitFor(() => expect(document.activeElement).toBe(within(lock).getByLabelText('Password')));
  return lock;
}

function unlockWith(lock: HTMLElement, password: string): void {
  typeText(password);
  fireEvent.submit(within(lock).getByLabelText('Password').closest('form')!);
}

describe('the lock screen', () => {
  it('hides every member detail and the open flow, keeps them mounted, and gives them back untouched after the unlock', { timeout: 20_000 }, async () => {
    const fake = await openMemberByKeyboard(buildOptInCandidate());
    pressAlt('I');
    // The flow's code loads on first use: on a busy machine that can take longer than the default wait.
    const flow = await screen.findByRole('dialog', { name: 'Opt in to the payment plan' }, { timeout: 10_000 });
    const date = within(flow).getByLabelText('Request date') as HTMLInputElement;
    date.focus();
    typeText('2026-11-10');

    act(() => fake.emitLocked());
    const lock = await waitForLockScreen();
    expect(lock.textContent).toContain('Signed in as Riley Park (Rep).');
    // Gone from the accessible page (hidden and inert), but still in the document: nothing is lost.
    const behind = [flow, screen.getByRole('heading', { ...MEMBER_HEADING, hidden: true })].map((element) => element.closest('body > *')!);
    for (const top of behind) expect([top.hasAttribute('hidden'), top.hasAttribute('inert')]).toEqual([true, true]);
    expect(screen.queryByRole('dialog', { name: 'Opt in to the payment plan' })).toBeNull();
    expect(flow.isConnected).toBe(true);

    // Escape and shortcuts do nothing to what is behind the lock.
    press('Escape');
    press('i', { altKey: true, code: 'KeyI' });
    expect(flow.isConnected).toBe(true);

    unlockWith(lock, 'sandbox');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Rep Console is locked' })).toBeNull());
    for (const top of behind) expect([top.hasAttribute('hidden'), top.hasAttribute('inert')]).toEqual([false, false]);
    expect(screen.getByRole('dialog', { name: 'Opt in to the payment plan' })).toBe(flow);
    expect(date.value).toBe('2026-11-10');
    expect(document.activeElement, document.activeElement?.outerHTML).toBe(date);
  });

  it('stays locked on a wrong password, says so, and keeps the cursor in the password field', async () => {
    const fake = await openMemberByKeyboard(buildOptInCandidate());
    expect(screen.getByRole('heading', MEMBER_HEADING)).toBeTruthy();
    act(() => fake.emitLocked('manual'));
    const lock = await waitForLockScreen();
    expect(screen.queryByRole('heading', MEMBER_HEADING)).toBeNull();
    expect(lock.textContent).toContain('The console was locked on request.');
    unlockWith(lock, 'not-it');
    expect((await within(lock).findByRole('alert')).textContent).toBe('That password is not right. The console stays locked.');
    expect(document.activeElement).toBe(within(lock).getByLabelText('Password'));
    expect((within(lock).getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('heading', MEMBER_HEADING)).toBeNull();
    unlockWith(lock, 'sandbox');
    await screen.findByRole('heading', MEMBER_HEADING);
  });

  it('offers the other person at the desk to sign out instead, which ends the session and forgets the member', async () => {
    const fake = await openMemberByKeyboard(buildOptInCandidate());
    act(() => fake.emitLocked());
    const lock = await waitForLockScreen();
    fireEvent.click(within(lock).getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { name: 'Sign in to Rep Console' });
    expect(screen.queryByRole('heading', { ...MEMBER_HEADING, hidden: true })).toBeNull();
  });

  it('says a call is ringing without saying who, and still answers it with Alt+A', async () => {
    const fake = await openMemberByKeyboard(buildOptInCandidate());
    act(() => fake.emitLocked());
    const lock = await waitForLockScreen();
    act(() => fake.emitCall(buildRingingCall()));
    await within(lock).findByText('A call is ringing: Alt+A answers it. Unlock to see who is calling.');
    expect(lock.textContent).not.toContain('201-4477');
    press('a', { altKey: true, code: 'KeyA' });
    await waitFor(() => expect(fake.callCommands).toEqual([expect.objectContaining({ action: 'answer' })]));
    expect(document.activeElement).toBe(within(lock).getByLabelText('Password'));
  });

  it('locks on Ctrl+L, and lists "Lock the console" in the command palette', async () => {
    await openMemberByKeyboard(buildOptInCandidate());
    press('k', { ctrlKey: true, code: 'KeyK' });
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    expect(within(palette).getByRole('option', { name: /Lock the console/ })).toBeTruthy();
    press('Escape');
    press('l', { ctrlKey: true, code: 'KeyL' });
    await waitForLockScreen();
  });
});
