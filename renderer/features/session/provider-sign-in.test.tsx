import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeRepConsole } from '../../test/create-fake-rep-console';
import { renderConsole } from '../../test/render-console';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const LEAD = { user: { id: 'lead1', displayName: 'Morgan Lee', role: 'team_lead' as const }, signedInAt: '2026-03-01T14:00:00.000Z' };
const PAGE = 'http://127.0.0.1:4011/auth?client_id=rep-console&state=s';

async function renderWithProvider() {
  const fake = createFakeRepConsole({ session: null });
  fake.useProvider();
  await renderConsole(fake);
  return fake;
}

describe('single sign-on on the sign-in screen', () => {
  it('offers only the company account, opens its page in a new tab, and lands signed in with the role shown', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const fake = await renderWithProvider();
    const start = screen.getByRole('button', { name: 'Sign in with your company account' });
    await waitFor(() => expect(document.activeElement).toBe(start));
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByText(/Sandbox users/)).toBeNull();

    fireEvent.click(start);
    expect(screen.getByRole('status').textContent).toBe('Finish signing in in your browser…');
    expect(fake.isProviderSignInWaiting()).toBe(true);
    fake.emitOpenExternal(PAGE);
    expect(open).toHaveBeenCalledWith(PAGE, '_blank', 'noopener');
    expect((await screen.findByRole('link', { name: 'Open the sign-in page' })).getAttribute('href')).toBe(PAGE);

    fake.finishProviderSignIn(LEAD);
    expect(await screen.findByRole('searchbox', { name: 'Find a member' })).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('Morgan Lee · Team lead');
  });

  it('ends the wait quietly when the rep cancels, and announces why when the sign-in fails', async () => {
    const fake = await renderWithProvider();
    const start = screen.getByRole('button', { name: 'Sign in with your company account' });
    fireEvent.click(start);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(document.activeElement).toBe(start);

    fireEvent.click(start);
    fake.failProviderSignIn({ code: 'SIGN_IN_FAILED', message: 'Your company account refused the sign-in.' });
    expect((await screen.findByRole('alert')).textContent).toBe('Your company account refused the sign-in.');
    expect(fake.isProviderSignInWaiting()).toBe(false);
  });
});
