/**
 * Payments, by keyboard, in Chromium against the sandbox and its processor stand-in: the current bill
 * with the default method in four keys, a double Enter that charges once, a decline and its way
 * forward, a card and a bank account added, autopay enrolled and stopped, and each overpayment
 * resolution (a refund by check, a transfer to the premium, one to a pharmacy, one pending a team
 * lead). Every step is audited with axe, and the sandbox database is read afterwards.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import type { ConsolePage } from './pages/console-page';
import { autopayFor, paymentMethodsFor, paymentsFor, refundApprovalsFor, refundsFor } from './sandbox-db';

/** "$1,234.56" inside `text` → 123456. */
function centsIn(text: string | null): number {
  const match = /\$([\d,]+)\.(\d\d)/.exec(text ?? '');
  if (!match) throw new Error(`No amount in ${text}`);
  return Number(match[1]!.replaceAll(',', '')) * 100 + Number(match[2]);
}

async function step(flow: Locator, name: string): Promise<void> {
  await expect(flow.getByRole('heading', { name })).toBeVisible();
}

/** Starts a payment for the member on screen; resolves with the flow and the current bill's amount in cents. */
async function startPayment(app: ConsolePage): Promise<{ flow: Locator; owedCents: number }> {
  await app.page.keyboard.press('Alt+p');
  const flow = app.dialog('Take a payment');
  await step(flow, 'Step 1 of 4: Amount');
  const current = flow.getByRole('radio', { name: /^Current bill/ });
  await expect(current).toBeFocused();
  return { flow, owedCents: centsIn(await flow.locator('label', { hasText: /^Current bill/ }).textContent()) };
}

/** Adds a card with Alt+Y and closes the result; resolves once the record lists it. */
async function addCard(app: ConsolePage, card: { number: string; expiry: string; securityCode: string; postalCode: string; makeDefault?: boolean }, audit = false): Promise<void> {
  await app.page.keyboard.press('Alt+y');
  const dialog = app.dialog('Add a payment method');
  const form = dialog.getByRole('form', { name: 'New payment method' });
  await expect(form.getByRole('checkbox', { name: 'Recording paused' })).toBeVisible();
  await expect(form.getByLabel('Card number')).toBeDisabled();
  if (audit) await app.expectAccessible('add a payment method: recording checkpoint');
  await app.typeNewCard(form, card);
  await expect(form.getByText(/the number checks out/)).toBeVisible();
  if (audit) await app.expectAccessible('add a payment method: card typed');
  await app.page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toContainText(`•••• ${card.number.replace(/\s/g, '').slice(-4)}`);
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeFocused();
  if (audit) await app.expectAccessible('add a payment method: saved');
  await app.page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
}

test.describe('payments', () => {
  test('pays the current bill with the default saved method in four keys, and the ledger holds one payment', async ({ app, sandbox }) => {
    const memberId = sandbox.scenarios.withBalanceDue[0]!;
    const before = paymentsFor(sandbox.dbPath, memberId).length;
    await app.signIn();
    await app.openMemberById(memberId);
    const { flow, owedCents } = await startPayment(app);
    await expect(flow.getByRole('table', { name: 'Unpaid bills' })).toContainText('Due');
    await app.expectAccessible('payment step 1: amount');
    await app.page.keyboard.press('Enter');
    await step(flow, 'Step 2 of 4: Method');
    await expect(flow.getByRole('radio', { name: /\(default\)$/ })).toBeFocused();
    await expect(flow.getByRole('radio', { name: /\(default\)$/ })).toBeChecked();
    await app.expectAccessible('payment step 2: method');
    await app.page.keyboard.press('Enter');
    await step(flow, 'Step 3 of 4: Review');
    await expect(flow.getByRole('button', { name: 'Take payment' })).toBeFocused();
    await expect(flow).toContainText(/from your \w[\w ]* (card|account) ending in \d{4} today, \w+day, November 15, 2026/);
    await app.expectAccessible('payment step 3: review');
    await app.page.keyboard.press('Enter');
    const confirmation = await app.confirmationIn(flow, /Payment taken\. Confirmation number/);
    await step(flow, 'Step 4 of 4: Confirmation');
    await app.expectAccessible('payment step 4: confirmation');

    expect(paymentsFor(sandbox.dbPath, memberId).slice(before)).toEqual([expect.objectContaining({ confirmation_number: confirmation, amount_cents: owedCents, source: 'phone', status: 'posted' })]);
    await app.page.keyboard.press('Enter');
    await expect(flow).toHaveCount(0);
    await app.tab('Payments & autopay').click();
    await expect(app.page.getByRole('table', { name: 'Payment history' })).toContainText(confirmation);
  });

  test('charges once for a double Enter on Take payment', async ({ app, sandbox }) => {
    const memberId = sandbox.scenarios.withBalanceDue[1]!;
    const before = paymentsFor(sandbox.dbPath, memberId).length;
    await app.signIn();
    await app.openMemberById(memberId);
    await app.tab('Payments & autopay').click();
    const { flow } = await startPayment(app);
    await app.page.keyboard.press('Enter');
    await step(flow, 'Step 2 of 4: Method');
    await app.page.keyboard.press('Enter');
    await expect(flow.getByRole('button', { name: 'Take payment' })).toBeFocused();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => paymentsFor(sandbox.dbPath, memberId).length - before).toBe(1);
    const made = paymentsFor(sandbox.dbPath, memberId).at(-1)!;
    // The second Enter landed on the busy Take payment, or on Done once the answer came: either way the
    // console shows that one payment (the flow's status, or the history under it), and there is no other.
    await expect(app.page.getByText(made.confirmation_number).first()).toBeVisible();
    expect(paymentsFor(sandbox.dbPath, memberId).slice(before)).toHaveLength(1);
  });

  test('brings a declined card back to the method step with nothing charged, then pays with another method', async ({ app, sandbox }) => {
    const memberId = sandbox.scenarios.withBalanceDue[2]!;
    const before = paymentsFor(sandbox.dbPath, memberId).length;
    await app.signIn();
    await app.openMemberById(memberId);
    await addCard(app, { number: '4000 0000 0000 9995', expiry: '12/30', securityCode: '123', postalCode: '62701' }, true);
    expect(paymentMethodsFor(sandbox.dbPath, memberId)).toContainEqual(expect.objectContaining({ brand: 'Visa', last4: '9995', token: expect.stringMatching(/^tok_/) }));

    const { flow } = await startPayment(app);
    await app.page.keyboard.press('Enter');
    await step(flow, 'Step 2 of 4: Method');
    await flow.getByRole('radio', { name: /Visa •••• 9995/ }).check();
    await app.page.keyboard.press('Enter');
    await expect(flow.getByRole('button', { name: 'Take payment' })).toBeFocused();
    await app.page.keyboard.press('Enter');
    await step(flow, 'Step 2 of 4: Method');
    await expect(flow.getByRole('alert')).toContainText('Nothing was charged.');
    await expect(flow.getByRole('alert')).toContainText('Offer a smaller amount (Back), another method, or a new card.');
    await app.expectAccessible('payment declined: back on the method step');
    expect(paymentsFor(sandbox.dbPath, memberId).slice(before)).toEqual([]);

    await flow.getByRole('radio', { name: /\(default\)$/ }).check();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Enter');
    const confirmation = await app.confirmationIn(flow, /Payment taken\. Confirmation number/);
    expect(paymentsFor(sandbox.dbPath, memberId).slice(before)).toEqual([expect.objectContaining({ confirmation_number: confirmation, status: 'posted' })]);
  });

  test('adds a bank account with its routing checksum, enrols it in autopay on day 20, and stops autopay', async ({ app, sandbox }) => {
    const memberId = sandbox.scenarios.withBalanceDue[3]!;
    await app.signIn();
    await app.openMemberById(memberId);
    await app.page.keyboard.press('Alt+y');
    const dialog = app.dialog('Add a payment method');
    const form = dialog.getByRole('form', { name: 'New payment method' });
    await form.getByRole('radio', { name: 'Bank account' }).check();
    await form.getByRole('checkbox', { name: 'Recording paused' }).check();
    await form.getByLabel('Routing number').focus();
    await app.page.keyboard.type('011000016');
    await expect(form).toContainText('This routing number fails the bank check.');
    await form.getByLabel('Routing number').fill('');
    await app.page.keyboard.type('011000015');
    await expect(form).toContainText('The routing number checks out.');
    await form.getByLabel('Account number').focus();
    await app.page.keyboard.type('000123456789');
    await app.expectAccessible('add a bank account');
    await app.page.keyboard.press('Enter');
    await expect(dialog.getByRole('status')).toContainText('Checking •••• 6789');
    await app.page.keyboard.press('Enter');
    const checking = paymentMethodsFor(sandbox.dbPath, memberId).find((m) => m.kind === 'bank' && m.last4 === '6789');
    expect(checking).toMatchObject({ token: expect.stringMatching(/^tok_/) });

    await app.page.keyboard.press('Alt+u');
    const autopay = app.dialog('Autopay');
    await expect(autopay).toContainText('Autopay is off.');
    await autopay.getByRole('radio', { name: /Checking •••• 6789/ }).check();
    await autopay.getByLabel('Draft day of the month').fill('20');
    await expect(autopay).toContainText('Next draft: 11/20/2026.');
    await app.expectAccessible('autopay step 1');
    await autopay.getByLabel('Draft day of the month').press('Enter');
    await expect(autopay.getByRole('button', { name: 'Confirm autopay' })).toBeFocused();
    await app.expectAccessible('autopay step 2');
    await app.page.keyboard.press('Enter');
    await app.confirmationIn(autopay, /Autopay set up\. Confirmation number/);
    await app.expectAccessible('autopay result');
    expect(autopayFor(sandbox.dbPath, memberId)).toEqual({ method_id: checking!.id, day: 20 });
    await app.page.keyboard.press('Enter');
    await app.tab('Payments & autopay').click();
    await expect(app.page.getByRole('table', { name: 'Autopay' })).toContainText('11/20/2026');

    await app.page.keyboard.press('Alt+u');
    await expect(autopay).toContainText('Autopay is on: Checking •••• 6789, day 20 of each month. Next draft 11/20/2026');
    await autopay.getByRole('radio', { name: 'Stop autopay' }).check();
    await app.page.keyboard.press('Enter');
    await expect(autopay.getByRole('button', { name: 'Stop autopay' })).toBeFocused();
    await app.page.keyboard.press('Enter');
    await app.confirmationIn(autopay, /Autopay stopped\. Confirmation number/);
    expect(autopayFor(sandbox.dbPath, memberId)).toEqual({ method_id: null, day: null });
  });
});

test.describe('overpayments', () => {
  /** Opens the member's overpayment dialog; resolves with it and the overpaid cents it shows. */
  async function startResolving(app: ConsolePage, memberId: string): Promise<{ dialog: Locator; overpaidCents: number }> {
    await app.openMemberById(memberId);
    await app.page.keyboard.press('Alt+g');
    const dialog = app.dialog('Resolve an overpayment');
    await expect(dialog.getByRole('radio', { name: 'Refund to member' })).toBeFocused();
    return { dialog, overpaidCents: centsIn(await dialog.getByText(/^Overpaid:/).textContent()) };
  }

  test('refunds the member by check to the address on file', async ({ app, sandbox }) => {
    const memberId = sandbox.scenarios.withOverpayment[0]!;
    const before = refundsFor(sandbox.dbPath, memberId).length;
    await app.signIn();
    const { dialog, overpaidCents } = await startResolving(app, memberId);
    await app.expectAccessible('overpayment: refund to member');
    await dialog.getByRole('radio', { name: 'A check to the address on file' }).check();
    await app.page.keyboard.press('Enter');
    await expect(dialog).toContainText('as a check mailed to the address on file');
    await app.expectAccessible('overpayment: confirm refund');
    await app.page.keyboard.press('Enter');
    const confirmation = await app.confirmationIn(dialog, /Refund requested\. Confirmation number/);
    await app.expectAccessible('overpayment: refund requested');
    expect(refundsFor(sandbox.dbPath, memberId).slice(before)).toEqual([expect.objectContaining({ kind: 'member_refund', amount_cents: overpaidCents, status: 'requested', confirmation_number: confirmation })]);
    await app.page.keyboard.press('Enter');
    await app.tab('Refunds').click();
    await expect(app.page.getByRole('table', { name: 'Refunds' })).toContainText(confirmation);
  });

  test('saves a refund above the client threshold as pending a team lead, and shows it so', async ({ app, sandbox }) => {
    const memberId = sandbox.scenarios.withLargeOverpayment[0]!;
    await app.signIn();
    const { dialog, overpaidCents } = await startResolving(app, memberId);
    await expect(dialog).toContainText('a team lead will need to approve it');
    await app.page.keyboard.press('Enter');
    await expect(dialog).toContainText("so it waits for a team lead's approval");
    await app.page.keyboard.press('Enter');
    const confirmation = await app.confirmationIn(dialog, /Saved for team lead approval\. Confirmation number/);
    await app.expectAccessible('overpayment: pending approval');
    expect(refundApprovalsFor(sandbox.dbPath, memberId)).toEqual([expect.objectContaining({ status: 'pending', amount_cents: overpaidCents, refund_kind: 'member_refund' })]);
    expect(refundsFor(sandbox.dbPath, memberId).at(-1)).toMatchObject({ status: 'pending_approval', amount_cents: overpaidCents, confirmation_number: confirmation });
    await app.page.keyboard.press('Enter');
    await app.tab('Refunds').click();
    const row = app.page.getByRole('table', { name: 'Refunds' }).getByRole('row').filter({ hasText: confirmation });
    await expect(row).toContainText('Pending team lead approval');
  });

  test('transfers part of an overpayment to the member’s Medicare premium', async ({ app, sandbox }) => {
    const memberId = sandbox.scenarios.withLargeOverpayment[1]!;
    const before = refundsFor(sandbox.dbPath, memberId).length;
    await app.signIn();
    const { dialog } = await startResolving(app, memberId);
    await app.page.keyboard.press('ArrowDown');
    await expect(dialog.getByLabel('Premium period (YYYY-MM)')).toHaveValue('2026-12');
    await dialog.getByLabel('Amount').fill('25.00');
    await app.expectAccessible('overpayment: premium transfer');
    await dialog.getByLabel('Amount').press('Enter');
    await expect(dialog).toContainText("to the member's Medicare premium for 2026-12");
    await app.page.keyboard.press('Enter');
    const confirmation = await app.confirmationIn(dialog, /Transfer requested\. Confirmation number/);
    expect(refundsFor(sandbox.dbPath, memberId).slice(before)).toEqual([expect.objectContaining({ kind: 'premium_transfer', amount_cents: 2_500, confirmation_number: confirmation })]);
  });

  test('transfers to a pharmacy only with an NPI whose check digit holds', async ({ app, sandbox }) => {
    const memberId = sandbox.scenarios.withLargeOverpayment[2]!;
    const before = refundsFor(sandbox.dbPath, memberId).length;
    await app.signIn();
    const { dialog } = await startResolving(app, memberId);
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    await dialog.getByLabel('Pharmacy NPI').fill('1234567890');
    await dialog.getByLabel('Claim reference').fill('RX-1002003');
    await dialog.getByLabel('Amount').fill('12.34');
    await dialog.getByLabel('Amount').press('Enter');
    await expect(dialog.getByText("That NPI's check digit is wrong: ask the pharmacy to read it again.")).toBeVisible();
    await app.expectAccessible('overpayment: pharmacy transfer, wrong NPI');
    await dialog.getByLabel('Pharmacy NPI').fill('1234567893');
    await dialog.getByLabel('Pharmacy NPI').press('Enter');
    await expect(dialog).toContainText('to the pharmacy with NPI 1234567893, for claim RX-1002003');
    await app.expectAccessible('overpayment: confirm pharmacy transfer');
    await app.page.keyboard.press('Enter');
    const confirmation = await app.confirmationIn(dialog, /Transfer requested\. Confirmation number/);
    expect(refundsFor(sandbox.dbPath, memberId).slice(before)).toEqual([expect.objectContaining({ kind: 'pharmacy_transfer', amount_cents: 1_234, confirmation_number: confirmation })]);
  });
});
