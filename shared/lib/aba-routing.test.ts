import { describe, expect, it } from 'vitest';
import { isValidAbaRouting } from './aba-routing';

describe('isValidAbaRouting', () => {
  it('accepts real routing numbers (Federal Reserve Boston, a Chase and a Wells Fargo number)', () => {
    expect(isValidAbaRouting('011000015')).toBe(true);
    expect(isValidAbaRouting('021000021')).toBe(true);
    expect(isValidAbaRouting('121000248')).toBe(true);
  });

  it('refuses a mistyped digit, a swapped pair, a wrong length and non-digits', () => {
    expect(isValidAbaRouting('011000016')).toBe(false);
    expect(isValidAbaRouting('012000015')).toBe(false);
    expect(isValidAbaRouting('01100001')).toBe(false);
    expect(isValidAbaRouting('0110000155')).toBe(false);
    expect(isValidAbaRouting('01100001a')).toBe(false);
  });
});
