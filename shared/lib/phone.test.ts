import { describe, expect, it } from 'vitest';
import { formatPhone, toE164 } from './phone';

describe('toE164', () => {
  it.each([
    '(555) 201-4477',
    '555-201-4477',
    '555.201.4477',
    '555 201 4477',
    '5552014477',
    '1-555-201-4477',
    '1 (555) 201-4477',
    '+1 555 201 4477',
    '+15552014477',
    '1.555.201.4477',
    'tel:+1-555-201-4477',
    '  (555)201-4477  ',
  ])('reads %s as +15552014477', (text) => {
    expect(toE164(text)).toBe('+15552014477');
  });

  it('reads a real area code the same way', () => {
    expect(toE164('614.555.0142')).toBe('+16145550142');
    expect(toE164('1 (614) 555-0142')).toBe('+16145550142');
  });

  it('keeps an extension out of the number', () => {
    expect(toE164('614-555-0142 x12')).toBe('+16145550142');
  });

  it('reads a valid number from another country, dialled with + or 011', () => {
    expect(toE164('+44 20 7123 4567')).toBe('+442071234567');
    expect(toE164('011 44 20 7123 4567')).toBe('+442071234567');
  });

  it.each([
    ['nine digits', '555-201-447'],
    ['eleven digits not starting with 1', '25552014477'],
    ['twelve digits', '155520144771'],
    ['an area code starting with 0', '055-201-4477'],
    ['an area code starting with 1', '155-201-4477'],
    ['an exchange starting with 0', '555-001-4477'],
    ['an exchange starting with 1', '555-101-4477'],
    ['no digits', 'none'],
    ['a withheld number', 'anonymous'],
    ['an invalid number from another country', '+44 20 7123'],
    ['a very long string', '5'.repeat(200)],
  ])('refuses %s', (_label, text) => {
    expect(toE164(text)).toBeNull();
  });
});

describe('formatPhone', () => {
  it('reads an E.164 number back in the national format', () => {
    expect(formatPhone('+15552014477')).toBe('(555) 201-4477');
  });

  it('reads a number from another country in its international format', () => {
    expect(formatPhone('+442071234567')).toBe('+44 20 7123 4567');
  });

  it('leaves anything that is not a number as it is', () => {
    expect(formatPhone('anonymous')).toBe('anonymous');
    expect(formatPhone('+1555')).toBe('+1555');
  });
});
