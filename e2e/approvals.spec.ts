/**
 * The approvals queue in Chromium, two consoles on one sandbox: a rep's back-date beyond the window
 * approved by a team lead by keyboard and seen by the rep (a notice, and on the member's record); a
 * lead rejecting a refund above the threshold (nothing refunded); a rep asking for the queue is told
 * it is for team leads. Axe on the queue and the decide dialog.
 */
import { randomUUID } from 'node:crypto';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import type { ConsolePage } from './pages/console-page';
import { approvalsFor, partDStart, participationFor, refundsFor } from './sandbox-db';

/** Moves through the queue with ↓ until the Decide button of the row naming `memberId` has focus. */
async function focusDecideFor(lead: ConsolePage, memberId: string): Promise<Locator> {
  const queue = lead.page.getByRole('region', { name: 'Team area: Approvals queue' });
  const button = queue.getByRole('row').filter({ hasText: memberId }).getByRole('button', { name: /^Decide:/ });
  await expect(button).toBeVisible();
  await expect(queue.getByRole('button', { name: /^(Decide|Yours)/ }).first()).toBeFocused();
  for (let i = 0; i < 50 && !(await button.evaluate((b) => b === document.activeElement)); i += 1) await lead.page.keyboard.press('ArrowDown');
  await expect(button).toBeFocused();
  return button;
}

test.describe('approvals', () => {
  test("a lead approves a rep's back-date beyond the window by keyboard, and the rep sees the outcome", async ({ app: rep, launchConsole, sandbox }) => {
    // Two consoles and three axe audits: more than one console's share of time on a busy machine.
    test.slow();
    const memberId = sandbox.scenarios.active[4]!;
    const earliest = [partDStart(sandbox.dbPath, memberId), '2026-01-01'].sort().at(-1)!;
    const [year, month, day] = earliest.split('-');
    await rep.signIn('rep1');
    await rep.openMemberById(memberId);
    await rep.page.keyboard.press('Alt+b');
    await rep.page.keyboard.press('Enter');
    const form = rep.page.getByRole('form', { name: 'Back-date the opt-in' });
    await form.getByLabel('New effective date').fill(earliest);
    await form.getByRole('textbox', { name: 'Reason for the change' }).fill('Member mailed the form in January.');
    await form.getByRole('textbox', { name: 'Reason for the change' }).press('Enter');
    await expect(rep.page.getByRole('status').filter({ hasText: /Sent for team lead approval\. Confirmation number/ })).toBeVisible();
    await expect(rep.page.getByText(`Pending team lead approval: ${month}/${day}/${year}`)).toBeVisible();

    const lead = await launchConsole();
    await lead.signIn('lead1');
    await lead.page.keyboard.press('Alt+Shift+A');
    await focusDecideFor(lead, memberId);
    await lead.expectAccessible('approvals queue');
    await lead.page.keyboard.press('Enter');
    const dialog = lead.page.getByRole('dialog', { name: new RegExp(`^Decide: Back-date to ${month}/${day}/${year}`) });
    await expect(dialog.getByRole('radio', { name: 'Approve' })).toBeFocused();
    await lead.expectAccessible('decide dialog');
    await lead.page.keyboard.press('Tab');
    await expect(dialog.getByRole('textbox', { name: 'Reason (optional)' })).toBeFocused();
    await lead.page.keyboard.type('Dated form is on file');
    await lead.page.keyboard.press('Enter');
    const confirmation = await lead.confirmationIn(dialog, /Approved\. Confirmation number/);
    await lead.expectAccessible('decide dialog: approved');
    await lead.page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(lead.page.getByRole('row').filter({ hasText: memberId })).toHaveCount(0);
    await lead.page.keyboard.press('Escape');
    await expect(lead.page.getByRole('region', { name: /Team area/ })).toHaveCount(0);

    expect(participationFor(sandbox.dbPath, memberId, 2026)?.effective_on).toBe(earliest);
    expect(approvalsFor(sandbox.dbPath, memberId)).toEqual([expect.objectContaining({ status: 'approved', requested_by_id: 'rep1' })]);
    const notice = rep.page.getByRole('list', { name: 'Notices' }).getByRole('listitem').filter({ hasText: confirmation });
    await expect(notice).toContainText(`Team lead Morgan Lee approved your back-date for member ${memberId}: Dated form is on file.`);
    await rep.tab('Participation').click();
    const panel = rep.page.getByRole('tabpanel', { name: 'Participation' });
    await expect(panel.getByRole('table', { name: 'Participation history' }).getByRole('row').filter({ hasText: confirmation })).toContainText('Effective date changed');
    await expect(rep.page.getByText(/Pending team lead approval/)).toHaveCount(0);
    await rep.expectAccessible('rep told of the approval');
  });

  test('a lead rejects a refund above the threshold with a reason, and nothing is refunded', async ({ app: lead, sandbox }) => {
    const memberId = sandbox.scenarios.withLargeOverpayment[4]!;
    // The rep's request, made straight at the backend (the refund flow has its own tests in payments.spec.ts).
    const signIn = await fetch(`${sandbox.url}/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'rep1', password: 'sandbox' }) });
    const { token } = (await signIn.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const profile = (await (await fetch(`${sandbox.url}/v1/members/${memberId}/profile`, { headers })).json()) as { payments: { overpaymentCents: number } };
    const asked = await fetch(`${sandbox.url}/v1/members/${memberId}/refunds`, {
      method: 'POST', headers: { ...headers, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ kind: 'member_refund', amountCents: profile.payments.overpaymentCents, destination: { type: 'check' }, authorizedBy: { kind: 'member' } }),
    });
    expect(((await asked.json()) as { status: string }).status).toBe('pending_approval');

    await lead.signIn('lead1');
    await lead.page.keyboard.press('Control+K');
    await lead.page.keyboard.type('approvals');
    await lead.page.keyboard.press('Enter');
    await focusDecideFor(lead, memberId);
    await lead.page.keyboard.press('Enter');
    const dialog = lead.page.getByRole('dialog', { name: /^Decide: Refund of \$/ });
    await expect(dialog.getByRole('radio', { name: 'Approve' })).toBeFocused();
    await lead.page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: 'Reject' })).toBeChecked();
    await lead.page.keyboard.press('Tab');
    await lead.page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert')).toContainText('Say why it is rejected');
    await lead.page.keyboard.type('Apply it to the premium instead');
    await lead.page.keyboard.press('Enter');
    await lead.confirmationIn(dialog, /Rejected\. Confirmation number/);
    expect(refundsFor(sandbox.dbPath, memberId).at(-1)).toMatchObject({ status: 'rejected', amount_cents: profile.payments.overpaymentCents });
    const after = (await (await fetch(`${sandbox.url}/v1/members/${memberId}/profile`, { headers })).json()) as { payments: { overpaymentCents: number } };
    expect(after.payments.overpaymentCents).toBe(profile.payments.overpaymentCents);
  });

  test('a rep asking for the approvals queue is told it is for team leads', async ({ app }) => {
    await app.signIn('rep1');
    await app.page.keyboard.press('Control+K');
    const palette = app.dialog('Command palette');
    await app.page.keyboard.type('approvals');
    await expect(palette.getByRole('status')).toHaveText('Team leads only: you are signed in as a rep.');
    await expect(palette.getByRole('option')).toHaveCount(0);
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('Alt+Shift+A');
    await expect(app.page.getByRole('list', { name: 'Notices' })).toContainText('Team leads only: you are signed in as a rep.');
    await expect(app.page.getByRole('region', { name: /Team area/ })).toHaveCount(0);
  });
});
