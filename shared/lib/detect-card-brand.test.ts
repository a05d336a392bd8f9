import { describe, expect, it } from 'vitest';
import { detectCardBrand, isCompleteCardNumber } from './detect-card-brand';

describe('detectCardBrand', () => {
  it.each([
    ['4242424242424242', 'Visa', 3],
    ['5555555555554444', 'Mastercard', 3],
    ['2223003122003222', 'Mastercard', 3],
    ['2720990000000007', 'Mastercard', 3],
    ['378282246310005', 'American Express', 4],
    ['341111111111111', 'American Express', 4],
    ['6011111111111117', 'Discover', 3],
    ['6221260000000000', 'Discover', 3],
    ['6445644564456445', 'Discover', 3],
    ['3530111333300000', 'JCB', 3],
    ['30569309025904', 'Diners Club', 3],
    ['6200000000000005', 'UnionPay', 3],
  ])('names %s %s', (digits, name, securityCodeLength) => {
    expect(detectCardBrand(digits)).toMatchObject({ name, securityCodeLength });
  });

  it('tells the brand from the first digits while the number is typed', () => {
    expect(detectCardBrand('4')?.name).toBe('Visa');
    expect(detectCardBrand('37')?.name).toBe('American Express');
    expect(detectCardBrand('2221')?.name).toBe('Mastercard');
    expect(detectCardBrand('3')).toBeNull();
  });

  it('names no brand outside the ranges (Mastercard 2-series ends at 2720) or for non-digits', () => {
    expect(detectCardBrand('2721000000000000')).toBeNull();
    expect(detectCardBrand('2220999999999999')).toBeNull();
    expect(detectCardBrand('5655555555554444')).toBeNull();
    expect(detectCardBrand('4242 4242')).toBeNull();
    expect(detectCardBrand('')).toBeNull();
  });
});

describe('isCompleteCardNumber', () => {
  it('accepts whole test numbers of each brand', () => {
    for (const digits of ['4242424242424242', '5555555555554444', '378282246310005', '6011111111111117', '4222222222222']) {
      expect(isCompleteCardNumber(digits), digits).toBe(true);
    }
  });

  it('refuses a wrong check digit, a number too short for its brand, and an Amex of Visa length', () => {
    expect(isCompleteCardNumber('4242424242424241')).toBe(false);
    expect(isCompleteCardNumber('424242424242')).toBe(false);
    expect(isCompleteCardNumber('3782822463100050')).toBe(false);
  });
});
