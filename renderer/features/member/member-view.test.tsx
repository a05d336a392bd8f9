import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestProfile } from '../../test/build-test-profile';
import { buildTestView, createFakeRepConsole } from '../../test/create-fake-rep-console';
import { renderConsole } from '../../test/render-console';

afterEach(cleanup);

const profile = buildTestProfile();

async function openByPhoneSearch(): Promise<void> {
  const box = screen.getByRole('searchbox', { name: 'Find a member' });
  fireEvent.change(box, { target: { value: '(555) 201-4477' } });
  fireEvent.keyDown(box, { key: 'Enter' });
  const option = within(await screen.findByRole('listbox', { name: 'Search results' })).getByRole('option');
  fireEvent.keyDown(box, { key: 'ArrowDown' });
  expect(document.activeElement).toBe(option);
  fireEvent.keyDown(option, { key: 'Enter' });
  await screen.findByRole('heading', { level: 1, name: 'Maria Garcia' });
}

describe('member view', () => {
  it('shows a cached copy as cached and refreshing, then replaces it when main sends the refreshed member', async () => {
    const fake = createFakeRepConsole({ profiles: [profile], openFrom: 'cache' });
    await renderConsole(fake);
    await openByPhoneSearch();
    expect(screen.getByText('From cache, fetched just now · Refreshing…')).toBeTruthy();
    expect(screen.getByRole('row', { name: 'Phone (555) 201-4477' })).toBeTruthy();
    expect(screen.getByRole('row', { name: 'Name Maria T. Garcia' })).toBeTruthy();

    const newer = buildTestProfile({ member: { phone: '+15559876543', lastName: 'Garcia-Lopez' } });
    fake.emitMemberRefreshed(buildTestView(newer));

    expect(await screen.findByRole('heading', { level: 1, name: 'Maria Garcia-Lopez' })).toBeTruthy();
    expect(screen.getByRole('row', { name: 'Phone (555) 987-6543' })).toBeTruthy();
    expect(screen.getByText(/^Live from the payer backend, \d{1,2}:\d{2} [AP]M$/)).toBeTruthy();
    expect(screen.queryByText(/Refreshing…/)).toBeNull();
  });

  it('ignores a refreshed member that is not the one on screen', async () => {
    const fake = createFakeRepConsole({ profiles: [profile], openFrom: 'cache' });
    await renderConsole(fake);
    await openByPhoneSearch();
    const other = buildTestProfile({ member: { memberId: 'NSH400000001', firstName: 'Ana' } });
    fake.emitMemberRefreshed(buildTestView(other));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Maria Garcia');
  });

  it('keeps the cached data and says why when the background refresh fails', async () => {
    const fake = createFakeRepConsole({ profiles: [profile], openFrom: 'cache' });
    await renderConsole(fake);
    await openByPhoneSearch();
    fake.emitMemberRefreshFailed({ memberId: profile.member.memberId, message: "Showing the cached copy. Can't reach the payer backend." });
    await waitFor(() => expect(screen.getByText("Showing the cached copy. Can't reach the payer backend.").getAttribute('role')).toBe('status'));
    expect(screen.getByText('From cache, fetched just now')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Maria Garcia');
  });

  it('goes back to sign-in and takes the member off screen when main ends the session', async () => {
    const fake = createFakeRepConsole({ profiles: [profile], openFrom: 'cache' });
    await renderConsole(fake);
    await openByPhoneSearch();
    fake.emitSessionEnded('Your session has expired. Sign in again.');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Rep Console' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Your session has expired. Sign in again.');
    expect(screen.queryByText('Maria Garcia')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('User name'));
  });

  it('masks the MBI until the rep asks main to reveal it, and masks it again with Alt+M', async () => {
    const fake = createFakeRepConsole({ profiles: [profile] });
    await renderConsole(fake);
    await openByPhoneSearch();
    const main = screen.getByRole('main');
    expect(within(main).getByText('•••••••MK73')).toBeTruthy();
    expect(main.textContent).not.toContain('1EG4');
    fireEvent.click(within(main).getByRole('button', { name: 'Show MBI' }));
    expect(await within(main).findByText('1EG4-TE5-MK73')).toBeTruthy();
    expect(fake.revealedMbis).toEqual([profile.member.memberId]);
    expect(within(main).getByRole('button', { name: 'Show MBI' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(document.body, { key: 'µ', code: 'KeyM', altKey: true });
    expect(await within(main).findByText('•••••••MK73')).toBeTruthy();
    expect(fake.revealedMbis).toHaveLength(1);
  });

  it('says in words when a domain is empty or the member is not participating', async () => {
    await renderConsole(createFakeRepConsole({ profiles: [buildTestProfile({ billing: null })] }));
    await openByPhoneSearch();
    fireEvent.click(screen.getByRole('tab', { name: 'Refunds' }));
    expect(screen.getByRole('tabpanel', { name: 'Refunds' }).textContent).toContain('No refunds on file.');
    fireEvent.click(screen.getByRole('tab', { name: 'Balance & bills' }));
    expect(screen.getByRole('tabpanel', { name: 'Balance & bills' }).textContent).toBe('Not participating this plan year.');
  });
});
