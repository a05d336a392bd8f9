/**
 * Participation, by keyboard alone, in Chromium against the sandbox: opt in (this year and next), opt
 * out, back-date within and beyond the window, an ineligible member, and what the backend stored.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { approvalsFor, eventsBy, partDStart, participationFor } from './sandbox-db';

const CONFIRMATION = /[A-Z0-9]{3}-[A-Z0-9]{4}-[A-Z0-9]{4}/;

function dialog(page: Page, name: string) {
  return page.getByRole('dialog', { name });
}

async function confirmationIn(page: Page, text: RegExp): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: text });
  await expect(status).toBeVisible();
  return CONFIRMATION.exec((await status.textContent()) ?? '')?.[0] ?? '';
}

test.describe('participation', () => {
  test('opts a member in for this plan year with the default choices, in three keys, and the backend holds one opt-in', async ({ app, sandbox }) => {
    const memberId = sandbox.scenarios.eligible[0]!;
    await app.signIn();
    await app.openMemberById(memberId);
    await app.page.keyboard.press('Alt+i');
    const flow = dialog(app.page, 'Opt in to the payment plan');
    await expect(flow.getByRole('heading', { name: 'Step 1 of 2: Authorisation and details' })).toBeVisible();
    await expect(flow.getByRole('radio', { name: 'The member' })).toBeChecked();
    await app.expectAccessible('opt-in step 1');
    await app.page.keyboard.press('Enter');
    await expect(flow.getByRole('heading', { name: 'Step 2 of 2: Confirm' })).toBeVisible();
    await expect(flow.getByRole('button', { name: 'Confirm opt-in' })).toBeFocused();
    await expect(flow).toContainText('2026');
    await app.expectAccessible('opt-in step 2');
    await app.page.keyboard.press('Enter');
    const confirmation = await confirmationIn(app.page, /Opted in\. Confirmation number/);
    await app.expectAccessible('opt-in result');
    await app.page.keyboard.press('Enter');
    await expect(flow).toHaveCount(0);

    expect(eventsBy(sandbox.dbPath, memberId)).toEqual([
      expect.objectContaining({ kind: 'opt_in_approved', plan_year: 2026, confirmation_number: confirmation, actor_id: 'rep1', authorized_by: 'Member' }),
    ]);
    expect(participationFor(sandbox.dbPath, memberId, 2026)).toMatchObject({ status: 'active', effective_on: '2026-11-15' });
    await app.tab('Participation').click();
    await expect(app.page.getByRole('tabpanel', { name: 'Participation' })).toContainText(confirmation);
    // The search result the member was opened from shows the new status too, not the one they were found with.
    await expect(app.results.getByRole('option').first()).toContainText('Active');
  });

  test('opts a member in for the next plan year: effective January 1, and the unconfigured threshold is said, not guessed', async ({ app, sandbox }) => {
    const memberId = sandbox.scenarios.eligible[1]!;
    await app.signIn();
    await app.openMemberById(memberId);
    await app.page.keyboard.press('Alt+i');
    const flow = dialog(app.page, 'Opt in to the payment plan');
    await flow.getByRole('radio', { name: '2027' }).check();
    await expect(flow.getByRole('textbox', { name: 'Effective date' })).toHaveValue(/01\/01\/2027|2027-01-01/);
    await flow.getByRole('button', { name: 'Continue' }).press('Enter');
    await expect(flow).toContainText('not configured yet');
    await app.page.keyboard.press('Enter');
    const confirmation = await confirmationIn(app.page, /Opted in\. Confirmation number/);
    expect(eventsBy(sandbox.dbPath, memberId)).toEqual([expect.objectContaining({ kind: 'opt_in_approved', plan_year: 2027, effective_on: '2027-01-01', confirmation_number: confirmation })]);
    expect(participationFor(sandbox.dbPath, memberId, 2027)).toMatchObject({ status: 'active', effective_on: '2027-01-01' });
  });

  test('tells the rep why a member cannot opt in before anything starts, and changes nothing', async ({ app, sandbox }) => {
    const memberId = sandbox.scenarios.noPartD[0]!;
    await app.signIn();
    await app.openMemberById(memberId);
    await app.page.keyboard.press('Alt+i');
    const flow = dialog(app.page, 'Opt in to the payment plan');
    await expect(flow.getByRole('listitem').first()).toContainText('2026');
    await expect(flow.getByRole('heading', { name: /Step 1 of 2/ })).toHaveCount(0);
    await expect(flow.getByRole('button', { name: 'Close' })).toBeFocused();
    await app.expectAccessible('opt-in not possible');
    await app.page.keyboard.press('Enter');
    await expect(flow).toHaveCount(0);
    expect(eventsBy(sandbox.dbPath, memberId)).toEqual([]);
  });

  test('opts a member out with the client reason code, showing the balance still owed', async ({ app, sandbox }) => {
    const memberId = sandbox.scenarios.active[0]!;
    await app.signIn();
    await app.openMemberById(memberId);
    await app.page.keyboard.press('Alt+o');
    const flow = dialog(app.page, 'Opt out of the payment plan');
    const reasons = flow.getByRole('radiogroup', { name: 'Reason' }).getByRole('radio');
    await expect(reasons.first()).toBeFocused();
    await app.page.keyboard.press('Space');
    await app.expectAccessible('opt-out step 1');
    await app.page.keyboard.press('Enter');
    await expect(flow.getByRole('table', { name: 'Bills still to come' })).toBeVisible();
    await expect(flow.getByRole('button', { name: 'Confirm opt-out' })).toBeFocused();
    await app.expectAccessible('opt-out step 2');
    const before = eventsBy(sandbox.dbPath, memberId).length;
    await app.page.keyboard.press('Enter');
    const confirmation = await confirmationIn(app.page, /Opted out\. Confirmation number/);
    const events = eventsBy(sandbox.dbPath, memberId).slice(before);
    expect(events.map((e) => e.kind)).toEqual(['opt_out_requested', 'terminated']);
    expect(events.every((e) => e.confirmation_number === confirmation && e.actor_id === 'rep1')).toBe(true);
    expect(events[0]!.reason_code).toMatch(/^[A-Z][A-Z0-9_-]+$/);
    expect(participationFor(sandbox.dbPath, memberId, 2026)).toMatchObject({ status: 'terminated', termination_reason: 'voluntary' });
  });

  test('back-dates an opt-in inline within the window, and beyond it as pending a team lead', async ({ app, sandbox }) => {
    // Within: an opt-in made today (11/15/2026) moved to 11/01, inside Northstar's 30-day window.
    const within = sandbox.scenarios.eligible[2]!;
    // Beyond: an opt-in from earlier in the year moved to the earliest date the rules allow.
    const beyond = sandbox.scenarios.active[2]!;
    const earliest = [partDStart(sandbox.dbPath, beyond), '2026-01-01'].sort().at(-1)!;
    await app.signIn();
    await app.openMemberById(within);
    await app.page.keyboard.press('Alt+i');
    await expect(dialog(app.page, 'Opt in to the payment plan').getByRole('button', { name: 'Continue' })).toBeVisible();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Enter');
    await confirmationIn(app.page, /Opted in\. Confirmation number/);
    await app.page.keyboard.press('Enter');

    for (const [memberId, date, expected] of [
      [within, '2026-11-01', /Effective date changed to 11\/01\/2026\. Confirmation number/],
      [beyond, earliest, /Sent for team lead approval\. Confirmation number/],
    ] as const) {
      if (memberId === beyond) await app.openMemberById(beyond);
      await app.page.keyboard.press('Alt+b');
      await expect(app.page.getByRole('button', { name: /Back-date$/ })).toBeFocused();
      await app.page.keyboard.press('Enter');
      const form = app.page.getByRole('form', { name: 'Back-date the opt-in' });
      await form.getByLabel('New effective date').fill(date);
      await form.getByRole('textbox', { name: 'Reason for the change' }).fill('Member called on the 1st; the request was not keyed.');
      if (memberId === beyond) await expect(form).toContainText('a team lead will need to approve it');
      await app.expectAccessible(`back-date form (${memberId === within ? 'within' : 'beyond'} the window)`);
      await form.getByRole('textbox', { name: 'Reason for the change' }).press('Enter');
      await confirmationIn(app.page, expected);
    }
    expect(participationFor(sandbox.dbPath, within, 2026)).toMatchObject({ effective_on: '2026-11-01' });
    expect(eventsBy(sandbox.dbPath, within).map((e) => e.kind)).toEqual(['opt_in_approved', 'effective_date_changed']);
    expect(eventsBy(sandbox.dbPath, within)[1]).toMatchObject({ effective_on: '2026-11-01', note: expect.stringContaining('not keyed') });
    expect(approvalsFor(sandbox.dbPath, beyond)).toEqual([expect.objectContaining({ status: 'pending', effective_on: earliest, requested_by_id: 'rep1' })]);
    expect(participationFor(sandbox.dbPath, beyond, 2026)?.effective_on).not.toBe(earliest);
    const [year, month, day] = earliest.split('-');
    await expect(app.page.getByText(new RegExp(`Pending team lead approval: ${month}/${day}/${year}`))).toBeVisible();
    await app.expectAccessible('back-date pending approval');
  });
});
