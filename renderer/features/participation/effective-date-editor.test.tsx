import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { buildTestProfile } from '../../test/build-test-profile';
import { press, pressAlt, typeText } from '../../test/keyboard';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';

afterEach(cleanup);

/** Maria, opted in effective 06/01/2026, on 06/20/2026; Northstar's window is 30 days before today. */
function buildJuneParticipant(participation: Partial<MemberProfile['participation']> = {}): MemberProfile {
  const base = buildTestProfile({ asOf: '2026-06-20' });
  return { ...base, participation: { ...base.participation, effectiveOn: '2026-06-01', ...participation } };
}

const dateButton = () => screen.getByRole('button', { name: '06/01/2026 Back-date' });

async function startEditing(): Promise<HTMLElement> {
  pressAlt('B');
  await waitFor(() => expect(document.activeElement).toBe(dateButton()));
  press('Enter');
  const form = screen.getByRole('form', { name: 'Back-date the opt-in' });
  expect(document.activeElement).toBe(within(form).getByLabelText('New effective date'));
  return form;
}

function fillIn(date: string, reason: string): void {
  typeText(date);
  press('Tab');
  typeText(reason);
}

describe('back-dating the opt-in inline', () => {
  it('focuses the date with the shortcut, edits on Enter, and Escape cancels back to the date', async () => {
    const fake = await openMemberByKeyboard(buildJuneParticipant());
    await startEditing();
    press('Escape');
    expect(screen.queryByRole('form', { name: 'Back-date the opt-in' })).toBeNull();
    expect(document.activeElement).toBe(dateButton());
    expect(fake.changeCalls).toHaveLength(0);
  });

  it('saves within the window on Enter and announces the confirmation number', async () => {
    const fake = await openMemberByKeyboard(buildJuneParticipant());
    const moved = buildJuneParticipant({ effectiveOn: '2026-05-25' });
    fake.answerChange('changeEffectiveDate', { outcome: { status: 'completed', confirmationNumber: 'M3P-BD01-0520' }, profile: moved });
    const form = await startEditing();
    fillIn('2026-05-25', 'Paper form arrived late');
    expect(within(form).queryByText(/team lead/)).toBeNull();
    press('Enter');
    const saved = await screen.findByRole('button', { name: '05/25/2026 Back-date' });
    await waitFor(() => expect(document.activeElement).toBe(saved));
    expect(screen.getByText(/^Effective date changed/).textContent).toBe('Effective date changed to 05/25/2026. Confirmation number M3P-BD01-0520.');
    expect(fake.changeCalls[0]?.input.request).toEqual({ effectiveOn: '2026-05-25', reason: 'Paper form arrived late', authorizedBy: { kind: 'member' } });
  });

  it('says before saving that a date beyond the window needs a team lead, then shows the pending date', async () => {
    const fake = await openMemberByKeyboard(buildJuneParticipant());
    const pending = { effectiveOn: '2026-03-01', requestedOn: '2026-06-20', approvalId: 'APR-1', confirmationNumber: 'M3P-PEND-0301' };
    fake.answerChange('changeEffectiveDate', { outcome: { status: 'pending_approval', confirmationNumber: 'M3P-PEND-0301', approvalId: 'APR-1' }, profile: buildJuneParticipant({ pendingEffectiveDate: pending }) });
    const form = await startEditing();
    fillIn('2026-03-01', 'Member called in February; form lost');
    expect(within(form).getByText(/team lead/).textContent).toBe(
      "That is more than 30 days before today, beyond Northstar's back-date window, so a team lead will need to approve it.",
    );
    press('Enter');
    expect((await screen.findByText(/^Sent for team lead approval/)).textContent).toBe('Sent for team lead approval. Confirmation number M3P-PEND-0301.');
    expect(screen.getByText(/^Pending team lead approval:/).textContent).toBe('Pending team lead approval: 03/01/2026 (confirmation M3P-PEND-0301)');
    // One back-date at a time: while it waits, the date is shown, not offered for editing.
    expect(screen.queryByRole('button', { name: /Back-date/ })).toBeNull();
    expect(document.activeElement?.textContent).toBe('06/01/2026');
  });

  it('explains a date out of bounds without sending anything', async () => {
    const fake = await openMemberByKeyboard(buildJuneParticipant());
    const form = await startEditing();
    fillIn('2025-12-15', 'Wrong year');
    press('Enter');
    expect((await within(form).findByRole('alert')).textContent).toBe("The effective date can't be before 01/01/2026, the start of the 2026 plan year.");
    expect(fake.changeCalls).toHaveLength(0);
  });

  it('keeps the form after a failure and resends the same action on Enter', async () => {
    const fake = await openMemberByKeyboard(buildJuneParticipant());
    fake.failNext('changeEffectiveDate', { code: 'BACKEND_TIMEOUT', message: 'The backend did not answer within 5 seconds.' });
    const form = await startEditing();
    fillIn('2026-05-25', 'Paper form arrived late');
    press('Enter');
    expect((await within(form).findByRole('alert')).textContent).toContain('The backend did not answer within 5 seconds. Press Enter to try again');
    expect(within(form).getByLabelText<HTMLInputElement>('Reason for the change').readOnly).toBe(true);
    press('Enter');
    await screen.findByText(/^Effective date changed/);
    expect(fake.changeCalls.map((call) => call.input.actionId)).toEqual([fake.changeCalls[0]?.input.actionId, fake.changeCalls[0]?.input.actionId]);
  });
});
