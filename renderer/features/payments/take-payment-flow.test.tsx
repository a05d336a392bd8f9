import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { countPresses, press, pressAlt, resetPresses, typeText } from '../../test/keyboard';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';
import { buildPaymentProfile } from './testing/build-payment-profile';

afterEach(cleanup);
// The flow is loaded on first use; load it once here so no test's wait includes compiling it.
beforeAll(() => import('./take-payment-flow'), 30_000);

const UNREACHABLE = { code: 'BACKEND_UNREACHABLE', message: "Can't reach the payer backend." } as const;

async function startPayment(): Promise<HTMLElement> {
  pressAlt('P');
  const flow = await screen.findByRole('dialog', { name: 'Take a payment' });
  await waitFor(() => expect(document.activeElement).toBe(within(flow).getByRole('radio', { name: /^Current bill \(November\): \$123\.45/ })));
  return flow;
}

async function toReview(flow: HTMLElement): Promise<HTMLElement> {
  press('Enter');
  await within(flow).findByRole('heading', { name: 'Step 2 of 4: Method' });
  press('Enter');
  const confirm = await within(flow).findByRole('button', { name: 'Take payment' });
  expect(document.activeElement).toBe(confirm);
  return confirm;
}

describe('take a payment', () => {
  it('pays the current bill with the default saved method in four keys and shows the confirmation number', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile());
    const start = document.activeElement;
    resetPresses();
    const flow = await startPayment();
    expect(within(flow).getByRole('heading', { name: 'Step 1 of 4: Amount' })).toBeTruthy();
    expect(within(flow).getByRole('table', { name: 'Unpaid bills' }).textContent).toContain('Past due since 10/25/2026. Failure-to-pay notice 11/09/2026 (sent). Grace period ends 11/30/2026');
    press('Enter');
    await within(flow).findByRole('heading', { name: 'Step 2 of 4: Method' });
    expect(document.activeElement).toBe(within(flow).getByRole('radio', { name: 'Visa •••• 4242 exp 08/28 (default)' }));
    expect((within(flow).getByRole('radio', { name: /Mastercard •••• 4444/ }) as HTMLInputElement).disabled).toBe(true);
    press('Enter');
    await within(flow).findByRole('heading', { name: 'Step 3 of 4: Review' });
    expect(flow.textContent).toContain(
      "“I'll take a payment of $123.45 (one hundred twenty-three dollars and forty-five cents) from your Visa card ending in 4242 today, Sunday, November 15, 2026, toward the current bill. Is that right?”",
    );
    press('Enter');
    await waitFor(() => expect(within(flow).getByRole('status').textContent).toBe('Payment taken. Confirmation number PAY-TEST-0001'));
    expect(within(flow).getByRole('heading', { name: 'Step 4 of 4: Confirmation' })).toBeTruthy();
    expect(countPresses()).toBeLessThanOrEqual(6);
    expect(fake.paymentCalls.map((call) => call.input.request)).toEqual([{ amountCents: 12_345, amountChoice: 'current_bill', methodId: 'pm-visa', authorizedBy: { kind: 'member' } }]);
    expect(document.activeElement).toBe(within(flow).getByRole('button', { name: 'Done' }));
    press('Enter');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(start);
  });

  it('charges once for a double Enter on Take payment', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile());
    const flow = await startPayment();
    await toReview(flow);
    const release = fake.holdNext('takePayment');
    press('Enter');
    press('Enter');
    release();
    await within(flow).findByText('PAY-TEST-0001');
    expect(fake.paymentCalls).toHaveLength(1);
  });

  it('resends the same action after the backend was unreachable, and keeps the details locked', async () => {
    const again = await openMemberByKeyboard(buildPaymentProfile());
    const second = await startPayment();
    const confirm = await toReview(second);
    again.failNext('takePayment', UNREACHABLE);
    press('Enter');
    expect((await within(second).findByRole('alert')).textContent).toContain('Press Take payment to try again');
    expect(document.activeElement).toBe(confirm);
    expect(within(second).queryByRole('button', { name: 'Back' })).toBeNull();
    press('Enter');
    await within(second).findByText('PAY-TEST-0002');
    expect(again.paymentCalls[1]?.input.actionId).toBe(again.paymentCalls[0]?.input.actionId);
  });

  it('brings a decline back to Method with its reason and a way forward, then sends a new action', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile());
    fake.answerPayment('takePayment', { outcome: { status: 'refused', code: 'DECLINED_INSUFFICIENT_FUNDS', message: 'The card was declined for insufficient funds.' } });
    const flow = await startPayment();
    await toReview(flow);
    press('Enter');
    await within(flow).findByRole('heading', { name: 'Step 2 of 4: Method' });
    const alert = within(flow).getByRole('alert');
    expect(alert.textContent).toContain('The card was declined for insufficient funds. Offer a smaller amount (Back), another method, or a new card.');
    expect(alert.textContent).toContain('Nothing was charged.');
    press('ArrowDown');
    expect(document.activeElement).toBe(within(flow).getByRole('radio', { name: 'Checking •••• 6789' }));
    fake.answerPayment('takePayment', { outcome: { status: 'completed', confirmationNumber: 'PAY-AAAA-BBBB' } });
    press('Enter');
    await within(flow).findByRole('button', { name: 'Take payment' });
    press('Enter');
    await within(flow).findByText('PAY-AAAA-BBBB');
    const [declined, paid] = fake.paymentCalls;
    expect(paid?.input.actionId).not.toBe(declined?.input.actionId);
    expect(paid?.input.request).toMatchObject({ methodId: 'pm-bank' });
  });

  it('adds a new card on the Method step, behind the recording checkpoint, and pays with it', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile());
    const flow = await startPayment();
    press('Enter');
    await within(flow).findByRole('heading', { name: 'Step 2 of 4: Method' });
    within(flow).getByRole('button', { name: 'Add a new card or bank account' }).click();
    const form = await within(flow).findByRole('form', { name: 'New payment method' });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByRole('radio', { name: 'Card' })));
    fireEvent.click(await within(form).findByRole('checkbox', { name: 'Recording paused' }));
    for (const [label, text] of [['Card number', '4000 0566 5566 5556'], ['Expiry (MM/YY)', '09/31'], ['Security code', '739'], ['Billing ZIP code', '62701']] as const) {
      within(form).getByLabelText(label).focus();
      typeText(text);
    }
    press('Enter');
    const confirm = await within(flow).findByRole('button', { name: 'Take payment' });
    expect(flow.textContent).toContain('from your Visa card ending in 5556 today');
    expect(document.activeElement).toBe(confirm);
    press('Enter');
    await within(flow).findByText('PAY-TEST-0002');
    expect(fake.paymentCalls.map((call) => call.method)).toEqual(['addPaymentMethod', 'takePayment']);
    expect(fake.paymentCalls[1]?.input.request).toMatchObject({ methodId: 'pm_new_4', amountCents: 12_345 });
    expect(document.body.innerHTML).not.toContain('4000056655665556');
  });

  it('takes another amount up to the full balance only', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile());
    const flow = await startPayment();
    within(flow).getByRole('radio', { name: 'Another amount' }).click();
    within(flow).getByLabelText('Other amount').focus();
    typeText('598.46');
    press('Enter');
    expect((await within(flow).findByRole('alert')).textContent).toBe('That is more than the full balance, $598.45.');
    typeText('50');
    press('Enter');
    await within(flow).findByRole('heading', { name: 'Step 2 of 4: Method' });
    press('Enter');
    await within(flow).findByRole('heading', { name: 'Step 3 of 4: Review' });
    expect(flow.textContent).toContain('$50.00 (fifty dollars)');
    expect(fake.paymentCalls).toHaveLength(0);
  });

  it('says there is nothing to pay for a member who owes nothing, and starts nothing', async () => {
    const profile = buildPaymentProfile();
    const fake = await openMemberByKeyboard({ ...profile, billing: { ...profile.billing!, fullBalanceCents: 0, balanceDueCents: 0, bills: [] } });
    pressAlt('P');
    const notice = await screen.findByRole('dialog', { name: 'Take a payment' });
    expect(notice.textContent).toContain('Maria Garcia owes nothing for 2026, so there is nothing to pay.');
    press('Enter');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.paymentCalls).toHaveLength(0);
  });
});
