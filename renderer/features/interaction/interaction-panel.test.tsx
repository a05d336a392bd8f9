import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTestProfile } from '../../test/build-test-profile';
import { buildTestInteraction } from '../../test/create-fake-interaction';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';
import { pressAlt } from '../../test/keyboard';
import { AUTOSAVE_DELAY_MS } from './use-notes-autosave';

afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

const profile = buildTestProfile({
  representatives: [{ id: 'RP-ANA', name: 'Ana Garcia', kind: 'appointed', relationship: 'Daughter', document: 'CMS-1696 signed 2026-01-05', expiresOn: '2027-01-05' }],
});

/** Opens Maria during a call main has not verified yet. */
async function openDuringCall(overrides: Parameters<typeof buildTestInteraction>[0] = {}) {
  const fake = await openMemberByKeyboard(profile);
  act(() => fake.emitInteraction(buildTestInteraction({ representatives: [{ id: 'RP-ANA', name: 'Ana Garcia', relationship: 'Daughter' }], ...overrides })));
  await screen.findByRole('heading', { name: /^Call (in progress|ended: wrap-up)$/ });
  return fake;
}

const main = () => screen.getByRole('main');
const panel = () => screen.getByRole('complementary', { name: 'Call and caller' });
/** What the member area and the call panel show (the rep's own search results list what they searched with). */
const shown = () => `${main().textContent} ${panel().textContent}`;

describe('caller verification', () => {
  it('shows only the name, member ID and client until main has verified the caller, then the record main sends', async () => {
    const fake = await openDuringCall();
    expect(within(main()).getByRole('heading', { level: 1 }).textContent).toBe('Maria Garcia');
    expect(within(main()).getByRole('heading', { level: 2 }).textContent).toBe("Verify the caller to see this member's record");
    for (const secret of ['03/14/1951', 'MK73', '12 Elm St', 'Eliquis', '$22.27']) expect(shown()).not.toContain(secret);
    expect(screen.queryByRole('tablist', { name: 'Data domains' })).toBeNull();

    const form = within(main()).getByRole('form', { name: 'Caller verification' });
    const field = (name: string) => within(form).getByRole('textbox', { name }) as HTMLInputElement;
    fireEvent.change(field('Full name'), { target: { value: 'Maria Garcia' } });
    pressAlt('V');
    expect(await within(form).findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('needs 2 identifiers to match'));

    // A wrong answer is main's answer, not an error: announced in the live region, the record stays closed.
    fireEvent.change(field('Date of birth'), { target: { value: '03/15/1951' } });
    fireEvent.submit(form);
    await waitFor(() => expect(within(form).getByRole('status').textContent).toBe('Not verified: 1 of 2 answers matched; date of birth did not match. 2 attempts left.'));
    expect(field('Date of birth').value).toBe('');
    expect(screen.queryByRole('tablist', { name: 'Data domains' })).toBeNull();

    fireEvent.change(field('Full name'), { target: { value: ' Maria Garcia ' } });
    fireEvent.change(field('Date of birth'), { target: { value: '03/14/1951' } });
    fireEvent.submit(form);
    expect(await screen.findByRole('tablist', { name: 'Data domains' })).toBeTruthy();
    expect(fake.verifications.at(-1)).toEqual({ callerKind: 'member', answers: { full_name: 'Maria Garcia', date_of_birth: '03/14/1951' } });
    expect(main().textContent).toContain('03/14/1951');
    expect(panel().textContent).toContain('Verified: the member, 2 identifiers matched. Payment method changes need 3.');
  });

  it('gives a caregiver general information and the calculator, and a pharmacy the participation dates only', async () => {
    const fake = await openDuringCall();
    const form = within(main()).getByRole('form', { name: 'Caller verification' });
    fireEvent.click(within(form).getByRole('radio', { name: 'A caregiver or family member without authority' }));
    expect(within(form).queryByRole('textbox')).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: /Record/ }));
    expect(await screen.findByRole('heading', { name: 'General program information only' })).toBeTruthy();
    expect(shown()).not.toContain('03/14/1951');
    fireEvent.click(screen.getByRole('button', { name: /Open the what-if calculator/ }));
    expect(await screen.findByRole('dialog', { name: 'What-if bill calculator' }, { timeout: 4000 })).toBeTruthy();
    expect(screen.getByRole('dialog').textContent).toContain('only the figures typed here are used');
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));

    act(() => fake.emitInteraction(buildTestInteraction({ callerKind: 'pharmacy', disclosure: 'participation_only' })));
    const dates = await screen.findByRole('table', { name: 'Participation' });
    expect(dates.textContent).toContain('Active');
    expect(dates.textContent).toContain('01/01/2026');
    expect(shown()).not.toContain('03/14/1951');
  });

  it('names a representative from those on file', async () => {
    const fake = await openDuringCall();
    const form = within(main()).getByRole('form', { name: 'Caller verification' });
    fireEvent.click(within(form).getByRole('radio', { name: 'A representative on file' }));
    expect(within(form).getByRole('combobox', { name: 'Representative on file' }).textContent).toBe('Ana Garcia (Daughter)');
    fireEvent.change(within(form).getByRole('textbox', { name: 'Full name' }), { target: { value: 'maria garcia' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Member ID' }), { target: { value: 'NSH400012345' } });
    pressAlt('V');
    await screen.findByRole('tablist', { name: 'Data domains' });
    expect(fake.verifications.at(-1)).toEqual({ callerKind: 'representative', representativeId: 'RP-ANA', answers: { full_name: 'maria garcia', member_id: 'NSH400012345' } });
  });

  it('says when main has locked verification for the call, and offers no fields', async () => {
    await openDuringCall({ lastCheck: { matched: [], notMatched: ['full_name', 'date_of_birth'] }, attemptsLeft: 0, isVerificationLocked: true });
    const form = within(main()).getByRole('form', { name: 'Caller verification' });
    expect(within(form).getByRole('status').textContent).toContain('Verification is locked for this call after 3 failed attempts: escalate to your team lead.');
    expect(within(form).queryByRole('textbox')).toBeNull();
  });
});

describe('call notes', () => {
  it('saves a few seconds after typing stops and on leaving the field, and says when', async () => {
    const fake = await openDuringCall();
    const notes = within(panel()).getByRole('textbox', { name: /Call notes/ });
    pressAlt('N');
    expect(document.activeElement).toBe(notes);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.change(notes, { target: { value: 'Asked about the March bill' } });
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100));
    expect(fake.savedNotes).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(fake.savedNotes.map((saved) => saved.notes)).toEqual(['Asked about the March bill']);
    vi.useRealTimers();
    expect(await within(panel()).findByText(/^Saved \d{2}:\d{2}:\d{2}$/)).toBeTruthy();

    fireEvent.change(notes, { target: { value: 'Asked about the March bill; will call back' } });
    fireEvent.blur(notes);
    await waitFor(() => expect(fake.savedNotes).toHaveLength(2));
  });

  it('refuses a card number at once and never sends it', async () => {
    const fake = await openDuringCall();
    const notes = within(panel()).getByRole('textbox', { name: /Call notes/ });
    fireEvent.change(notes, { target: { value: 'card 4111 1111 1111 1111' } });
    expect(within(panel()).getByRole('alert').textContent).toBe('That looks like a card number. Never type card numbers into notes.');
    expect(notes.getAttribute('aria-invalid')).toBe('true');
    fireEvent.blur(notes);
    expect(fake.savedNotes).toEqual([]);
  });
});

describe('wrap-up', () => {
  it('asks for a disposition and a summary, saves the notes first, and finishes with Alt+W', async () => {
    const fake = await openDuringCall({ phase: 'wrap_up', callerKind: 'member', disclosure: 'full', matchedCount: 2, wrapUpStartedAt: new Date().toISOString() });
    const wrapUp = await within(panel()).findByRole('form', { name: 'Wrap-up' });
    expect(within(wrapUp).getByRole('timer').textContent).toMatch(/^After-call work 0:0\d$/);
    fireEvent.change(within(panel()).getByRole('textbox', { name: /Call notes/ }), { target: { value: 'Wants paper bills' } });
    pressAlt('W');
    expect((await within(wrapUp).findByRole('alert')).textContent).toBe('Pick a disposition.');
    fireEvent.change(within(wrapUp).getByRole('combobox', { name: 'Disposition' }), { target: { value: 'BILLING_QUESTION' } });
    fireEvent.change(within(wrapUp).getByRole('textbox', { name: 'Summary' }), { target: { value: 'Explained the bill.' } });
    pressAlt('W');
    await waitFor(() => expect(fake.wrapUps).toHaveLength(1));
    expect(fake.savedNotes.map((saved) => saved.notes)).toEqual(['Wants paper bills']);
    expect(fake.wrapUps[0]).toMatchObject({ dispositionCode: 'BILLING_QUESTION', summary: 'Explained the bill.' });
    expect(await within(panel()).findByText(/No call in progress/)).toBeTruthy();
  });
});

describe('the rep’s own state', () => {
  it('goes away with a reason and back, through main', async () => {
    const fake = await openMemberByKeyboard(profile);
    const select = within(panel()).getByRole('combobox', { name: 'Your state' });
    fireEvent.change(select, { target: { value: 'away:lunch' } });
    await waitFor(() => expect(fake.agentChoices).toEqual([{ state: 'away', awayReason: 'lunch' }]));
  });
});
