import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApprovalQueueItem } from '../../../shared/api/approval-routes';
import type { Session } from '../../../shared/domain/session';
import { buildTestProfile } from '../../test/build-test-profile';
import { createFakeRepConsole } from '../../test/create-fake-rep-console';
import { press, typeText } from '../../test/keyboard';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';
import { renderConsole } from '../../test/render-console';

afterEach(cleanup);

const LEAD: Session = { user: { id: 'lead1', displayName: 'Morgan Lee', role: 'team_lead' }, signedInAt: '2026-03-01T14:00:00.000Z' };

const backdate = (overrides: Partial<ApprovalQueueItem> = {}): ApprovalQueueItem => ({
  id: 'APR-AAAA1111', kind: 'effective_date_change', status: 'pending', memberId: 'NSH400012345', clientId: 'northstar', requestedBy: 'Rep Jordan Alvarez',
  requestedAt: '2026-03-01T13:02:00.000Z', reason: 'Form was dated in January.', confirmationNumber: 'M3P-AAAA-1111', effectiveOn: '2026-01-15', amountCents: null,
  refundKind: null, memberName: 'Maria Garcia', requestedById: 'rep1', planYear: 2026, requestedOn: '2026-03-01', currentEffectiveOn: '2026-03-01', refundDestination: null,
  ...overrides,
});
const refund = backdate({
  id: 'APR-BBBB2222', kind: 'refund', memberId: 'NSH400099999', memberName: 'Ann Lee', effectiveOn: null, currentEffectiveOn: null, amountCents: 6_250,
  refundKind: 'member_refund', refundDestination: 'Check to address on file', requestedBy: 'Team lead Morgan Lee', requestedById: 'lead1', confirmationNumber: 'RFD-BBBB-2222',
});

const altShift = (letter: string) => press(letter, { altKey: true, shiftKey: true, code: `Key${letter}` });

describe('the team area for a rep', () => {
  it('lists no lead command, and says the queue is for team leads when asked by name or by shortcut', async () => {
    const fake = createFakeRepConsole();
    await renderConsole(fake);
    press('k', { ctrlKey: true, code: 'KeyK' });
    const palette = screen.getByRole('dialog', { name: 'Command palette' });
    expect(within(palette).queryByRole('option', { name: /approvals|floor board|audit trail/i })).toBeNull();
    typeText('approvals');
    expect(within(palette).getByRole('status').textContent).toBe('Team leads only: you are signed in as a rep.');
    press('Escape');
    altShift('A');
    expect(screen.queryByRole('region', { name: /Team area/ })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Notices' })).getByRole('listitem').textContent).toContain('Team leads only: you are signed in as a rep.');
    expect(fake.decisions).toEqual([]);
  });

  it('tells the rep when a lead decides their request, read out once and shown until dismissed', async () => {
    const profile = buildTestProfile();
    const fake = await openMemberByKeyboard(profile);
    fake.emitApprovalDecided({
      type: 'approval_decided', approvalId: 'APR-AAAA1111', kind: 'effective_date_change', memberId: profile.member.memberId, decision: 'reject',
      reason: 'No record of the call.', confirmationNumber: 'M3P-ZZZZ-9999', decidedBy: 'Team lead Morgan Lee', decidedAt: '2026-03-01T14:05:00.000Z',
    });
    const text = 'Team lead Morgan Lee rejected your back-date for member NSH400012345: No record of the call. Confirmation number M3P-ZZZZ-9999.';
    const notices = await screen.findByRole('list', { name: 'Notices' });
    expect(within(notices).getByRole('listitem').textContent).toContain(text);
    // Read out once by screen readers (the polite status line), shown until dismissed.
    expect(screen.getAllByRole('status').filter((s) => s.textContent === text)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: `Dismiss: ${text}` }));
    expect(screen.queryByRole('list', { name: 'Notices' })).toBeNull();
  });
});

describe('the team area for a lead', () => {
  it('opens the queue in place of the member, who is still there on Escape with focus back where it was', async () => {
    const profile = buildTestProfile();
    const fake = await openMemberByKeyboard(profile, { session: LEAD });
    fake.setApprovalsQueue([backdate(), refund]);
    const heading = screen.getByRole('heading', { level: 1, name: 'Maria Garcia' });
    const search = screen.getByRole('searchbox', { name: 'Find a member' });
    search.focus();
    altShift('A');
    const area = await screen.findByRole('region', { name: 'Team area: Approvals queue' });
    const decide = await within(area).findByRole('button', { name: 'Decide: Back-date to 01/15/2026 (now 03/01/2026), Maria Garcia' });
    await waitFor(() => expect(document.activeElement).toBe(decide));
    expect(heading.isConnected && heading.closest('[hidden]')).toBeTruthy();
    const own = within(area).getByRole('button', { name: /^Yours: another lead decides \(Refund of \$62\.50 to Check to address on file, Ann Lee\)/ });
    expect(own.getAttribute('aria-disabled')).toBe('true');
    press('ArrowDown');
    expect(document.activeElement).toBe(own);
    press('Enter');
    expect(screen.queryByRole('dialog')).toBeNull();
    press('Escape');
    expect(screen.queryByRole('region', { name: /Team area/ })).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Maria Garcia' })).toBe(heading);
    expect(document.activeElement).toBe(search);
  });

  it('rejects a request by keyboard, asking for the reason first, and shows the confirmation number', async () => {
    const fake = createFakeRepConsole({ session: LEAD });
    fake.setApprovalsQueue([backdate()]);
    await renderConsole(fake);
    altShift('A');
    const decideButton = await screen.findByRole('button', { name: /^Decide: Back-date/ });
    await waitFor(() => expect(document.activeElement).toBe(decideButton));
    press('Enter');
    const dialog = screen.getByRole('dialog', { name: 'Decide: Back-date to 01/15/2026 (now 03/01/2026)' });
    expect(within(dialog).getByRole('radio', { name: 'Approve' })).toBe(document.activeElement);
    press('ArrowDown');
    press('Tab');
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Reason (required)' }));
    press('Enter');
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Say why it is rejected');
    expect(fake.decisions).toEqual([]);
    typeText('No record of the earlier call.');
    press('Enter');
    await within(dialog).findByText(/Rejected\. Confirmation number/);
    expect(fake.decisions).toEqual([{ actionId: expect.any(String), memberId: 'NSH400012345', request: { approvalId: 'APR-AAAA1111', decision: 'reject', reason: 'No record of the earlier call.' } }]);
    expect(screen.queryByRole('button', { name: /^Decide:/ })).toBeNull();
    press('Enter');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Nothing waits for a decision.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Refresh' }));
  });
});
