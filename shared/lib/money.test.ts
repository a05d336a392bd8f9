import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideCentsHalfUp, formatCents } from './money';

describe('divideCentsHalfUp', () => {
  it('divides exactly when it can', () => {
    expect(divideCentsHalfUp(210_000, 12)).toBe(17_500);
    expect(divideCentsHalfUp(0, 7)).toBe(0);
    expect(divideCentsHalfUp(1_234, 1)).toBe(1_234);
  });

  it('rounds half up to the cent', () => {
    expect(divideCentsHalfUp(200_000, 12)).toBe(16_667); // 16,666.67
    expect(divideCentsHalfUp(5, 2)).toBe(3); // 2.5
    expect(divideCentsHalfUp(3, 2)).toBe(2); // 1.5
    expect(divideCentsHalfUp(1, 3)).toBe(0); // 0.33
    expect(divideCentsHalfUp(2, 3)).toBe(1); // 0.67
    expect(divideCentsHalfUp(10, 4)).toBe(3); // 2.5
    expect(divideCentsHalfUp(9, 4)).toBe(2); // 2.25
  });

  it('matches exact integer arithmetic for any cents and divisor', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 1_000_000 }), (cents, divisor) => {
        const exact = (2n * BigInt(cents) + BigInt(divisor)) / (2n * BigInt(divisor));
        expect(divideCentsHalfUp(cents, divisor)).toBe(Number(exact));
      }),
    );
  });

  it.each([
    ['fractional cents', 10.5, 2],
    ['a fractional divisor', 10, 2.5],
    ['a zero divisor', 10, 0],
    ['a negative divisor', 10, -3],
    ['NaN', Number.NaN, 3],
  ])('refuses %s', (_label, cents, divisor) => {
    expect(() => divideCentsHalfUp(cents, divisor)).toThrow(RangeError);
  });
});

describe('formatCents', () => {
  it.each([
    [16_667, '$166.67'],
    [17_500, '$175.00'],
    [0, '$0.00'],
    [5, '$0.05'],
    [99, '$0.99'],
    [183_333, '$1,833.33'],
    [123_456_789, '$1,234,567.89'],
    [-2_500, '-$25.00'],
  ])('formats %i cents as %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it('shows every whole number of cents to the exact cent', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000_000 }), (cents) => {
        const dollars = Math.floor(cents / 100).toLocaleString('en-US');
        expect(formatCents(cents)).toBe(`$${dollars}.${String(cents % 100).padStart(2, '0')}`);
      }),
    );
  });
});
