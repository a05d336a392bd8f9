/** Medicare Beneficiary Identifier rules: parse what a rep types, store it bare, show it masked. */

/** Letters CMS allows in an MBI (never S, L, O, I, B, Z: they read like digits). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const DIGITS = '0123456789';

/** Allowed characters per position (CMS MBI format specification). */
const MBI_POSITIONS: readonly string[] = [
  '123456789', // 1: numeric 1-9
  MBI_LETTERS, // 2: alphabetic
  MBI_LETTERS + DIGITS, // 3: alphanumeric
  DIGITS, // 4: numeric
  MBI_LETTERS, // 5
  MBI_LETTERS + DIGITS, // 6
  DIGITS, // 7
  MBI_LETTERS, // 8
  MBI_LETTERS, // 9
  DIGITS, // 10
  DIGITS, // 11
];

const POSITION_KIND = ['a digit 1-9', 'a letter', 'a letter or digit', 'a digit'] as const;

function describePosition(index: number): string {
  const allowed = MBI_POSITIONS[index] ?? '';
  if (allowed === '123456789') return POSITION_KIND[0];
  if (allowed === MBI_LETTERS) return POSITION_KIND[1];
  if (allowed === MBI_LETTERS + DIGITS) return POSITION_KIND[2];
  return POSITION_KIND[3];
}

/** Upper-cases and strips dashes and spaces, as printed on cards (`1EG4-TE5-MK73`). */
export function normalizeMbi(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** Returns why a normalized MBI is invalid, or null when it is valid. */
export function explainInvalidMbi(mbi: string): string | null {
  if (mbi.length !== 11) return `An MBI has 11 characters; this one has ${mbi.length}.`;
  for (let i = 0; i < 11; i += 1) {
    const ch = mbi[i] ?? '';
    if (!(MBI_POSITIONS[i] ?? '').includes(ch)) {
      const excluded = 'SLOIBZ'.includes(ch) ? ` (${ch} is never used in an MBI)` : '';
      return `Character ${i + 1} of an MBI must be ${describePosition(i)}; found "${ch}"${excluded}.`;
    }
  }
  return null;
}

/** True when the normalized string is a well-formed MBI. */
export function isValidMbi(mbi: string): boolean {
  return explainInvalidMbi(mbi) === null;
}

/** Shows only the last four characters, as reps read MBIs back by default. */
export function maskMbi(mbi: string): string {
  return `•••••••${mbi.slice(-4)}`;
}

/** Formats a bare MBI the way the card prints it. */
export function formatMbi(mbi: string): string {
  return `${mbi.slice(0, 4)}-${mbi.slice(4, 7)}-${mbi.slice(7)}`;
}

/** Alphabets for generators (the sandbox seed) that must produce valid MBIs. */
export const MBI_POSITION_ALPHABETS = MBI_POSITIONS;
