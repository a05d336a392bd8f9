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
  ])('reads %s as +15552014477', (text) => {
    expect(toE164(text)).toBe('+15552014477');
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
  ])('refuses %s', (_label, text) => {
    expect(toE164(text)).toBeNull();
  });
});

describe('formatPhone', () => {
  it('reads an E.164 number back in the national format', () => {
    expect(formatPhone('+15552014477')).toBe('(555) 201-4477');
  });

  it('leaves anything else as it is', () => {
    expect(formatPhone('+442071234567')).toBe('+442071234567');
  });
});
