import { describe, expect, it } from 'vitest';
import { isValidNpi } from './npi';

describe('isValidNpi', () => {
  // CMS's worked example: 123456789 has check digit 3.
  it('accepts the published example and other NPIs with the right check digit', () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1245319599')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length and non-digits', () => {
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('12345678931')).toBe(false);
    expect(isValidNpi('12345678a3')).toBe(false);
  });

  it('changes its answer when any single digit is mistyped', () => {
    for (let position = 0; position < 10; position += 1) {
      const digit = Number('1234567893'[position]);
      const typo = `${'1234567893'.slice(0, position)}${(digit + 1) % 10}${'1234567893'.slice(position + 1)}`;
      expect(isValidNpi(typo), typo).toBe(false);
    }
  });
});
