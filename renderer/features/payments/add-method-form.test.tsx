import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { press, pressAlt, typeText } from '../../test/keyboard';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';
import { buildPaymentProfile } from './testing/build-payment-profile';

afterEach(cleanup);
// The dialog is loaded on first use; load it once here so no test's wait includes compiling it.
beforeAll(() => import('./add-method-dialog'), 30_000);

// Luhn-valid, used nowhere else in the tests: finding it anywhere afterwards means it was kept.
const NUMBER = '4000 0566 5566 5556';

function field(scope: HTMLElement, label: string): HTMLInputElement {
  return within(scope).getByLabelText(label);
}

function typeInto(scope: HTMLElement, label: string, text: string): void {
  field(scope, label).focus();
  typeText(text);
}

async function openAddMethod(): Promise<HTMLElement> {
  pressAlt('Y');
  const dialog = await screen.findByRole('dialog', { name: 'Add a payment method' }, { timeout: 5_000 });
  await within(dialog).findByRole('checkbox', { name: 'Recording paused' });
  return dialog;
}

describe('adding a payment method', () => {
  it('keeps the card fields shut until the rep ticks Recording paused', async () => {
    await openMemberByKeyboard(buildPaymentProfile());
    const dialog = await openAddMethod();
    expect(field(dialog, 'Card number').closest('fieldset')?.disabled).toBe(true);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Recording paused' }));
    expect(field(dialog, 'Card number').closest('fieldset')?.disabled).toBe(false);
    for (const label of ['Card number', 'Expiry (MM/YY)', 'Security code', 'Billing ZIP code']) expect(field(dialog, label).getAttribute('autocomplete')).toBe('off');
  });

  it('shows the brand and the card check as the number is typed', async () => {
    await openMemberByKeyboard(buildPaymentProfile());
    const dialog = await openAddMethod();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Recording paused' }));
    typeInto(dialog, 'Card number', '3782');
    expect(dialog.textContent).toContain('American Express, 4 digits so far.');
    typeText('4111 1111 1111 1112');
    expect(dialog.textContent).toContain('Visa, 16 digits: this number fails the card check. Ask the member to read it again.');
    typeText(NUMBER);
    expect(dialog.textContent).toContain('Visa, 16 digits: the number checks out.');
  });

  it('sends the card for a token, saves the token, and keeps no digit anywhere on screen', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile());
    const dialog = await openAddMethod();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Recording paused' }));
    typeInto(dialog, 'Card number', NUMBER);
    typeInto(dialog, 'Expiry (MM/YY)', '09/31');
    typeInto(dialog, 'Security code', '739');
    typeInto(dialog, 'Billing ZIP code', '62701');
    press('Enter');
    await within(dialog).findByText('Saved Visa •••• 5556 exp 09/31.');
    expect(fake.tokenized).toEqual([{ kind: 'card', last4: '5556' }]);
    expect(fake.paymentCalls).toEqual([expect.objectContaining({ method: 'addPaymentMethod', input: expect.objectContaining({ request: { token: 'tok_test00000001', makeDefault: false, authorizedBy: { kind: 'member' } } }) })]);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Done' }));
    expect(document.body.innerHTML).not.toContain(NUMBER.replace(/ /g, ''));
    expect(document.body.innerHTML).not.toContain(NUMBER);
    expect(document.body.innerHTML).not.toContain('739');
  });

  it('shows a processor refusal on the field it names, with the fields emptied', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile());
    fake.answerTokenize({ status: 'refused', code: 'SECURITY_CODE_INVALID', message: 'A Visa security code is three digits.' });
    const dialog = await openAddMethod();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Recording paused' }));
    typeInto(dialog, 'Card number', NUMBER);
    typeInto(dialog, 'Expiry (MM/YY)', '09/31');
    typeInto(dialog, 'Security code', '739');
    typeInto(dialog, 'Billing ZIP code', '62701');
    press('Enter');
    const error = await within(dialog).findByText(/A Visa security code is three digits\./);
    expect(error.closest('.field')?.querySelector('input')).toBe(field(dialog, 'Security code'));
    expect(['Card number', 'Expiry (MM/YY)', 'Security code', 'Billing ZIP code'].map((label) => field(dialog, label).value)).toEqual(['', '', '', '']);
    // A second reading needs a second pause.
    await waitFor(() => expect(within(dialog).getByRole('checkbox', { name: 'Recording paused' })).toHaveProperty('checked', false));
    expect(fake.paymentCalls).toHaveLength(0);
  });

  it('empties the fields on cancel, and takes a bank account with its routing checksum', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile());
    let dialog = await openAddMethod();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Recording paused' }));
    typeInto(dialog, 'Card number', NUMBER);
    within(dialog).getByRole('button', { name: 'Cancel' }).click();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    dialog = await openAddMethod();
    expect(field(dialog, 'Card number').value).toBe('');

    within(dialog).getByRole('radio', { name: 'Bank account' }).click();
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: 'Recording paused' }));
    typeInto(dialog, 'Routing number', '011000016');
    expect(dialog.textContent).toContain('This routing number fails the bank check.');
    typeText('011000015');
    typeInto(dialog, 'Account number', '000987654321');
    press('Enter');
    await within(dialog).findByText(/Saved Checking •••• 4321/);
    expect(fake.tokenized).toEqual([{ kind: 'bank', last4: '4321' }]);
  });

  it('has a paired softphone pause the recording and resume it on cancel', async () => {
    const fake = await openMemberByKeyboard(buildPaymentProfile());
    fake.setSoftphonePaired(true);
    pressAlt('Y');
    const dialog = await screen.findByRole('dialog', { name: 'Add a payment method' }, { timeout: 5_000 });
    await within(dialog).findByText(/Call recording is paused by the softphone/);
    expect(within(dialog).queryByRole('checkbox', { name: 'Recording paused' })).toBeNull();
    expect(field(dialog, 'Card number').closest('fieldset')?.disabled).toBe(false);
    press('Escape');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.recordingCommands).toEqual(['pause', 'resume']);
  });

  it('lets the member key the card on the phone, and saves only the token the softphone reports', async () => {
    const profile = buildPaymentProfile();
    const fake = await openMemberByKeyboard(profile);
    fake.setSoftphonePaired(true);
    const keyed = { id: 'pm-keyed', kind: 'card' as const, brand: 'Visa', last4: '1881', expMonth: 4, expYear: 2030, isDefault: false };
    fake.answerPayment('addPaymentMethod', { outcome: { status: 'completed', confirmationNumber: 'PAY-KEYD-0001' }, profile: { ...profile, payments: { ...profile.payments, methods: [...profile.payments.methods, keyed] } } });
    pressAlt('Y');
    const dialog = await screen.findByRole('dialog', { name: 'Add a payment method' }, { timeout: 5_000 });
    const offer = await within(dialog).findByRole('button', { name: 'Let the member key the card on the phone' });
    offer.focus();
    press('Enter');
    const instead = await within(dialog).findByRole('button', { name: 'Type the card instead' });
    expect(document.activeElement).toBe(instead);
    expect(field(dialog, 'Card number').closest('fieldset')?.disabled).toBe(true);
    fake.emitSecureCapture({ status: 'progress', field: 'card_number', digitsEntered: 7, card: null, reason: null });
    await within(dialog).findByText(/Keying the card number: 7 digits so far\./);
    fake.emitSecureCapture({ status: 'completed', field: null, digitsEntered: null, card: { token: 'tok_keypad12345678', brand: 'Visa', last4: '1881', expMonth: 4, expYear: 2030 }, reason: null });
    await within(dialog).findByText('Saved Visa •••• 1881 exp 04/30.');
    expect(fake.tokenized).toEqual([]);
    expect(fake.paymentCalls.map((call) => call.input.request)).toEqual([{ token: 'tok_keypad12345678', makeDefault: false, authorizedBy: { kind: 'member' } }]);
    expect(fake.captures.started).toEqual(['capture-1']);
    expect(fake.recordingCommands).toEqual(['pause', 'resume']);
  });
});
