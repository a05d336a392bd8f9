import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeRepConsole, ONLINE } from '../../test/create-fake-rep-console';
import { renderConsole } from '../../test/render-console';

afterEach(cleanup);

function submit(userName: string, password: string): void {
  fireEvent.change(screen.getByLabelText('User name'), { target: { value: userName } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in', () => {
  it('starts in the user name field with the sandbox hint shown', async () => {
    await renderConsole(createFakeRepConsole({ session: null }));
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Rep Console' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('User name'));
    expect(screen.getByText('Sandbox users: rep1, rep2, lead1 — password sandbox')).toBeTruthy();
  });

  it('shows no sandbox users when main says the backend is not the sandbox', async () => {
    await renderConsole(createFakeRepConsole({ session: null, isSandboxBackend: false }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('User name')));
    expect(screen.queryByText(/Sandbox users/)).toBeNull();
  });

  it('shows the sandbox users once main learns, after start-up, that the backend is the sandbox', async () => {
    const fake = createFakeRepConsole({ session: null });
    fake.failNext('getAppStatus', { code: 'BACKEND_UNREACHABLE', message: "Can't reach the payer backend." });
    await renderConsole(fake);
    expect(screen.queryByText(/Sandbox users/)).toBeNull();
    fake.emitConnectionChanged(ONLINE);
    expect(await screen.findByText('Sandbox users: rep1, rep2, lead1 — password sandbox')).toBeTruthy();
  });

  it("shows main's message in an alert when the password is wrong", async () => {
    await renderConsole(createFakeRepConsole({ session: null }));
    submit('rep1', 'nope');
    expect((await screen.findByRole('alert')).textContent).toBe("That user name and password don't match.");
  });

  it('asks for a missing password without calling main', async () => {
    await renderConsole(createFakeRepConsole({ session: null }));
    submit('rep1', '');
    expect(screen.getByRole('alert').textContent).toBe('Enter your password.');
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
  });

  it('lands in the member search after signing in, and back on sign-in after signing out', async () => {
    await renderConsole(createFakeRepConsole({ session: null }));
    submit('rep1', 'sandbox');
    const box = await screen.findByRole('searchbox', { name: 'Find a member' });
    expect(document.activeElement).toBe(box);
    expect(screen.getByRole('banner').textContent).toContain('Riley Park · Rep');

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Rep Console' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('User name'));
  });
});
