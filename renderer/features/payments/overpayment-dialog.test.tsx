import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { countPresses, press, pressAlt, resetPresses, typeText } from '../../test/keyboard';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';
import { buildPaymentProfile } from './testing/build-payment-profile';

afterEach(cleanup);
beforeAll(() => import('./overpayment-dialog'), 30_000);

async function openOverpayment(): Promise<HTMLElement> {
  pressAlt('G');
  const dialog = await screen.findByRole('dialog', { name: 'Resolve an overpayment' }, { timeout: 5_000 });
  await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('radio', { name: 'Refund to member' })));
  return dialog;
}

describe('resolving an overpayment', () => {
  it('refunds the whole overpayment to the default method in three keys', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile({ overpaymentCents: 15_000 }));
    resetPresses();
    const dialog = await openOverpayment();
    expect(dialog.textContent).toContain('Overpaid: $150.00');
    press('Enter');
    await within(dialog).findByRole('button', { name: 'Confirm request' });
    expect(dialog.textContent).toContain('“We\'ll send $150.00 (one hundred fifty dollars) of your $150.00 overpayment back to Visa •••• 4242 exp 08/28.”');
    press('Enter');
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Refund requested. Confirmation number PAY-TEST-0001'));
    expect(countPresses()).toBe(3);
    expect(fake.paymentCalls.map((call) => call.input.request)).toEqual([
      { kind: 'member_refund', amountCents: 15_000, authorizedBy: { kind: 'member' }, destination: { type: 'original_method', methodId: 'pm-visa' } },
    ]);
  });

  it('swaps in each request type’s own fields, checks the NPI, and never takes more than the overpayment', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile({ overpaymentCents: 15_000 }));
    const dialog = await openOverpayment();
    expect(within(dialog).getByRole('radiogroup', { name: 'Refund to' })).toBeTruthy();
    press('ArrowDown');
    expect(within(dialog).getByLabelText('Premium period (YYYY-MM)')).toHaveProperty('value', '2026-12');
    expect(within(dialog).queryByRole('radiogroup', { name: 'Refund to' })).toBeNull();
    press('ArrowDown');
    expect(within(dialog).queryByLabelText('Premium period (YYYY-MM)')).toBeNull();
    within(dialog).getByLabelText('Pharmacy NPI').focus();
    typeText('1234567890');
    within(dialog).getByLabelText('Claim reference').focus();
    typeText('RX-1002003');
    within(dialog).getByLabelText('Amount').focus();
    typeText('150.01');
    press('Enter');
    await within(dialog).findByText("That NPI's check digit is wrong: ask the pharmacy to read it again.");
    expect(within(dialog).getByText('That is more than the overpayment, $150.00.')).toBeTruthy();
    within(dialog).getByLabelText('Pharmacy NPI').focus();
    typeText('1234567893');
    within(dialog).getByLabelText('Amount').focus();
    typeText('40');
    press('Enter');
    await within(dialog).findByRole('button', { name: 'Confirm request' });
    expect(dialog.textContent).toContain('to the pharmacy with NPI 1234567893, for claim RX-1002003');
    expect(fake.paymentCalls).toHaveLength(0);
  });

  it('shows a refund above the threshold as saved for a team lead, with its confirmation number', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile({ overpaymentCents: 90_000 }));
    fake.answerPayment('requestRefund', { outcome: { status: 'pending_approval', confirmationNumber: 'RFD-AAAA-BBBB', approvalId: 'ap-1' } });
    const dialog = await openOverpayment();
    await within(dialog).findByText(/a team lead will need to approve it/);
    press('Enter');
    await within(dialog).findByText(/waits for a team lead's approval/);
    press('Enter');
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Saved for team lead approval. Confirmation number RFD-AAAA-BBBB'));
  });

  it('says so when there is nothing to resolve', async () => {
    await openMemberByKeyboard(buildPaymentProfile());
    pressAlt('G');
    const notice = await screen.findByRole('dialog', { name: 'Resolve an overpayment' }, { timeout: 5_000 });
    expect(notice.textContent).toContain('Maria Garcia has no overpayment to resolve.');
  });
});
