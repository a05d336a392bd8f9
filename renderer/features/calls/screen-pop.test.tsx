import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { SearchResult } from '../../../shared/ipc/views';
import { buildTestProfile } from '../../test/build-test-profile';
import { buildRingingCall } from '../../test/create-fake-calls';
import { press } from '../../test/keyboard';
import { liveRegions, pushCall, pushPop, renderCallsConsole } from '../../test/render-calls-console';

afterEach(cleanup);

const maria = buildTestProfile();
const mario = buildTestProfile({ member: { memberId: 'NSH400099999', mbi: '3C45D67EF89', firstName: 'Mario', middleInitial: null, dateOfBirth: '1949-07-02' } });

function candidate({ member, client, participation }: MemberProfile): SearchResult {
  const { memberId, mbi, clientId, firstName, lastName, dateOfBirth, phone, address } = member;
  return { summary: { memberId, mbi, clientId, firstName, lastName, dateOfBirth, phone, city: address.city, state: address.state, participationStatus: participation.status }, client };
}

const searchBox = () => screen.getByRole<HTMLInputElement>('searchbox', { name: 'Find a member' });
// Read from the DOM: an open dialog hides the page from role queries.
const heading = () => document.querySelector('h1')?.textContent;

async function openBySearch(memberId: string, name: string): Promise<void> {
  fireEvent.change(searchBox(), { target: { value: memberId } });
  fireEvent.keyDown(searchBox(), { key: 'Enter' });
  fireEvent.click(within(await screen.findByRole('listbox', { name: 'Search results' })).getByRole('option'));
  await screen.findByRole('heading', { level: 1, name });
}

describe('screen pop', () => {
  it("opens the caller's record without moving focus or touching what the rep is typing", async () => {
    const fake = await renderCallsConsole({ profiles: [maria] });
    fireEvent.change(searchBox(), { target: { value: 'Smi' } });
    pushCall(fake, buildRingingCall());
    pushPop(fake, { callId: 'call-1', target: { kind: 'member', memberId: maria.member.memberId } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Maria Garcia' })).toBeTruthy();
    expect(document.activeElement).toBe(searchBox());
    expect(searchBox().value).toBe('Smi');
    expect(screen.getByRole('region', { name: 'Incoming call' }).textContent).toContain("The caller's record is open.");
    expect(liveRegions().polite).toBe("The caller's record is open.");
  });

  it('pops once per call id: a replayed pop does not take the rep back after they moved on', async () => {
    const fake = await renderCallsConsole({ profiles: [maria, mario] });
    pushCall(fake, buildRingingCall());
    const pop = { callId: 'call-1', target: { kind: 'member' as const, memberId: maria.member.memberId } };
    pushPop(fake, pop);
    await screen.findByRole('heading', { level: 1, name: 'Maria Garcia' });
    await openBySearch(mario.member.memberId, 'Mario Garcia');

    pushPop(fake, pop);
    pushCall(fake, buildRingingCall({ phase: 'connected', answeredAt: new Date().toISOString() }));
    pushPop(fake, pop);
    expect(screen.queryByText('Opening member…')).toBeNull();
    expect(heading()).toBe('Mario Garcia');

    // The next call pops as usual.
    pushCall(fake, buildRingingCall({ callId: 'call-2' }));
    pushPop(fake, { callId: 'call-2', target: { kind: 'member', memberId: maria.member.memberId } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Maria Garcia' })).toBeTruthy();
  });

  it('never pops for a call that already ended', async () => {
    const fake = await renderCallsConsole({ profiles: [maria] });
    pushCall(fake, buildRingingCall({ phase: 'ended', endedAt: new Date().toISOString() }));
    pushPop(fake, { callId: 'call-1', target: { kind: 'member', memberId: maria.member.memberId } });
    expect(screen.queryByText('Opening member…')).toBeNull();
    expect(heading()).toBe('No member open');
  });

  it('waits in the banner while a dialog is open, and opens the record when the rep asks', async () => {
    const fake = await renderCallsConsole({ profiles: [maria] });
    fireEvent.keyDown(searchBox(), { key: 'k', code: 'KeyK', ctrlKey: true });
    const input = screen.getByRole('combobox', { name: 'Type a command' });
    pushCall(fake, buildRingingCall());
    pushPop(fake, { callId: 'call-1', target: { kind: 'member', memberId: maria.member.memberId } });
    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBeTruthy();
    expect(document.activeElement).toBe(input);
    expect(heading()).toBe('No member open');
    expect(liveRegions().polite).toBe("The caller's record is ready to open.");
    // The modal hides the page from assistive tech, but not the call's live regions.
    expect(document.querySelector('[data-live="call-status"]')?.closest('[aria-hidden="true"]')).toBeNull();

    fireEvent.keyDown(input, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: "Open the caller's record" }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Maria Garcia' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: "Open the caller's record" })).toBeNull();
  });

  it('offers a chooser when several members share the number, focused when the rep is not typing', async () => {
    const fake = await renderCallsConsole({ profiles: [maria, mario] });
    await openBySearch(maria.member.memberId, 'Maria Garcia');
    searchBox().blur();
    pushCall(fake, buildRingingCall());
    pushPop(fake, { callId: 'call-1', target: { kind: 'choose', candidates: [candidate(maria), candidate(mario)] } });
    // The previous caller's record leaves the screen until the rep picks this caller.
    expect(heading()).toBe('No member open');
    const chooser = screen.getByRole('listbox', { name: /2 members have this number/ });
    const options = within(chooser).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Garcia, MariaDOB 03/14/1951 · Northstar · Springfield, IL', 'Garcia, MarioDOB 07/02/1949 · Northstar · Springfield, IL']);
    expect(document.activeElement).toBe(options[0]);
    expect(screen.queryByRole('listbox', { name: 'Search results' })).toBeNull();

    press('ArrowDown');
    expect(document.activeElement).toBe(options[1]);
    press('Enter');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mario Garcia' })).toBeTruthy();
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    expect(options[1]?.textContent).toContain('Open');
    expect(document.activeElement).toBe(options[1]);
  });

  it('shows the chooser without focusing it while the rep types', async () => {
    const fake = await renderCallsConsole({ profiles: [maria, mario] });
    fireEvent.change(searchBox(), { target: { value: 'Garcia 03/1' } });
    pushCall(fake, buildRingingCall());
    pushPop(fake, { callId: 'call-1', target: { kind: 'choose', candidates: [candidate(maria), candidate(mario)] } });
    expect(within(screen.getByRole('listbox', { name: /2 members have this number/ })).getAllByRole('option')).toHaveLength(2);
    expect(document.activeElement).toBe(searchBox());
    expect(searchBox().value).toBe('Garcia 03/1');
  });

  it('opens the search filled in with an unknown number, focused and selected, the last caller gone', async () => {
    const fake = await renderCallsConsole({ profiles: [maria] });
    await openBySearch(maria.member.memberId, 'Maria Garcia');
    searchBox().blur();
    pushCall(fake, buildRingingCall({ callerNumber: '(555) 000-1111' }));
    pushPop(fake, { callId: 'call-1', target: { kind: 'search', query: '(555) 000-1111' } });
    expect(searchBox().value).toBe('(555) 000-1111');
    expect(document.activeElement).toBe(searchBox());
    expect([searchBox().selectionStart, searchBox().selectionEnd]).toEqual([0, '(555) 000-1111'.length]);
    expect(screen.getByText('Searching by phone number')).toBeTruthy();
    expect(heading()).toBe('No member open');
    expect(screen.queryByRole('listbox', { name: 'Search results' })).toBeNull();
    // Filled in, not searched: main already found no one with this number.
    expect(screen.queryByText('No members match that search.')).toBeNull();
  });

  it('keeps what the rep typed in the search box and offers the number instead', async () => {
    const fake = await renderCallsConsole({ profiles: [maria] });
    fireEvent.change(searchBox(), { target: { value: 'Garcia 03/14/1951' } });
    pushCall(fake, buildRingingCall({ callerNumber: '(555) 000-1111' }));
    pushPop(fake, { callId: 'call-1', target: { kind: 'search', query: '(555) 000-1111' } });
    expect(searchBox().value).toBe('Garcia 03/14/1951');
    expect(document.activeElement).toBe(searchBox());

    fireEvent.click(screen.getByRole('button', { name: 'Search for (555) 000-1111' }));
    await waitFor(() => expect(searchBox().value).toBe('(555) 000-1111'));
    expect(document.activeElement).toBe(searchBox());
  });

  it('opens an empty search, focused, for a withheld number', async () => {
    const fake = await renderCallsConsole({ profiles: [maria] });
    fireEvent.change(searchBox(), { target: { value: 'NSH400012345' } });
    screen.getByRole('button', { name: 'Commands (Ctrl+K)' }).focus();
    pushCall(fake, buildRingingCall({ callerNumber: null }));
    pushPop(fake, { callId: 'call-1', target: { kind: 'empty_search' } });
    expect(searchBox().value).toBe('');
    expect(document.activeElement).toBe(searchBox());
    expect(screen.getByRole('region', { name: 'Incoming call' }).textContent).toContain('The number is withheld: search for the caller.');
  });
});
