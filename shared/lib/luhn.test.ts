import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsCardNumber, passesLuhn } from './luhn';

/** Test card numbers the networks publish (Visa, Mastercard, Amex, Discover, 19-digit Visa). */
const TEST_CARDS = ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4222222222222', '4000000000000000006'];

describe('passesLuhn', () => {
  it.each(TEST_CARDS)('accepts %s', (digits) => {
    expect(passesLuhn(digits)).toBe(true);
  });

  it('refuses a wrong check digit, non-digits and the empty string', () => {
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('4111 1111 1111 1111')).toBe(false);
    expect(passesLuhn('41111111111111a1')).toBe(false);
    expect(passesLuhn('')).toBe(false);
  });

  it('has exactly one check digit that makes any digit string pass', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 30 }), (body) => {
        const passing = '0123456789'.split('').filter((check) => passesLuhn(body + check));
        expect(passing).toHaveLength(1);
      }),
    );
  });
});

describe('containsCardNumber', () => {
  it.each([
    ['a bare card number', '4111111111111111'],
    ['spaced groups', '4111 1111 1111 1111'],
    ['dashed groups', '4111-1111-1111-1111'],
    ['Amex groups', '3782 822463 10005'],
    ['a card inside a note', 'member paid with 5555 5555 5555 4444 today'],
    ['a card followed by its CVV', 'card 4111 1111 1111 1111 123 exp 12/27'],
    ['a card run into its CVV', '4111111111111111 737'],
    ['a phone number before a card', 'cb 555 201 4477 4111111111111111'],
    ['a digit before a card', '1 4111-1111-1111-1111'],
  ])('finds %s', (_label, text) => {
    expect(containsCardNumber(text)).toBe(true);
  });

  it.each([
    ['a Luhn-failing 16-digit number', '4111111111111112'],
    ['a phone number', 'call back at (555) 201-4477'],
    ['a 12-digit Luhn-valid number (too short)', '411111111116'],
    ['an MBI', '1EG4-TE5-MK73'],
    ['a member ID', 'NSH400012345'],
    ['dates and amounts', 'paid $166.67 on 03/14/2025, claim 2025-03-14'],
    ['digits broken by other characters', '4111.1111.1111.1111'],
  ])('ignores %s', (_label, text) => {
    expect(containsCardNumber(text)).toBe(false);
  });
});
