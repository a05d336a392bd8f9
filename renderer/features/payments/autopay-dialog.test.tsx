import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { press, pressAlt, typeText } from '../../test/keyboard';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';
import { buildPaymentProfile } from './testing/build-payment-profile';

afterEach(cleanup);
beforeAll(() => import('./autopay-dialog'), 30_000);

async function openAutopay(): Promise<HTMLElement> {
  pressAlt('U');
  return screen.findByRole('dialog', { name: 'Autopay' }, { timeout: 5_000 });
}

describe('autopay', () => {
  it('enrols the default method on a day from 1 to 28 and says when the first draft is', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile());
    const dialog = await openAutopay();
    expect(dialog.textContent).toContain('Autopay is off.');
    within(dialog).getByLabelText('Draft day of the month').focus();
    typeText('31');
    press('Enter');
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Pick a day from 1 to 28.');
    typeText('20');
    press('Enter');
    await within(dialog).findByRole('button', { name: 'Confirm autopay' });
    expect(dialog.textContent).toContain('“Each month on day 20 we\'ll draft the balance due from your Visa •••• 4242 exp 08/28, starting 11/20/2026.”');
    press('Enter');
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Autopay set up. Confirmation number PAY-TEST-0001'));
    expect(fake.paymentCalls.map((call) => [call.method, call.input.request])).toEqual([['enrolAutopay', { methodId: 'pm-visa', dayOfMonth: 20, authorizedBy: { kind: 'member' } }]]);
  });

  it('shows the next draft and stops autopay', async () => {
    const enrolled = buildPaymentProfile({ autopay: { isEnrolled: true, methodId: 'pm-bank', dayOfMonth: 3, enrolledOn: '2026-09-01' }, nextAutopayDraft: { on: '2026-12-03', amountCents: 12_345 } });
    const fake = await openMemberByKeyboard(enrolled);
    const dialog = await openAutopay();
    expect(dialog.textContent).toContain('Autopay is on: Checking •••• 6789, day 3 of each month. Next draft 12/03/2026: $123.45.');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('radio', { name: 'Change the method or day' })));
    press('ArrowDown');
    expect(within(dialog).queryByLabelText('Draft day of the month')).toBeNull();
    press('Enter');
    await within(dialog).findByRole('button', { name: 'Stop autopay' });
    press('Enter');
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Autopay stopped. Confirmation number PAY-TEST-0001'));
    expect(fake.paymentCalls.map((call) => call.method)).toEqual(['stopAutopay']);
  });
});
