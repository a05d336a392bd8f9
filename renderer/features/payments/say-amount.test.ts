import { describe, expect, it } from 'vitest';
import { centsInWords, sayAmount, sayDate } from './say-amount';

describe('saying amounts and dates aloud', () => {
  it('reads cents as dollars and cents in words, singular where it must be', () => {
    expect(centsInWords(2_227)).toBe('twenty-two dollars and twenty-seven cents');
    expect(centsInWords(125_005)).toBe('one thousand two hundred fifty dollars and five cents');
    expect(centsInWords(101)).toBe('one dollar and one cent');
    expect(centsInWords(40)).toBe('zero dollars and forty cents');
    expect(centsInWords(1_000_000_00)).toBe('one million dollars');
    expect(centsInWords(11_900)).toBe('one hundred nineteen dollars');
    expect(sayAmount(17_500)).toBe('$175.00 (one hundred seventy-five dollars)');
  });

  it('reads the business date with its weekday, whatever the machine time zone', () => {
    expect(sayDate('2026-11-15')).toBe('Sunday, November 15, 2026');
    expect(sayDate('2027-01-01')).toBe('Friday, January 1, 2027');
  });
});
