import { describe, expect, it } from 'vitest';
import { centsToDollarsText, parseDollarsToCents } from './parse-dollars-to-cents';

describe('parseDollarsToCents', () => {
  it.each([
    ['125.50', 12_550],
    ['$89', 8_900],
    ['1,250.5', 125_050],
    [' $ 2,100.00 ', 210_000],
    ['.5', 50],
    ['12.', 1_200],
    ['0.10', 10],
    ['0', 0],
    ['1000000', 100_000_000],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseDollarsToCents(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ['-5', "Amounts can't be negative."],
    ['$-5', "Amounts can't be negative."],
    ['(5.00)', "Amounts can't be negative."],
    ['1.005', 'Use at most two decimal places (whole cents).'],
    ['12.345', 'Use at most two decimal places (whole cents).'],
    ['abc', 'Enter an amount in dollars, e.g. 125.50.'],
    ['', 'Enter an amount in dollars, e.g. 125.50.'],
    ['1,23', 'Enter an amount in dollars, e.g. 125.50.'],
    ['1e3', 'Enter an amount in dollars, e.g. 125.50.'],
    ['1000000.01', 'That is more than $1,000,000.00. Check the amount.'],
    ['99999999999999999999', 'That is more than $1,000,000.00. Check the amount.'],
  ])('refuses %s', (text, message) => {
    expect(parseDollarsToCents(text)).toEqual({ ok: false, message });
  });

  it('writes cents back as plain dollars', () => {
    expect([centsToDollarsText(32_625), centsToDollarsText(5), centsToDollarsText(0)]).toEqual(['326.25', '0.05', '0.00']);
  });
});
