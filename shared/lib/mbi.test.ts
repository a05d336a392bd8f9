import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainInvalidMbi, formatMbi, isValidMbi, maskMbi, MBI_POSITION_ALPHABETS, normalizeMbi } from './mbi';

const validMbi = fc
  .tuple(...MBI_POSITION_ALPHABETS.map((alphabet) => fc.constantFrom(...alphabet.split(''))))
  .map((chars) => chars.join(''));

describe('normalizeMbi', () => {
  it('upper-cases and strips dashes and spaces', () => {
    expect(normalizeMbi('1EG4-TE5-MK73')).toBe('1EG4TE5MK73');
    expect(normalizeMbi('1eg4-te5-mk73')).toBe('1EG4TE5MK73');
    expect(normalizeMbi(' 1EG4 TE5 MK73 ')).toBe('1EG4TE5MK73');
  });
});

describe('explainInvalidMbi', () => {
  it('accepts the CMS sample MBI', () => {
    expect(explainInvalidMbi('1EG4TE5MK73')).toBeNull();
    expect(isValidMbi('1EG4TE5MK73')).toBe(true);
  });

  it('says how many characters there are when the length is wrong', () => {
    expect(explainInvalidMbi('1EG4TE5MK7')).toBe('An MBI has 11 characters; this one has 10.');
    expect(explainInvalidMbi('')).toBe('An MBI has 11 characters; this one has 0.');
  });

  it.each([
    ['0EG4TE5MK73', 'Character 1 of an MBI must be a digit 1-9; found "0".'],
    ['14G4TE5MK73', 'Character 2 of an MBI must be a letter; found "4".'],
    ['1E#4TE5MK73', 'Character 3 of an MBI must be a letter or digit; found "#".'],
    ['1EGATE5MK73', 'Character 4 of an MBI must be a digit; found "A".'],
    ['1EG4SE5MK73', 'Character 5 of an MBI must be a letter; found "S" (S is never used in an MBI).'],
    ['1EG4TO5MK73', 'Character 6 of an MBI must be a letter or digit; found "O" (O is never used in an MBI).'],
    ['1EG4TEBMK73', 'Character 7 of an MBI must be a digit; found "B" (B is never used in an MBI).'],
    ['1EG4TE5LK73', 'Character 8 of an MBI must be a letter; found "L" (L is never used in an MBI).'],
    ['1EG4TE5MI73', 'Character 9 of an MBI must be a letter; found "I" (I is never used in an MBI).'],
    ['1EG4TE5MKZ3', 'Character 10 of an MBI must be a digit; found "Z" (Z is never used in an MBI).'],
    ['1EG4TE5MK7K', 'Character 11 of an MBI must be a digit; found "K".'],
    ['1eg4te5mk73', 'Character 2 of an MBI must be a letter; found "e".'],
  ])('explains what is wrong with %s', (mbi, message) => {
    expect(explainInvalidMbi(mbi)).toBe(message);
    expect(isValidMbi(mbi)).toBe(false);
  });

  it('accepts every MBI built from the position alphabets, and formatting round-trips', () => {
    fc.assert(
      fc.property(validMbi, (mbi) => {
        expect(isValidMbi(mbi)).toBe(true);
        expect(normalizeMbi(formatMbi(mbi).toLowerCase())).toBe(mbi);
      }),
    );
  });

  it('never allows S, L, O, I, B or Z anywhere', () => {
    for (const alphabet of MBI_POSITION_ALPHABETS) expect(alphabet).not.toMatch(/[SLOIBZ]/);
  });
});

describe('maskMbi and formatMbi', () => {
  it('shows only the last four characters when masked', () => {
    expect(maskMbi('1EG4TE5MK73')).toBe('•••••••MK73');
    expect(maskMbi('1EG4TE5MK73')).not.toContain('1EG4');
  });

  it('prints the card layout', () => {
    expect(formatMbi('1EG4TE5MK73')).toBe('1EG4-TE5-MK73');
  });
});
