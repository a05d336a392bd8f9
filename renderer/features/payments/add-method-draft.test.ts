import { describe, expect, it } from 'vitest';
import { buildMethodSchema, describeCardNumber, describeRoutingNumber, emptyMethodDraft, parseExpiry } from './add-method-draft';

const card = (overrides: Partial<ReturnType<typeof emptyMethodDraft>>) => ({ ...emptyMethodDraft('card', false), ...overrides });
const schema = buildMethodSchema('2026-11-15');
const issuesOf = (draft: unknown) => {
  const parsed = schema.safeParse(draft);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('the new payment method form', () => {
  it('shows the brand and the card check live, as the digits arrive', () => {
    expect(describeCardNumber('').hint).toContain('brand shows');
    expect(describeCardNumber('4').hint).toBe('Visa, 1 digit so far.');
    expect(describeCardNumber('3782 8224 6310 005')).toEqual({ hint: 'American Express, 15 digits: the number checks out.', isBad: false });
    expect(describeCardNumber('4111 1111 1111 1111')).toEqual({ hint: 'Visa, 16 digits: the number checks out.', isBad: false });
    expect(describeCardNumber('5555 5555 5555 4445')).toEqual({ hint: 'Mastercard, 16 digits: this number fails the card check. Ask the member to read it again.', isBad: true });
    expect(describeCardNumber('4111 1111 1111 11')).toEqual({ hint: 'Visa, 14 digits: not a whole card number yet.', isBad: false });
    expect(describeCardNumber('4111-1111-x').isBad).toBe(true);
  });

  it('checks a routing number against the ABA checksum once nine digits are in', () => {
    expect(describeRoutingNumber('0110').isBad).toBe(false);
    expect(describeRoutingNumber('011000015')).toEqual({ hint: 'The routing number checks out.', isBad: false });
    expect(describeRoutingNumber('011000016').isBad).toBe(true);
  });

  it('reads an expiry as MM/YY or MM/YYYY', () => {
    expect(parseExpiry('08/29')).toEqual({ month: 8, year: 2029 });
    expect(parseExpiry(' 8 / 2031 ')).toEqual({ month: 8, year: 2031 });
    expect(parseExpiry('13/29')).toBeNull();
    expect(parseExpiry('0829')).toBeNull();
  });

  it('turns a good card into the processor request, digits only', () => {
    const parsed = schema.parse(card({ number: '4111 1111 1111 1111', expiry: '11/26', securityCode: '123', postalCode: '62701' }));
    expect(parsed).toEqual({ kind: 'card', number: '4111111111111111', expMonth: 11, expYear: 2026, securityCode: '123', postalCode: '62701' });
  });

  it('says what is wrong with each card field, the security code by brand', () => {
    expect(issuesOf(card({ number: '4111 1111 1111 1112', expiry: '10/26', securityCode: '12', postalCode: '627' }))).toEqual({
      number: 'That is not a whole card number: it fails the card check.',
      expiry: 'This card has expired.',
      securityCode: 'The security code is 3 digits for Visa.',
      postalCode: 'A ZIP code is five digits.',
    });
    expect(issuesOf(card({ number: '378282246310005', expiry: '12/30', securityCode: '123', postalCode: '62701' }))).toEqual({ securityCode: 'The security code is 4 digits for American Express.' });
  });

  it('turns a bank account into the processor request, and refuses a routing number that fails the checksum', () => {
    const bank = { ...emptyMethodDraft('bank', true), routingNumber: '011000015', accountNumber: '000123456789', accountType: 'savings' as const };
    expect(schema.parse(bank)).toEqual({ kind: 'bank', routingNumber: '011000015', accountNumber: '000123456789', accountType: 'savings' });
    expect(issuesOf({ ...bank, routingNumber: '011000016', accountNumber: '12' })).toEqual({
      routingNumber: 'A routing number is nine digits that pass the bank check.',
      accountNumber: 'An account number is 4 to 17 digits.',
    });
  });
});
